using System.Text;
using System.Text.Json;
using Graph.Server.Configuration;

namespace Graph.Server.Http;

/// <summary>
/// Reads the GraphQL parameters from a POST body (application/json) or a GET query string, checking their JSON
/// types as GraphQL over HTTP requires. Anything malformed becomes an <see cref="HttpProblem"/> with a 4xx status.
/// </summary>
public static class GraphQLRequestReader
{
    public static async Task<(GraphQLHttpRequest? Request, HttpProblem? Problem)> ReadAsync(HttpRequest http, GraphQLLimits limits, CancellationToken ct)
    {
        if (HttpMethods.IsGet(http.Method)) return ReadGet(http);
        if (!HttpMethods.IsPost(http.Method))
            return (null, new HttpProblem(405, "GraphQL requests use GET (queries) or POST.", "METHOD_NOT_ALLOWED") { Headers = new Dictionary<string, string> { ["Allow"] = "GET, POST" } });

        if (string.IsNullOrEmpty(http.ContentType))
            return (null, new HttpProblem(415, "A POST request needs the header Content-Type: application/json.", "UNSUPPORTED_MEDIA_TYPE"));
        if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(http.ContentType, out var contentType)
            || !string.Equals(contentType.MediaType.Value, MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
            return (null, new HttpProblem(415, $"Content-Type '{http.ContentType}' is not supported; send application/json.", "UNSUPPORTED_MEDIA_TYPE"));
        var charset = contentType.Charset.Value;
        if (!string.IsNullOrEmpty(charset) && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            return (null, new HttpProblem(415, $"Charset '{charset}' is not supported; send UTF-8.", "UNSUPPORTED_MEDIA_TYPE"));

        if (http.ContentLength > limits.MaxRequestBytes)
            return (null, TooLarge(limits));
        byte[] body;
        using (var buffer = new MemoryStream())
        {
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await http.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > limits.MaxRequestBytes) return (null, TooLarge(limits));
                buffer.Write(chunk, 0, read);
            }
            body = buffer.ToArray();
        }
        if (body.Length == 0) return (null, new HttpProblem(400, "The request body is empty; send a JSON object with a 'query'.", "BAD_REQUEST"));

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 128 });
        }
        catch (JsonException e)
        {
            return (null, new HttpProblem(400, $"The request body is not valid JSON: {e.Message}", "BAD_REQUEST"));
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return (null, new HttpProblem(400, "The request body must be a JSON object with a 'query'.", "BAD_REQUEST"));
            return FromParameters(
                Get(root, "query"), Get(root, "operationName"), Get(root, "variables"), Get(root, "extensions"), isGet: false);
        }
    }

    private static (GraphQLHttpRequest?, HttpProblem?) ReadGet(HttpRequest http)
    {
        var q = http.Query;
        JsonElement? Parse(string name, out HttpProblem? problem)
        {
            problem = null;
            if (!q.TryGetValue(name, out var raw) || raw.Count == 0 || string.IsNullOrEmpty(raw[0])) return null;
            try
            {
                using var doc = JsonDocument.Parse(raw[0]!);
                return doc.RootElement.Clone();
            }
            catch (JsonException)
            {
                problem = new HttpProblem(400, $"The '{name}' parameter is not valid JSON.", "BAD_REQUEST");
                return null;
            }
        }
        var variables = Parse("variables", out var p1);
        if (p1 is not null) return (null, p1);
        var extensions = Parse("extensions", out var p2);
        if (p2 is not null) return (null, p2);
        JsonElement? Str(string name) =>
            q.TryGetValue(name, out var v) && v.Count > 0 && v[0] is { } s ? JsonSerializer.SerializeToElement(s) : null;
        return FromParameters(Str("query"), Str("operationName"), variables, extensions, isGet: true);
    }

    private static JsonElement? Get(JsonElement obj, string name) => obj.TryGetProperty(name, out var v) ? v.Clone() : null;

    private static (GraphQLHttpRequest?, HttpProblem?) FromParameters(JsonElement? query, JsonElement? operationName, JsonElement? variables, JsonElement? extensions, bool isGet)
    {
        string? queryText = null;
        if (query is { } qv && qv.ValueKind != JsonValueKind.Null)
        {
            if (qv.ValueKind != JsonValueKind.String) return (null, Bad("'query' must be a string."));
            queryText = qv.GetString();
        }
        string? op = null;
        if (operationName is { } ov && ov.ValueKind != JsonValueKind.Null)
        {
            if (ov.ValueKind != JsonValueKind.String) return (null, Bad("'operationName' must be a string or null."));
            op = ov.GetString();
        }
        if (variables is { } vv && vv.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            return (null, Bad("'variables' must be a JSON object or null."));
        if (extensions is { } ev && ev.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            return (null, Bad("'extensions' must be a JSON object or null."));
        var vars = variables is { ValueKind: JsonValueKind.Object } ? variables : null;
        var ext = extensions is { ValueKind: JsonValueKind.Object } ? extensions : null;
        if (queryText is null && !PersistedQueries.HasHash(ext))
            return (null, Bad("The request has no 'query'."));
        return (new GraphQLHttpRequest(queryText, op, vars, ext, isGet), null);
    }

    private static HttpProblem Bad(string message) => new(400, message, "BAD_REQUEST");

    private static HttpProblem TooLarge(GraphQLLimits limits) =>
        new(413, $"The request body is larger than {limits.MaxRequestBytes} bytes.", "REQUEST_TOO_LARGE");
}
