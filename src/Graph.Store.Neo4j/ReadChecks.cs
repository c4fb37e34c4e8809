using Graph.Model;

namespace Graph.Store.Neo4j;

/// <summary>
/// Bounds on read and curation arguments, the same as the SQLite store's, so that both stores reject the same input
/// with the same <see cref="InvalidFactException"/>.
/// </summary>
internal static class ReadChecks
{
    public const int MaxPageSize = 1_000;
    public const int MaxInvolvingAtLeast = 1_000;
    public const int MaxNeighborhoodNodes = 10_000;
    public const int MaxDepth = 10;
    public const int MaxHops = Neo4jGraphStore.MaxPathHops;
    public const int MaxPaths = 1_000;

    public static InvalidFactException Invalid(string path, string message) => new([new FactProblem(path, message)]);

    public static void Range(string path, int value, int min, int max)
    {
        if (value < min || value > max) throw Invalid(path, $"must be between {min} and {max}");
    }

    public static void Id(string path, string? id)
    {
        if (string.IsNullOrEmpty(id)) throw Invalid(path, "is required");
        if (id.Length > FactIds.MaxIdLength) throw Invalid(path, $"is longer than {FactIds.MaxIdLength} characters");
    }

    public static void NodeId(string path, string? id)
    {
        Id(path, id);
        if (!FactIds.TryGetKind(id!, out var kind)) throw Invalid(path, $"'{id}' is not a node id");
        var problems = new List<FactProblem>();
        FactValidator.CheckNodeId(problems, path, id, kind);
        FactValidator.Throw(problems);
    }

    public static void List<T>(string path, IReadOnlyCollection<T>? list)
    {
        if (list is null) throw Invalid(path, "is required (may be empty)");
    }

    public static void Defined<T>(string path, IReadOnlyList<T>? values) where T : struct, Enum
    {
        if (values is null) return;
        foreach (var value in values)
        {
            if (!Enum.IsDefined(value)) throw Invalid(path, $"'{value}' is not a {typeof(T).Name}");
        }
    }

    /// <summary>Shape checks the validator assumes (non-null parts), then the validator itself.</summary>
    public static void Document(DocumentFacts facts)
    {
        var problems = new List<FactProblem>();
        if (facts is null) problems.Add(new("facts", "is required"));
        else
        {
            if (facts.Document is null) problems.Add(new("document", "is required"));
            if (facts.Entities is null) problems.Add(new("entities", "is required (may be empty)"));
            if (facts.Events is null) problems.Add(new("events", "is required (may be empty)"));
            if (facts.Relations is null) problems.Add(new("relations", "is required (may be empty)"));
        }
        FactValidator.Throw(problems);
        FactValidator.Validate(facts!);
    }
}
