using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Graph.Ingestion;

/// <summary>
/// What is known of the documents of a folder, read from its optional <c>metadata.yaml</c>: a list of
/// entries {file, title, publisher, author, publishedAt, url}. Files without an entry are ingested with
/// what the text itself gives.
/// </summary>
public sealed class CorpusMetadata
{
    public const string FileName = "metadata.yaml";

    private readonly Dictionary<string, Entry> _byFile;

    private CorpusMetadata(Dictionary<string, Entry> byFile) => _byFile = byFile;

    public static CorpusMetadata Empty { get; } = new(new Dictionary<string, Entry>(StringComparer.Ordinal));

    public int Count => _byFile.Count;

    /// <summary>Reads <c>metadata.yaml</c> of the folder, or returns <see cref="Empty"/> when there is none.</summary>
    public static CorpusMetadata LoadFolder(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path), path) : Empty;
    }

    public static CorpusMetadata Parse(string yaml, string origin)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        List<Entry>? entries;
        try
        {
            entries = deserializer.Deserialize<List<Entry>>(yaml);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new FormatException($"{origin}: not a list of document entries ({e.Message})", e);
        }
        var map = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var entry in entries ?? [])
        {
            if (string.IsNullOrWhiteSpace(entry.File)) throw new FormatException($"{origin}: an entry has no 'file'");
            if (!map.TryAdd(entry.File, entry)) throw new FormatException($"{origin}: '{entry.File}' is listed twice");
        }
        return new CorpusMetadata(map);
    }

    /// <summary>Applies the entry of <paramref name="fileName"/>, if any, to the input.</summary>
    public DocumentInput Apply(string fileName, DocumentInput input)
    {
        if (!_byFile.TryGetValue(fileName, out var e)) return input;
        return input with
        {
            Title = e.Title ?? input.Title,
            Publisher = e.Publisher ?? input.Publisher,
            Author = e.Author ?? input.Author,
            PublishedAt = ParseDate(e.PublishedAt, fileName) ?? input.PublishedAt,
            Url = e.Url ?? input.Url,
        };
    }

    private static DateTimeOffset? ParseDate(string? text, string fileName)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal, out var value))
            return value;
        throw new FormatException($"{FileName}: publishedAt '{text}' of '{fileName}' is not an ISO 8601 date");
    }

    private sealed class Entry
    {
        public string File { get; set; } = "";
        public string? Title { get; set; }
        public string? Publisher { get; set; }
        public string? Author { get; set; }
        public string? PublishedAt { get; set; }
        public string? Url { get; set; }
    }
}
