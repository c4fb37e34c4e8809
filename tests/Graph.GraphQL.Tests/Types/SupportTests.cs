using System.Text.Json;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Types;

public class SupportTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(1e-6, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.5e-10, "1.5e-10")]
    [InlineData(2.5e300, "2.5e+300")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    [InlineData(9007199254740993.0, "9007199254740992")]
    public void Formats_numbers_like_javascript(double value, string text)
    {
        Assert.Equal(text, JsNumber.Format(value));
    }

    [Fact]
    public void Formats_negative_zero_as_zero()
    {
        Assert.Equal("0", JsNumber.Format(-0.0));
    }

    [Fact]
    public void Inspects_values_like_graphql_js()
    {
        Assert.Equal("null", ValueInspector.Inspect(null));
        Assert.Equal("\"a\\\"b\\n\"", ValueInspector.Inspect("a\"b\n"));
        Assert.Equal("1.5", ValueInspector.Inspect(1.5));
        Assert.Equal("[1, \"x\", true]", ValueInspector.Inspect(new object?[] { 1, "x", true }));
        Assert.Equal("{ a: 1, b: [] }", ValueInspector.Inspect(new Dictionary<string, object?> { ["a"] = 1, ["b"] = Array.Empty<int>() }));
        Assert.Equal("{ a: { b: [Object] } }", ValueInspector.Inspect(JsonDocument.Parse("{\"a\":{\"b\":{\"c\":1}}}").RootElement));
        Assert.Equal("[[[Array]]]", ValueInspector.Inspect(JsonDocument.Parse("[[[[1]]]]").RootElement));
        Assert.Equal("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ... 2 more items]", ValueInspector.Inspect(Enumerable.Range(0, 12).ToArray()));
        Assert.Equal("{}", ValueInspector.Inspect(JsonDocument.Parse("{}").RootElement));
    }

    [Fact]
    public void Suggests_close_names_best_first()
    {
        Assert.Equal(new[] { "name", "names" }, Suggestions.SuggestionList("nam", new[] { "names", "name", "id", "other" }));
        Assert.Equal(new[] { "NAME" }, Suggestions.SuggestionList("name", new[] { "NAME", "zzzz" }));
        Assert.Equal(new[] { "ab", "ba" }, Suggestions.SuggestionList("ab", new[] { "ba", "ab", "xyz" }).Take(2));
        Assert.Equal(new[] { "f2", "f10" }, Suggestions.SuggestionList("f1", new[] { "f10", "f2" }));
        Assert.Empty(Suggestions.SuggestionList("abc", Array.Empty<string>()));
    }

    [Fact]
    public void Words_did_you_mean_like_graphql_js()
    {
        Assert.Equal(string.Empty, Suggestions.DidYouMean(Array.Empty<string>()));
        Assert.Equal(" Did you mean \"a\"?", Suggestions.DidYouMean(new[] { "a" }));
        Assert.Equal(" Did you mean \"a\" or \"b\"?", Suggestions.DidYouMean(new[] { "a", "b" }));
        Assert.Equal(" Did you mean the enum value \"a\", \"b\", or \"c\"?", Suggestions.DidYouMean(new[] { "a", "b", "c" }, "the enum value"));
        Assert.Equal(" Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?", Suggestions.DidYouMean(new[] { "a", "b", "c", "d", "e", "f" }));
    }
}
