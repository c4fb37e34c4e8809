using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;

namespace Graph.Store.Neo4j.Transport;

/// <summary>
/// <see cref="INeo4jTransport"/> over Neo4j's HTTP Query API v2 (Neo4j 5.19+ and Aura):
/// <list type="bullet">
/// <item>one statement: <c>POST /db/{database}/query/v2</c> (an implicit transaction);</item>
/// <item>a unit of work: <c>POST /db/{database}/query/v2/tx</c> opens a transaction, <c>POST .../tx/{id}</c> runs each
/// statement, <c>POST .../tx/{id}/commit</c> commits and <c>DELETE .../tx/{id}</c> rolls back; the
/// <c>neo4j-cluster-affinity</c> header of the opening answer is sent back on every later request of the transaction.</item>
/// </list>
/// Requests carry basic authentication and <c>Accept: application/json</c> (plain JSON results). Transient failures
/// (Neo.TransientError.*, 502/503/504, refused or reset connections, timeouts) are retried with exponential backoff,
/// a transaction always from its start; a connection lost during a commit is not retried because its outcome is unknown.
/// </summary>
public sealed class HttpQueryApiTransport : INeo4jTransport
{
    public const string ClusterAffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly Uri _baseUri;
    private readonly string _queryPath;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly TimeSpan _requestTimeout;
    private readonly ResiliencePipeline _retry;
    private readonly ILogger _logger;

    /// <param name="options">Server address, credentials, database, retry and timeout settings.</param>
    /// <param name="http">The client to send with (a test passes one over a fake handler); when null the transport owns one.</param>
    public HttpQueryApiTransport(Neo4jStoreOptions options, HttpClient? http = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _baseUri = options.ValidatedBaseUri();
        _queryPath = $"db/{Uri.EscapeDataString(options.Database)}/query/v2";
        _authorization = string.IsNullOrEmpty(options.Password)
            ? null
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        _requestTimeout = options.RequestTimeout;
        _ownsHttp = http is null;
        _http = http ?? new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        _logger = logger ?? NullLogger.Instance;
        _retry = BuildRetryPipeline(options, _logger);
    }

    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, TransactionMode mode, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        if (statements.Count == 0) return [];
        if (statements.Count == 1)
        {
            var statement = statements[0];
            var result = await WithRetriesAsync(async token =>
            {
                var answer = await SendAsync(HttpMethod.Post, _queryPath, QueryApiJson.RequestBody(statement, mode), null, statement.Name, false, token);
                return QueryApiJson.ParseResult(answer.Root);
            }, ct);
            return [result];
        }
        return await ExecuteAsync<IReadOnlyList<CypherResult>>(mode, async (runner, token) =>
        {
            var results = new CypherResult[statements.Count];
            for (var i = 0; i < statements.Count; i++) results[i] = await runner.RunAsync(statements[i], token);
            return results;
        }, ct);
    }

    public Task<T> ExecuteAsync<T>(TransactionMode mode, Func<ICypherRunner, CancellationToken, Task<T>> work, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return WithRetriesAsync(token => InTransactionAsync(mode, work, token), ct);
    }

    public ValueTask DisposeAsync()
    {
        if (_ownsHttp) _http.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<T> InTransactionAsync<T>(TransactionMode mode, Func<ICypherRunner, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        var opened = await SendAsync(HttpMethod.Post, _queryPath + "/tx", QueryApiJson.RequestBody(null, mode), null, "begin transaction", false, ct);
        var transaction = new OpenTransaction(this, QueryApiJson.TransactionId(opened.Root), opened.Affinity);
        T result;
        try
        {
            result = await work(transaction, ct);
        }
        catch
        {
            await transaction.RollbackAsync();
            throw;
        }
        try
        {
            await SendAsync(HttpMethod.Post, transaction.Path + "/commit", null, transaction.Affinity, "commit", true, ct);
        }
        catch (Exception e) when (e is not CommitOutcomeUnknownException)
        {
            // A refused commit (e.g. a deadlock detected at commit) leaves nothing behind; make sure the server agrees.
            await transaction.RollbackAsync();
            throw;
        }
        return result;
    }

    private async Task<T> WithRetriesAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken ct)
    {
        try
        {
            return await _retry.ExecuteAsync(async token => await attempt(token), ct);
        }
        catch (TransientTransportException e)
        {
            throw new StoreUnavailableException($"Neo4j at {_baseUri} is unavailable: {e.Message}", e);
        }
        catch (Neo4jException e) when (e.IsTransient)
        {
            throw new StoreUnavailableException($"Neo4j kept failing with a transient error: {e.Message}", e);
        }
        catch (CommitOutcomeUnknownException e)
        {
            throw new StoreUnavailableException(e.Message, e.InnerException);
        }
    }

    private static ResiliencePipeline BuildRetryPipeline(Neo4jStoreOptions options, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder();
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<TransientTransportException>()
                    .Handle<Neo4jException>(e => e.IsTransient),
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                OnRetry = args =>
                {
                    logger.LogWarning(args.Outcome.Exception, "Neo4j attempt {Attempt} failed transiently; retrying in {Delay}",
                        args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            });
        }
        return builder.Build();
    }

    private readonly record struct Answer(JsonElement Root, string? Affinity);

    private async Task<Answer> SendAsync(HttpMethod method, string path, byte[]? body, string? affinity, string statementName, bool isCommit, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(_baseUri, path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (_authorization is not null) request.Headers.Authorization = _authorization;
        if (affinity is not null) request.Headers.TryAddWithoutValidation(ClusterAffinityHeader, affinity);
        if (method != HttpMethod.Delete)
        {
            request.Content = new ByteArrayContent(body ?? []);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_requestTimeout);
        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        string text;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            text = await response.Content.ReadAsStringAsync(timeout.Token);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw ConnectionFailure($"no answer within {_requestTimeout.TotalSeconds:0.#} s", statementName, isCommit, e);
        }
        catch (HttpRequestException e)
        {
            throw ConnectionFailure(e.Message, statementName, isCommit, e);
        }

        using (response)
        {
            _logger.LogDebug("Neo4j {Method} {Path} ({Statement}) answered {Status} in {Elapsed} ms", method, path, statementName,
                (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            JsonElement root = default;
            if (!string.IsNullOrWhiteSpace(text))
            {
                try
                {
                    using var document = JsonDocument.Parse(text);
                    root = document.RootElement.Clone();
                }
                catch (JsonException e)
                {
                    if (response.IsSuccessStatusCode) throw new Neo4jProtocolException($"the body of a {(int)response.StatusCode} answer is not JSON", e);
                    throw Neo4jErrors.FromStatus(response.StatusCode, text, statementName);
                }
            }
            if (QueryApiJson.FirstError(root) is { } error)
                throw Neo4jErrors.FromServer(error.Code, error.Message, statementName);
            if (!response.IsSuccessStatusCode) throw Neo4jErrors.FromStatus(response.StatusCode, text, statementName);
            var newAffinity = response.Headers.TryGetValues(ClusterAffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return new Answer(root, newAffinity ?? affinity);
        }
    }

    private Exception ConnectionFailure(string reason, string statementName, bool isCommit, Exception inner) => isCommit
        ? new CommitOutcomeUnknownException(
            $"the connection to Neo4j at {_baseUri} failed during a commit ({reason}); the write may or may not have been applied", inner)
        : new TransientTransportException($"cannot reach Neo4j at {_baseUri} for '{statementName}': {reason}", inner);

    /// <summary>An explicit transaction the server holds open for us.</summary>
    private sealed class OpenTransaction(HttpQueryApiTransport transport, string id, string? affinity) : ICypherRunner
    {
        public string Path { get; } = $"{transport._queryPath}/tx/{Uri.EscapeDataString(id)}";

        public string? Affinity { get; } = affinity;

        public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken ct = default)
        {
            ArgumentNullException.ThrowIfNull(statement);
            var answer = await transport.SendAsync(HttpMethod.Post, Path, QueryApiJson.RequestBody(statement, null), Affinity, statement.Name, false, ct);
            return QueryApiJson.ParseResult(answer.Root);
        }

        /// <summary>Best effort: after a failed statement the server has usually rolled back already and answers 404.</summary>
        public async Task RollbackAsync()
        {
            try
            {
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await transport.SendAsync(HttpMethod.Delete, Path, null, Affinity, "rollback", false, cts.Token);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                transport._logger.LogDebug(e, "Rollback of Neo4j transaction {Path} did not complete; the server expires it", Path);
            }
        }
    }
}
