using System.Text.Json;

namespace Graph.Server.Http;

/// <summary>The GraphQL parameters of one HTTP request (GraphQL over HTTP: query, operationName, variables, extensions).</summary>
public sealed record GraphQLHttpRequest(
    string? Query,
    string? OperationName,
    JsonElement? Variables,
    JsonElement? Extensions,
    bool IsGet);

/// <summary>An HTTP-level refusal: the request never reached GraphQL.</summary>
public sealed record HttpProblem(int Status, string Message, string Code)
{
    public IReadOnlyDictionary<string, string>? Headers { get; init; }
}
