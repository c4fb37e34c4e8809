using System.Reflection;
using Graph.Ingestion.Text;
using Graph.Model;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Graph.Ingestion.Lexicon;

/// <summary>
/// The compiled lexicon: tries over names, titles, institutions and cue phrases, built once from
/// <see cref="LexiconData"/> and shared by all extractions (it is immutable after construction).
/// </summary>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Embedded = new(() =>
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new LexiconException("The built-in lexicon resource is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "built-in lexicon");
    });

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Lexicon>> Files = new(StringComparer.Ordinal);

    private readonly Dictionary<string, LexEntity> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LexEntity> _byKey = new(StringComparer.Ordinal);

    internal Lexicon(LexiconData data)
    {
        Abbreviations = new HashSet<string>(data.Abbreviations, StringComparer.Ordinal);
        Tokenizer = new Tokenizer(Abbreviations);
        LexiconCompiler.Compile(data, this);
    }

    /// <summary>
    /// The lexicon of the project: seeds/lexicon.yaml found by walking up from the current directory and from the
    /// application's base directory; the copy built into the assembly when there is none. Loaded once per file.
    /// </summary>
    public static Lexicon LoadDefault()
    {
        var path = FindSeedsLexicon();
        return path is null ? Embedded.Value : Load(path);
    }

    /// <summary>The lexicon built into the assembly (a copy of seeds/lexicon.yaml at build time).</summary>
    public static Lexicon LoadEmbedded() => Embedded.Value;

    /// <summary>Loads (once) the lexicon file at <paramref name="path"/>.</summary>
    public static Lexicon Load(string path)
    {
        var full = Path.GetFullPath(path);
        return Files.GetOrAdd(full, p => new Lazy<Lexicon>(() => LoadFile(p))).Value;
    }

    /// <summary>Reads and compiles a lexicon file now (no caching).</summary>
    public static Lexicon LoadFile(string path)
    {
        string yaml;
        try { yaml = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LexiconException($"Cannot read the lexicon file '{path}': {e.Message}", e);
        }
        return Parse(yaml, path);
    }

    private static string? FindSeedsLexicon()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seeds", "lexicon.yaml");
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    public static Lexicon Parse(string yaml, string sourceName = "lexicon")
    {
        LexiconData data;
        try
        {
            var deserializer = new DeserializerBuilder()
                .WithNamingConvention(CamelCaseNamingConvention.Instance)
                .Build();
            data = deserializer.Deserialize<LexiconData>(yaml) ?? new LexiconData();
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new LexiconException($"{sourceName}: invalid YAML at line {e.Start.Line}, column {e.Start.Column}: {e.Message}", e);
        }
        return new Lexicon(data);
    }

    public IReadOnlySet<string> Abbreviations { get; }
    public Tokenizer Tokenizer { get; }

    public PhraseTrie<NameEntry> Names { get; } = new();
    public PhraseTrie<TitleEntry> Titles { get; } = new();
    public PhraseTrie<InstitutionEntry> Institutions { get; } = new();
    public PhraseTrie<PhraseEntry> Phrases { get; } = new();

    public HashSet<string> OrganizationHeads { get; } = new(StringComparer.Ordinal);
    public HashSet<string> PlaceHeads { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> PlaceNouns { get; } = new(StringComparer.Ordinal);

    public IEnumerable<LexEntity> Entities => _byId.Values;

    public LexEntity? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>An entity by any of its names or aliases (compared with <see cref="NameKey.Normalize"/>).</summary>
    public LexEntity? FindByName(string name) => _byKey.GetValueOrDefault(NameKey.Normalize(name));

    internal void Register(LexEntity entity)
    {
        _byId[entity.Id] = entity;
        _byKey.TryAdd(NameKey.Normalize(entity.Name), entity);
        foreach (var a in entity.Aliases) _byKey.TryAdd(NameKey.Normalize(a), entity);
    }

    /// <summary>Tokenizes a lexicon phrase exactly as document text is tokenized.</summary>
    internal List<Token> TokenizePhrase(string phrase)
    {
        var list = new List<Token>();
        Tokenizer.Tokenize(phrase, 0, phrase.Length, list);
        return list;
    }

    internal static string ResourceName => "Graph.Ingestion.lexicon.yaml";
    internal static Assembly ResourceAssembly => typeof(Lexicon).Assembly;
}
