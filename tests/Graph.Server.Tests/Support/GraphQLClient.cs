using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Graph.Server.Tests.Support;

/// <summary>A response as the tests look at it.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? ContentType, JsonElement Body, string Raw)
{
    public JsonElement Data => Body.GetProperty("data");

    public bool HasErrors => Body.TryGetProperty("errors", out var e) && e.GetArrayLength() > 0;

    public string FirstErrorCode => Body.GetProperty("errors")[0].TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString()! : "";

    public string FirstErrorMessage => Body.GetProperty("errors")[0].GetProperty("message").GetString()!;

    /// <summary>Fails with the whole body when the response carries errors.</summary>
    public GraphQLResponse EnsureNoErrors()
    {
        Assert.False(HasErrors, "GraphQL errors: " + Raw);
        Assert.Equal(HttpStatusCode.OK, Status);
        return this;
    }
}

/// <summary>Posts GraphQL requests to the server under test.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? apiKey = null,
        string accept = "application/graphql-response+json", string? operationName = null, object? extensions = null)
    {
        var payload = new Dictionary<string, object?> { ["query"] = query };
        if (variables is not null) payload["variables"] = variables;
        if (operationName is not null) payload["operationName"] = operationName;
        if (extensions is not null) payload["extensions"] = extensions;
        if (query is null) payload.Remove("query");
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(payload), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(accept);
        if (apiKey is not null) request.Headers.Add("X-Api-Key", apiKey);
        return await SendAsync(request);
    }

    public async Task<GraphQLResponse> SendAsync(HttpRequestMessage request)
    {
        using var response = await Http.SendAsync(request);
        var raw = await response.Content.ReadAsStringAsync();
        JsonElement body;
        try
        {
            body = JsonDocument.Parse(raw).RootElement.Clone();
        }
        catch (JsonException)
        {
            body = default;
        }
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.ToString(), body, raw);
    }

    public static MediaTypeWithQualityHeaderValue Accept(string mediaType) => new(mediaType);
}
