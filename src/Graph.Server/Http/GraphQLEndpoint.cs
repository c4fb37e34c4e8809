using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Graph.GraphQL;
using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;
using Graph.Model;
using Graph.Server.Api;
using Graph.Server.Configuration;
using Graph.Ingestion;

namespace Graph.Server.Http;

/// <summary>
/// GraphQL over HTTP at /graphql: POST application/json and GET for queries; answers application/json or
/// application/graphql-response+json as the Accept header asks; a browser asking for HTML gets the playground.
/// Mutations need the API key; depth, cost, size and time are bounded; query results are cached until the next write.
/// </summary>
public sealed class GraphQLEndpoint(
    GraphQLEngine engine,
    QueryAnalyzer analyzer,
    PersistedQueries persistedQueries,
    ResultCache cache,
    ApiKeyGuard guard,
    GraphOptions options,
    IGraphStore store,
    IngestionPipeline ingestion,
    PlaygroundPage playground,
    ILogger<GraphQLEndpoint> logger)
{
    private readonly ParserOptions _parserOptions = new() { MaxDocumentLength = options.Limits.MaxQueryLength };

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var accept = request.Headers.Accept.ToString();
        if (HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query") && MediaTypes.PrefersHtml(accept))
        {
            await playground.WriteAsync(http);
            return;
        }

        var mediaType = MediaTypes.Negotiate(accept);
        if (mediaType is null)
        {
            await WriteProblemAsync(http, MediaTypes.Json, new HttpProblem(406,
                "Accept application/graphql-response+json or application/json.", "NOT_ACCEPTABLE"));
            return;
        }

        var (parsed, problem) = await GraphQLRequestReader.ReadAsync(request, options.Limits, http.RequestAborted);
        if (problem is not null)
        {
            await WriteProblemAsync(http, mediaType, problem);
            return;
        }
        var gql = parsed!;

        var (query, apqCode, apqMessage) = persistedQueries.Resolve(gql.Query, gql.Extensions);
        if (apqCode is not null)
        {
            await WriteProblemAsync(http, mediaType, new HttpProblem(mediaType == MediaTypes.Json ? 200 : 400, apqMessage!, apqCode));
            return;
        }
        if (query!.Length > options.Limits.MaxQueryLength)
        {
            await WriteProblemAsync(http, mediaType, new HttpProblem(413,
                $"The query is longer than {options.Limits.MaxQueryLength} characters.", "QUERY_TOO_LONG"));
            return;
        }

        // Only queries are cached, so a hit needs no analysis: just the check that applies to queries.
        var cacheKey = cache.Enabled ? CacheKey(query, gql, mediaType) : null;
        if (cacheKey is not null && cache.TryGet(cacheKey, out var hit))
        {
            if (guard.Check(request, isMutation: false) is { } deniedQuery)
            {
                await WriteProblemAsync(http, mediaType, deniedQuery);
                return;
            }
            await WriteAsync(http, hit!.Status, hit.ContentType, hit.Body);
            return;
        }

        var shape = analyzer.Analyze(query, gql.OperationName, gql.Variables, _parserOptions);
        var isMutation = shape?.Operation == OperationType.Mutation;
        if (isMutation && gql.IsGet)
        {
            await WriteProblemAsync(http, mediaType, new HttpProblem(405, "Mutations must be sent with POST.", "METHOD_NOT_ALLOWED")
            { Headers = new Dictionary<string, string> { ["Allow"] = "POST" } });
            return;
        }
        if (guard.Check(request, isMutation) is { } denied)
        {
            await WriteProblemAsync(http, mediaType, denied);
            return;
        }
        if (shape is not null)
        {
            var requestError = mediaType == MediaTypes.Json ? 200 : 400;
            if (shape.Depth > options.Limits.MaxDepth)
            {
                await WriteProblemAsync(http, mediaType, new HttpProblem(requestError,
                    $"The query is nested {shape.Depth} levels deep; the limit is {options.Limits.MaxDepth}.", "QUERY_TOO_DEEP"));
                return;
            }
            if (shape.Cost > options.Limits.MaxCost)
            {
                await WriteProblemAsync(http, mediaType, new HttpProblem(requestError,
                    $"The query's estimated cost is {shape.Cost}; the limit is {options.Limits.MaxCost}. Ask for smaller pages (first) or fewer nested lists.", "QUERY_TOO_COSTLY"));
                return;
            }
        }
        if (isMutation || shape is null) cacheKey = null;
        var generation = cache.Generation;

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Limits.TimeoutSeconds));
        var context = new GraphRequestContext(store, ingestion, cache.Invalidate);
        ExecutionResult result;
        try
        {
            result = await engine.ExecuteAsync(new GraphQLRequest(query, gql.OperationName, gql.Variables, Context: context), timeout.Token);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            result.WriteTo(writer);
        }
        var status = mediaType == MediaTypes.GraphQLResponse && !result.HasData ? 400 : 200;
        var contentType = mediaType + "; charset=utf-8";
        var body = buffer.WrittenMemory;
        if (cacheKey is not null && result.Errors.Count == 0)
            cache.Set(cacheKey, new CachedResponse(status, contentType, body.ToArray()), generation);
        if (timeout.IsCancellationRequested)
            logger.LogWarning("A {Operation} request hit the {Seconds}s time limit", shape?.Operation, options.Limits.TimeoutSeconds);
        await WriteAsync(http, status, contentType, body);
    }

    private static string CacheKey(string query, GraphQLHttpRequest gql, string mediaType)
    {
        var text = $"{mediaType}\n{gql.OperationName}\n{(gql.Variables is { } v ? v.GetRawText() : "")}\n{query}";
        return "q:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static async Task WriteAsync(HttpContext http, int status, string contentType, ReadOnlyMemory<byte> body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    /// <summary>A refusal as a GraphQL response: {"errors":[{"message","extensions":{"code"}}]} without data.</summary>
    private static async Task WriteProblemAsync(HttpContext http, string mediaType, HttpProblem problem)
    {
        if (problem.Headers is not null)
        {
            foreach (var (name, value) in problem.Headers) http.Response.Headers[name] = value;
        }
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", problem.Message);
            writer.WriteStartObject("extensions");
            writer.WriteString("code", problem.Code);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        await WriteAsync(http, problem.Status, mediaType + "; charset=utf-8", buffer.WrittenMemory);
    }
}
