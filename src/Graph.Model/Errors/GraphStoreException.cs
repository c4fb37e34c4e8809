namespace Graph.Model;

/// <summary>Base of every error a store reports on purpose. <see cref="Code"/> is stable and machine-readable.</summary>
public class GraphStoreException : Exception
{
    public GraphStoreException(string code, string message, Exception? inner = null) : base(message, inner) => Code = code;

    public string Code { get; }
}

/// <summary>One problem with a write's input.</summary>
public sealed record FactProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>The input of a write is invalid; nothing was written.</summary>
public sealed class InvalidFactException(IReadOnlyList<FactProblem> problems)
    : GraphStoreException("INVALID_INPUT", "Invalid input: " + string.Join("; ", problems.Take(5)) + (problems.Count > 5 ? $" (and {problems.Count - 5} more)" : ""))
{
    public IReadOnlyList<FactProblem> Problems { get; } = problems;
}

/// <summary>A write named ids the graph does not hold; nothing was written.</summary>
public sealed class NodeNotFoundException(IReadOnlyList<string> ids)
    : GraphStoreException("NOT_FOUND", "Unknown id(s): " + string.Join(", ", ids.Take(10)))
{
    public IReadOnlyList<string> Ids { get; } = ids;
}

/// <summary>The backing store could not be reached or failed; the write (if any) did not happen.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null)
    : GraphStoreException("STORE_UNAVAILABLE", message, inner);
