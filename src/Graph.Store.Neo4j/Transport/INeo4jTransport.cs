namespace Graph.Store.Neo4j.Transport;

/// <summary>
/// How the store reaches Neo4j. The HTTP Query API (<see cref="HttpQueryApiTransport"/>) implements it today; the
/// official Neo4j .NET driver (Bolt) can replace it behind the same seam where a package registry serves that driver.
/// Implementations retry transient failures themselves, and a unit of work only ever as a whole.
/// </summary>
public interface INeo4jTransport : IAsyncDisposable
{
    /// <summary>
    /// Runs the statements in one transaction and returns one result per statement, in order. A single statement runs
    /// in an implicit transaction; several run in one explicit transaction that commits only if all succeed.
    /// </summary>
    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, TransactionMode mode, CancellationToken ct = default);

    /// <summary>
    /// Runs <paramref name="work"/> inside one explicit transaction and commits it when the work returns; an exception
    /// rolls the transaction back. On a transient failure the whole work runs again in a new transaction, so the work
    /// must not keep state across attempts other than through what it reads.
    /// </summary>
    Task<T> ExecuteAsync<T>(TransactionMode mode, Func<ICypherRunner, CancellationToken, Task<T>> work, CancellationToken ct = default);
}

/// <summary>Runs statements inside an open transaction.</summary>
public interface ICypherRunner
{
    Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken ct = default);
}
