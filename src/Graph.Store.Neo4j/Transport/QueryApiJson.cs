using System.Text.Json;

namespace Graph.Store.Neo4j.Transport;

/// <summary>
/// The JSON of Neo4j's HTTP Query API v2 (plain JSON format): request bodies <c>{"statement","parameters","accessMode"}</c>
/// and responses <c>{"data":{"fields","values"},"bookmarks"}</c>, <c>{"transaction":{"id","expires"}}</c> or
/// <c>{"errors":[{"code","message"}]}</c>.
/// </summary>
internal static class QueryApiJson
{
    private static readonly JsonSerializerOptions ParameterOptions = new(JsonSerializerDefaults.General);

    /// <summary>A request body; with no statement it opens a transaction (only the access mode is sent).</summary>
    public static byte[] RequestBody(CypherStatement? statement, TransactionMode? mode)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (statement is not null)
            {
                writer.WriteString("statement", statement.Text);
                writer.WritePropertyName("parameters");
                writer.WriteStartObject();
                foreach (var (name, value) in statement.Parameters)
                {
                    writer.WritePropertyName(name);
                    JsonSerializer.Serialize(writer, value, value?.GetType() ?? typeof(object), ParameterOptions);
                }
                writer.WriteEndObject();
            }
            // Read routes to cluster readers; Write is the server's default and is left implicit.
            if (mode == TransactionMode.Read) writer.WriteString("accessMode", "Read");
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>The first error of a response body, if it carries any.</summary>
    public static (string Code, string Message)? FirstError(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
            return null;
        foreach (var error in errors.EnumerateArray())
        {
            var code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()!
                // Early Query API builds named the field "error"; accept both.
                : error.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : "Neo.DatabaseError.General.UnknownError";
            var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "";
            return (code, message);
        }
        return null;
    }

    /// <summary>The rows of a query response; a response without data (e.g. a commit) is an empty result.</summary>
    public static CypherResult ParseResult(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new Neo4jProtocolException("the response is not a JSON object");
        if (!root.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null) return CypherResult.Empty;
        if (data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty("fields", out var fieldsElement) || fieldsElement.ValueKind != JsonValueKind.Array)
            throw new Neo4jProtocolException("'data' has no 'fields' list");
        var fields = fieldsElement.EnumerateArray()
            .Select(f => f.ValueKind == JsonValueKind.String ? f.GetString()! : throw new Neo4jProtocolException("a field name is not a string"))
            .ToArray();
        var rows = new List<IReadOnlyList<CypherValue>>();
        if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            foreach (var row in values.EnumerateArray())
            {
                if (row.ValueKind == JsonValueKind.Array) rows.Add(row.EnumerateArray().Select(v => new CypherValue(v)).ToArray());
                else if (fields.Length == 1) rows.Add([new CypherValue(row)]); // a one-field row written without its array
                else throw new Neo4jProtocolException("a row of 'values' is not a list");
            }
        }
        return new CypherResult(fields, rows);
    }

    /// <summary>The id of the transaction a begin request opened.</summary>
    public static string TransactionId(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("transaction", out var tx) && tx.ValueKind == JsonValueKind.Object
        && tx.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text
            ? text
            : throw new Neo4jProtocolException("the answer to opening a transaction has no 'transaction.id'");
}
