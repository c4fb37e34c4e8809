using System.Text.Json;

namespace Graph.GraphQL.Tests.Conformance;

/// <summary>A line and column of an error location, as both engines report them (1-based).</summary>
internal readonly record struct Location(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}

/// <summary>An error reduced to what the harness compares: message, locations, path (JSON text or null).</summary>
internal sealed record ResponseError(string Message, IReadOnlyList<Location> Locations, string? Path)
{
    /// <summary>Path and sorted locations: the identity of an error when comparing execution results.</summary>
    public string Key => $"path={Path ?? "none"} at [{string.Join(", ", Locations.OrderBy(l => l.Line).ThenBy(l => l.Column))}]";

    public static ResponseError FromJson(JsonElement error)
    {
        var message = error.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
        var locations = new List<Location>();
        if (error.TryGetProperty("locations", out var locs) && locs.ValueKind == JsonValueKind.Array)
        {
            foreach (var loc in locs.EnumerateArray())
            {
                locations.Add(new Location(loc.GetProperty("line").GetInt32(), loc.GetProperty("column").GetInt32()));
            }
        }

        // Re-serialising writes the path compactly, so both engines' paths compare as text.
        var path = error.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.Array
            ? JsonSerializer.Serialize(p)
            : null;
        return new ResponseError(message, locations, path);
    }
}

/// <summary>
/// A response reduced for comparison. <see cref="Phase"/> is where the request stopped: "syntax", "validation",
/// "request" (execution refused: variables, operation name) or "execution". The oracle says "execution" for
/// graphql-js's requests refused at execution; <see cref="Stage"/> tells them apart by the missing data.
/// </summary>
internal sealed record ResponseShape(string Phase, IReadOnlyList<ResponseError> Errors, JsonElement? Data)
{
    public bool HasData => Data is not null;

    public string Stage => Phase == "execution" && !HasData ? "request" : Phase;

    /// <summary>Reads {"errors": [...], "data": ...}; a missing data member means the request was rejected.</summary>
    public static ResponseShape FromResponseJson(string phase, JsonElement response)
    {
        var errors = new List<ResponseError>();
        if (response.TryGetProperty("errors", out var errs) && errs.ValueKind == JsonValueKind.Array)
        {
            errors.AddRange(errs.EnumerateArray().Select(ResponseError.FromJson));
        }

        JsonElement? data = response.TryGetProperty("data", out var d) ? d.Clone() : null;
        return new ResponseShape(phase, errors, data);
    }
}
