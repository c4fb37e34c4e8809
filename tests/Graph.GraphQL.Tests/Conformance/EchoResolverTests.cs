using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Graph.GraphQL.Tests.Conformance;

/// <summary>The C# echo must write coerced arguments exactly as lib/echo-resolvers.mjs does.</summary>
public sealed class EchoResolverTests
{
    private static string Write(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            EchoResolver.WriteSorted(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string? WrittenString(object value)
    {
        using var json = JsonDocument.Parse(Write(value));
        return json.RootElement.GetString();
    }

    [Fact]
    public void Object_keys_are_sorted_ordinally_at_every_depth()
    {
        var value = new Dictionary<string, object?>
        {
            ["b"] = 1,
            ["a"] = new List<object?> { new Dictionary<string, object?> { ["d"] = 2.5, ["c"] = null, ["C"] = "x" } },
        };

        Assert.Equal("""{"a":[{"C":"x","c":null,"d":2.5}],"b":1}""", Write(value));
    }

    [Fact]
    public void Json_values_are_sorted_too()
    {
        using var json = JsonDocument.Parse("""{"z": {"y": true, "x": [1, {"b": 0, "a": 0}]}, "a": "s"}""");

        Assert.Equal("""{"a":"s","z":{"x":[1,{"a":0,"b":0}],"y":true}}""", Write(json.RootElement));
    }

    [Fact]
    public void Dates_are_written_as_the_corpus_writes_them()
    {
        Assert.Equal("2024-01-31T08:00:00.25+01:00", WrittenString(new DateTimeOffset(2024, 1, 31, 8, 0, 0, 250, TimeSpan.FromHours(1))));
        Assert.Equal("1999-12-31T23:59:59-05:30", WrittenString(new DateTimeOffset(1999, 12, 31, 23, 59, 59, new TimeSpan(-5, -30, 0))));
        Assert.Equal("2024-02-29", WrittenString(new DateOnly(2024, 2, 29)));
    }

    [Fact]
    public void Unknown_value_types_are_refused_with_their_type_name()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Write(new Uri("https://example.org")));
        Assert.Contains("System.Uri", error.Message, StringComparison.Ordinal);
    }
}
