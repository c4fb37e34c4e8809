using System.Text.Json;

namespace Graph.GraphQL.Tests.Conformance;

/// <summary>
/// One corpus document: NNN-name.graphql plus, when present, NNN-name.json holding
/// {"variables": {...}, "operationName": "..."} (tests/conformance/graphql/README.md).
/// </summary>
internal sealed record CorpusDocument(string Name, string Query, JsonElement? Variables, string? OperationName)
{
    public static string Directory => Path.Combine(RepositoryRoot.ConformanceDirectory, "corpus");

    /// <summary>Document names in ordinal order, the order the oracle reports them in.</summary>
    public static IReadOnlyList<string> Names()
    {
        var names = System.IO.Directory.GetFiles(Directory, "*.graphql")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .ToList();
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    public static CorpusDocument Load(string name)
    {
        var query = File.ReadAllText(Path.Combine(Directory, name + ".graphql"));
        var requestFile = Path.Combine(Directory, name + ".json");
        if (!File.Exists(requestFile))
        {
            return new CorpusDocument(name, query, null, null);
        }

        using var request = JsonDocument.Parse(File.ReadAllText(requestFile));
        var root = request.RootElement;
        JsonElement? variables = root.TryGetProperty("variables", out var v) && v.ValueKind != JsonValueKind.Null
            ? v.Clone()
            : null;
        var operationName = root.TryGetProperty("operationName", out var op) && op.ValueKind == JsonValueKind.String
            ? op.GetString()
            : null;
        return new CorpusDocument(name, query, variables, operationName);
    }
}
