using System.Security.Cryptography;
using System.Text;
using Graph.Server.Configuration;

namespace Graph.Server.Http;

/// <summary>
/// Decides whether a request may run a mutation (always needs the API key) or a query (needs it only when
/// queries are locked). The key comes from configuration (Graph__ApiKey); none is built in, so with no key
/// configured every mutation is refused. Clients send it as "X-Api-Key: key" or "Authorization: Bearer key".
/// </summary>
public sealed class ApiKeyGuard(GraphOptions options)
{
    public bool KeyConfigured => !string.IsNullOrEmpty(options.ApiKey);

    public HttpProblem? Check(HttpRequest request, bool isMutation)
    {
        if (!isMutation && !options.RequireApiKeyForQueries) return null;
        if (!KeyConfigured)
        {
            return new HttpProblem(403,
                isMutation
                    ? "Mutations are disabled: the service has no API key configured (set Graph__ApiKey)."
                    : "Queries are locked and the service has no API key configured (set Graph__ApiKey).",
                "FORBIDDEN");
        }
        var given = Presented(request);
        if (given is null)
            return new HttpProblem(401, (isMutation ? "Mutations" : "Queries") + " need an API key: send it in the X-Api-Key header.", "UNAUTHENTICATED")
            { Headers = new Dictionary<string, string> { ["WWW-Authenticate"] = "Bearer" } };
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(options.ApiKey)))
            return new HttpProblem(403, "The API key is not valid.", "FORBIDDEN");
        return null;
    }

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers.TryGetValue("X-Api-Key", out var key) && !string.IsNullOrEmpty(key)) return key.ToString();
        var auth = request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        return auth.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) ? auth[bearer.Length..].Trim() : null;
    }
}
