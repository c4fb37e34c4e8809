using System.Text.Json;
using Graph.Store.Neo4j.Transport;

namespace Graph.Store.Tests.Neo4j;

/// <summary>
/// A transport that answers each statement from a script keyed by statement name (the store's logic is tested
/// without a server). It records every statement with its transaction, and whether that transaction committed.
/// </summary>
internal sealed class ScriptedTransport : INeo4jTransport
{
    private readonly Dictionary<string, Func<CypherStatement, CypherResult>> _answers = new(StringComparer.Ordinal);
    private int _transactions;

    public List<(int Transaction, CypherStatement Statement)> Sent { get; } = [];

    public Dictionary<int, bool> Committed { get; } = [];

    /// <summary>Answers statements named <paramref name="name"/> (or, for per-type statements, "name[TYPE]") with this.</summary>
    public ScriptedTransport On(string name, Func<CypherStatement, CypherResult> answer)
    {
        _answers[name] = answer;
        return this;
    }

    public ScriptedTransport On(string name, CypherResult result) => On(name, _ => result);

    public IReadOnlyList<string> Names(int? transaction = null) =>
        Sent.Where(s => transaction is null || s.Transaction == transaction).Select(s => s.Statement.Name).ToList();

    public CypherStatement Last(string name) => Sent.Last(s => s.Statement.Name == name).Statement;

    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, TransactionMode mode, CancellationToken ct = default) =>
        ExecuteAsync<IReadOnlyList<CypherResult>>(mode, async (run, token) =>
        {
            var results = new List<CypherResult>();
            foreach (var statement in statements) results.Add(await run.RunAsync(statement, token));
            return results;
        }, ct);

    public async Task<T> ExecuteAsync<T>(TransactionMode mode, Func<ICypherRunner, CancellationToken, Task<T>> work, CancellationToken ct = default)
    {
        var transaction = ++_transactions;
        try
        {
            var result = await work(new Runner(this, transaction), ct);
            Committed[transaction] = true;
            return result;
        }
        catch
        {
            Committed[transaction] = false;
            throw;
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed class Runner(ScriptedTransport owner, int transaction) : ICypherRunner
    {
        public Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken ct = default)
        {
            owner.Sent.Add((transaction, statement));
            var template = statement.Name.Split('[')[0];
            var answer = owner._answers.GetValueOrDefault(statement.Name) ?? owner._answers.GetValueOrDefault(template);
            return Task.FromResult(answer is null ? CypherResult.Empty : answer(statement));
        }
    }

    /// <summary>A result with these fields and rows; values are written as the Query API's plain JSON would carry them.</summary>
    public static CypherResult Rows(string[] fields, params object?[][] rows) =>
        new(fields, rows.Select(row => (IReadOnlyList<CypherValue>)row.Select(Value).ToList()).ToList());

    public static CypherValue Value(object? value) => new(JsonSerializer.SerializeToElement(value));
}
