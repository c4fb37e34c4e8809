using Microsoft.Net.Http.Headers;

namespace Graph.Server.Http;

/// <summary>Response media types of GraphQL over HTTP and the choice between them from the Accept header.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The media type to answer with, or null when the client accepts neither. No Accept header, "*/*" and
    /// "application/*" mean application/json; when both are accepted the higher quality wins, and on a tie
    /// application/graphql-response+json.
    /// </summary>
    public static string? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept)) return Json;
        if (!MediaTypeHeaderValue.TryParseList(accept.Split(','), out var values)) return Json;
        double graphql = -1, json = -1;
        foreach (var v in values)
        {
            var q = v.Quality ?? 1.0;
            if (q <= 0) continue;
            var type = v.MediaType.Value ?? "";
            if (type.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase)) graphql = Math.Max(graphql, q);
            else if (type.Equals(Json, StringComparison.OrdinalIgnoreCase) || type is "*/*" or "application/*") json = Math.Max(json, q);
        }
        if (graphql < 0 && json < 0) return null;
        return graphql >= json ? GraphQLResponse : Json;
    }

    /// <summary>True when the request's Accept header prefers an HTML page (a browser navigating to /graphql).</summary>
    public static bool PrefersHtml(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept) || !MediaTypeHeaderValue.TryParseList(accept.Split(','), out var values)) return false;
        double html = -1, other = -1;
        foreach (var v in values)
        {
            var q = v.Quality ?? 1.0;
            var type = v.MediaType.Value ?? "";
            if (type.Equals("text/html", StringComparison.OrdinalIgnoreCase)) html = Math.Max(html, q);
            else if (type.Equals(Json, StringComparison.OrdinalIgnoreCase) || type.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase)) other = Math.Max(other, q);
        }
        return html > 0 && html >= other;
    }
}
