using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Graph.GraphQL.Execution;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Execution;

/// <summary>Builds engines from SDL and runs requests, returning the response as parsed JSON.</summary>
internal static class TestEngine
{
    public static GraphQLEngine Create(string sdl, ResolverMap? resolvers = null, EngineOptions? options = null) =>
        new(SchemaBuilder.Build(sdl, resolvers ?? new ResolverMap()), options);

    /// <summary>Runs a request and returns the response JSON exactly as the engine writes it.</summary>
    public static async Task<JsonElement> RunAsync(
        this GraphQLEngine engine,
        string query,
        object? root = null,
        string? variables = null,
        string? operationName = null,
        object? context = null,
        CancellationToken cancellationToken = default)
    {
        var result = await engine.ExecuteAsync(
            new GraphQLRequest(query, operationName, variables is null ? null : Parse(variables), root, context),
            cancellationToken);
        return Parse(result.ToJson());
    }

    /// <summary>Parses JSON text to a standalone element.</summary>
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>JSON text without insignificant white space, for comparisons.</summary>
    public static string Compact(string json) => JsonSerializer.Serialize(Parse(json));

    /// <summary>Compact JSON of an element.</summary>
    public static string Compact(JsonElement element) => JsonSerializer.Serialize(element);

    /// <summary>Asserts that the response has no errors and its data equals <paramref name="expectedData"/> (member order included).</summary>
    public static void AssertData(JsonElement response, string expectedData)
    {
        Assert.False(response.TryGetProperty("errors", out var errors), "unexpected errors: " + (errors.ValueKind == JsonValueKind.Undefined ? "" : errors.GetRawText()));
        Assert.Equal(Compact(expectedData), Compact(response.GetProperty("data")));
    }

    /// <summary>The messages of the response's errors, in order.</summary>
    public static string[] Messages(JsonElement response) =>
        response.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(e => e.GetProperty("message").GetString()!).ToArray()
            : Array.Empty<string>();

    /// <summary>The single error of the response.</summary>
    public static JsonElement SingleError(JsonElement response)
    {
        Assert.True(response.TryGetProperty("errors", out var errors), "expected an error: " + response.GetRawText());
        return Assert.Single(errors.EnumerateArray());
    }

    /// <summary>An error's path as compact JSON, e.g. <c>["a",0,"b"]</c>.</summary>
    public static string PathOf(JsonElement error) => Compact(error.GetProperty("path"));

    /// <summary>An error's locations as "line:column" strings.</summary>
    public static string[] LocationsOf(JsonElement error) =>
        error.GetProperty("locations").EnumerateArray().Select(l => $"{l.GetProperty("line").GetInt32()}:{l.GetProperty("column").GetInt32()}").ToArray();

    /// <summary>
    /// Describes a coerced value with its .NET type, so tests can assert both: <c>1:int</c>, <c>1.5:double</c>,
    /// <c>"a"</c>, <c>true</c>, <c>null</c>, <c>[1:int]</c>, <c>{a: 1:int}</c> (keys sorted).
    /// </summary>
    public static string Describe(object? value)
    {
        var builder = new StringBuilder();
        Describe(builder, value);
        return builder.ToString();
    }

    private static void Describe(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                builder.Append('"').Append(text).Append('"');
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case int number:
                builder.Append(number.ToString(CultureInfo.InvariantCulture)).Append(":int");
                break;
            case double real:
                builder.Append(real.ToString("R", CultureInfo.InvariantCulture)).Append(":double");
                break;
            case JsonElement element:
                builder.Append(element.GetRawText()).Append(":json");
                break;
            case DateOnly date:
                builder.Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(":DateOnly");
                break;
            case DateTimeOffset instant:
                builder.Append(instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)).Append(":DateTimeOffset");
                break;
            case IReadOnlyDictionary<string, object?> map:
                builder.Append('{');
                var first = true;
                foreach (var pair in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    builder.Append(first ? "" : ", ").Append(pair.Key).Append(": ");
                    Describe(builder, pair.Value);
                    first = false;
                }

                builder.Append('}');
                break;
            case IEnumerable items:
                builder.Append('[');
                var firstItem = true;
                foreach (var item in items)
                {
                    builder.Append(firstItem ? "" : ", ");
                    Describe(builder, item);
                    firstItem = false;
                }

                builder.Append(']');
                break;
            default:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append(':').Append(value.GetType().Name);
                break;
        }
    }

    /// <summary>A resolver returning <see cref="Describe"/> of every coerced argument, e.g. <c>a=1:int b="x"</c>.</summary>
    public static object? DescribeArguments(ResolveContext context) =>
        string.Join(" ", context.Arguments.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + Describe(p.Value)));
}
