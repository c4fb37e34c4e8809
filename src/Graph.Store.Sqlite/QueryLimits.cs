using Graph.Model;

namespace Graph.Store.Sqlite;

/// <summary>Bounds on read arguments; a read outside them is bad input (<see cref="InvalidFactException"/>).</summary>
internal static class QueryLimits
{
    public const int MaxPageSize = 1_000;
    public const int MaxInvolvingAtLeast = 1_000;
    public const int MaxNeighborhoodNodes = 10_000;
    public const int MaxDepth = 10;
    public const int MaxHops = 12;
    public const int MaxPaths = 1_000;

    public static void Check(string path, int value, int min, int max)
    {
        if (value < min || value > max) throw new InvalidFactException([new FactProblem(path, $"must be between {min} and {max}")]);
    }

    public static void CheckId(string path, string? id)
    {
        if (string.IsNullOrEmpty(id)) throw new InvalidFactException([new FactProblem(path, "is required")]);
        if (id.Length > FactIds.MaxIdLength) throw new InvalidFactException([new FactProblem(path, $"is longer than {FactIds.MaxIdLength} characters")]);
    }

    public static void CheckList<T>(string path, IReadOnlyCollection<T>? list)
    {
        if (list is null) throw new InvalidFactException([new FactProblem(path, "is required (may be empty)")]);
    }
}
