using Graph.GraphQL.Language;

namespace Graph.GraphQL.Tests.Language;

public class ParserLimitsTests
{
    [Fact]
    public void Rejects_documents_longer_than_the_limit()
    {
        var options = new ParserOptions { MaxDocumentLength = 10 };
        Assert.NotNull(Parser.Parse("{ a }", options));
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ abcdefghijk }", options));
        Assert.Equal("Syntax Error: Source contains more than 10 UTF-16 code units. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 11), error.Location);
    }

    [Fact]
    public void Rejects_documents_with_too_many_tokens_without_counting_comments()
    {
        var options = new ParserOptions { MaxTokens = 5 };
        Assert.NotNull(Parser.Parse("{ a b c } # comments are free", options));
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ a b c d }", options));
        Assert.Equal("Syntax Error: Document contains more that 5 tokens. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 11), error.Location);
    }

    [Theory]
    [InlineData("{ a { b { c { d } } } }", 3, 1, 13)]
    [InlineData("{ a(x: [[[[1]]]]) }", 4, 1, 11)]
    [InlineData("{ a(x: {b: {c: {d: 1}}}) }", 3, 1, 16)]
    [InlineData("query ($v: [[[Int]]]) { a }", 2, 1, 14)]
    public void Rejects_nesting_deeper_than_the_limit(string text, int maxDepth, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(text, new ParserOptions { MaxDepth = maxDepth }));
        Assert.Equal($"Syntax Error: Document exceeds the maximum nesting depth of {maxDepth}. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(line, column), error.Location);
        Assert.NotNull(Parser.Parse(text, new ParserOptions { MaxDepth = maxDepth + 1 }));
    }

    [Fact]
    public void Very_deep_documents_fail_cleanly_instead_of_overflowing_the_stack()
    {
        const int depth = 200_000;
        var selections = "{" + string.Concat(Enumerable.Repeat("a{", depth)) + "b" + new string('}', depth + 1);
        var lists = "{ f(x: " + new string('[', depth) + new string(']', depth) + ") }";
        var objects = "{ f(x: " + string.Concat(Enumerable.Repeat("{a:", depth)) + "1" + new string('}', depth) + ") }";
        foreach (var text in new[] { selections, lists, objects })
        {
            // Even with the depth limit lifted, the stack guard stops the parser.
            var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(text, new ParserOptions { MaxDepth = int.MaxValue }));
            Assert.Contains("maximum nesting depth", error.Message);
            Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(text));
        }
    }

    [Fact]
    public void The_default_depth_limit_allows_realistic_documents()
    {
        const int depth = 100;
        var text = string.Concat(Enumerable.Repeat("{ a", depth)) + new string('}', depth);
        Assert.NotNull(Parser.Parse(text));
    }
}
