namespace Graph.Ingestion;

/// <summary>
/// Turns the files and folders a person names (CLI <c>ingest</c>, the service's seed loading) into
/// <see cref="DocumentInput"/>s: every <c>*.txt</c> and <c>*.md</c> file of a folder (not recursive), in name
/// order, with the folder's <c>metadata.yaml</c> applied. Files are read as raw bytes so that the pipeline's own
/// checks (UTF-8, binary, size, HTML) judge them.
/// </summary>
public static class CorpusReader
{
    private static readonly string[] Extensions = [".txt", ".md", ".text"];

    /// <summary>The document files a path names: the file itself, or the text files of a folder.</summary>
    public static IReadOnlyList<string> ListFiles(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"No such file or folder: {path}", path);
            }
        }
        return files;
    }

    /// <summary>Reads one file into an input, with the metadata of its folder applied.</summary>
    public static DocumentInput Read(string file, CorpusMetadata metadata, string? relativeTo = null)
    {
        var bytes = File.ReadAllBytes(file);
        var name = Path.GetFileName(file);
        var input = new DocumentInput
        {
            Bytes = bytes,
            SourcePath = relativeTo is null ? name : Path.GetRelativePath(relativeTo, file).Replace('\\', '/'),
        };
        return metadata.Apply(name, input);
    }

    /// <summary>Reads every document the paths name, each folder with its own metadata.</summary>
    public static IEnumerable<DocumentInput> ReadAll(IEnumerable<string> paths, string? relativeTo = null)
    {
        var cache = new Dictionary<string, CorpusMetadata>(StringComparer.Ordinal);
        foreach (var file in ListFiles(paths))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
            if (!cache.TryGetValue(folder, out var metadata))
            {
                metadata = CorpusMetadata.LoadFolder(folder);
                cache[folder] = metadata;
            }
            yield return Read(file, metadata, relativeTo);
        }
    }
}
