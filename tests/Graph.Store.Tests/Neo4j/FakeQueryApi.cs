using System.Net;
using System.Text;
using System.Text.Json;

namespace Graph.Store.Tests.Neo4j;

/// <summary>
/// Stands in for a Neo4j server's HTTP Query API: records every request and answers each with the next scripted
/// reply (a status and a JSON body, or an exception such as a refused connection).
/// </summary>
internal sealed class FakeQueryApi : HttpMessageHandler
{
    private readonly Queue<Func<RecordedRequest, HttpResponseMessage>> _replies = new();

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>When the script runs out, every further request gets this answer (none: the test fails).</summary>
    public Func<RecordedRequest, HttpResponseMessage>? Otherwise { get; set; }

    public FakeQueryApi Reply(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        _replies.Enqueue(_ => Response(status, json, headers));
        return this;
    }

    public FakeQueryApi Fail(Exception error)
    {
        _replies.Enqueue(_ => throw error);
        return this;
    }

    public static HttpResponseMessage Response(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers) response.Headers.TryAddWithoutValidation(name, value);
        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method.Method,
            request.RequestUri!.AbsoluteUri,
            request.Headers.Authorization?.ToString(),
            request.Headers.Accept.ToString(),
            request.Content?.Headers.ContentType?.MediaType,
            request.Headers.TryGetValues("neo4j-cluster-affinity", out var affinity) ? affinity.Single() : null,
            body);
        Requests.Add(recorded);
        if (_replies.TryDequeue(out var reply)) return reply(recorded);
        if (Otherwise is not null) return Otherwise(recorded);
        throw new InvalidOperationException($"No scripted reply for request {Requests.Count}: {recorded.Method} {recorded.Uri}");
    }
}

internal sealed record RecordedRequest(string Method, string Uri, string? Authorization, string Accept, string? ContentType, string? Affinity, string? Body)
{
    public JsonElement Json => JsonDocument.Parse(Body ?? "null").RootElement;

    public string Path => new Uri(Uri).AbsolutePath;
}
