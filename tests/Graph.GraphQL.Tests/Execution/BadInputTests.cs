using System.Text;
using Graph.GraphQL.Language;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Execution;

/// <summary>Hostile or broken requests get spec-shaped errors, never an exception or a hang.</summary>
public sealed class BadInputTests
{
    private const string Sdl = "type Query { a: Int, text: String, node: Node } type Node { child: Node, id: Int }";

    private static readonly GraphQLEngine Engine = TestEngine.Create(Sdl, new ResolverMap()
        .Add("Query.text", _ => "broken \ud800 surrogate")
        .Add("Query.node", _ => new Dictionary<string, object?>())
        .Add("Node.child", _ => new Dictionary<string, object?>()));

    [Fact]
    public async Task A_very_deeply_nested_document_is_a_syntax_error()
    {
        var query = string.Concat(Enumerable.Repeat("{ node ", 10_000)) + string.Concat(Enumerable.Repeat("}", 10_000));

        var result = await Engine.ExecuteAsync(new GraphQLRequest(query));

        Assert.Equal(ExecutionStatus.SyntaxError, result.Status);
        Assert.StartsWith("Syntax Error:", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task An_enormous_document_is_rejected_by_the_size_limit()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("a ", 300_000)) + "}";

        var result = await Engine.ExecuteAsync(new GraphQLRequest(query));

        Assert.Equal(ExecutionStatus.SyntaxError, result.Status);
        Assert.Single(result.Errors);
    }

    [Fact]
    public async Task Too_many_tokens_are_rejected_by_the_token_limit()
    {
        var engine = TestEngine.Create(Sdl, options: new EngineOptions { ParserOptions = new ParserOptions { MaxTokens = 50 } });

        var result = await engine.ExecuteAsync(new GraphQLRequest("{ " + string.Concat(Enumerable.Repeat("a ", 100)) + "}"));

        Assert.Equal(ExecutionStatus.SyntaxError, result.Status);
    }

    [Fact]
    public async Task Deep_but_valid_queries_run_on_a_small_stack()
    {
        // 250 nested selections: the executor moves work to its loop instead of recursing when the stack runs low.
        const int depth = 250;
        var query = "{ node { " + string.Concat(Enumerable.Repeat("child { ", depth - 2)) + "id" + new string('}', depth - 1) + " }";
        var normal = await Engine.ExecuteAsync(new GraphQLRequest(query));
        Assert.Equal(ExecutionStatus.Executed, normal.Status);

        // The document is now cached (the parser has its own stack guard); execute it on a thread with a small stack.
        ExecutionResult? result = null;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = Engine.ExecuteAsync(new GraphQLRequest(query)).GetAwaiter().GetResult();
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            },
            maxStackSize: 256 * 1024);

        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(60)));

        Assert.Null(failure);
        Assert.Equal(ExecutionStatus.Executed, result!.Status);
        Assert.Empty(result.Errors);
        Assert.Equal(depth, result.ToJson().Split("{").Length - 2);
        Assert.Equal(normal.ToJson(), result.ToJson());
    }

    [Fact]
    public async Task An_unknown_field_is_a_validation_error()
    {
        var result = await Engine.ExecuteAsync(new GraphQLRequest("{ a nope }"));

        Assert.Equal(ExecutionStatus.ValidationFailed, result.Status);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Cannot query field \"nope\" on type \"Query\". Did you mean \"node\"?", error.Message);
        Assert.Equal([new SourceLocation(1, 5)], error.Locations);
    }

    [Fact]
    public async Task A_variable_of_the_wrong_type_is_a_request_error()
    {
        var result = await Engine.ExecuteAsync(new GraphQLRequest("query($v: Boolean!) { a @include(if: $v) }", Variables: TestEngine.Parse("""{"v": "yes"}""")));

        Assert.Equal(ExecutionStatus.RequestError, result.Status);
        Assert.Equal("Variable \"$v\" got invalid value \"yes\"; Boolean cannot represent a non boolean value: \"yes\"", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Invalid_utf8_is_reported_as_a_syntax_error_with_a_location()
    {
        var bytes = Encoding.UTF8.GetBytes("{ a }\n{ ").Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        var error = Assert.Throws<GraphQLSyntaxError>(() => Source.FromUtf8(bytes));

        Assert.StartsWith("Syntax Error: Invalid UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation(2, 3), error.Location);
    }

    [Fact]
    public async Task Lone_surrogates_in_the_query_or_in_results_never_throw()
    {
        var inQuery = await Engine.ExecuteAsync(new GraphQLRequest("{ a \ud800 }"));
        var inResult = await Engine.ExecuteAsync(new GraphQLRequest("{ text }"));

        Assert.Equal(ExecutionStatus.SyntaxError, inQuery.Status);
        Assert.Equal("{\"data\":{\"text\":\"broken \\uFFFD surrogate\"}}", inResult.ToJson());
    }

    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.")]
    [InlineData("   # only a comment", "Syntax Error: Unexpected <EOF>.")]
    [InlineData("{ a(x: ) }", "Syntax Error: Unexpected \")\".")]
    public async Task Unparsable_text_is_a_syntax_error_with_graphql_js_wording(string query, string message)
    {
        var result = await Engine.ExecuteAsync(new GraphQLRequest(query));

        Assert.Equal(ExecutionStatus.SyntaxError, result.Status);
        Assert.Equal(message, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task A_missing_query_is_a_request_error()
    {
        var result = await Engine.ExecuteAsync(new GraphQLRequest(null!));

        Assert.Equal(ExecutionStatus.RequestError, result.Status);
        Assert.Equal("Must provide query string.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task A_schema_component_that_throws_where_errors_are_not_expected_is_contained()
    {
        var resolvers = new ResolverMap().AddTypeResolver("Thing", (_, _) => throw new InvalidOperationException("type resolver bug"));
        var engine = TestEngine.Create("interface Thing { id: Int } type A implements Thing { id: Int } type Query { thing: Thing }", resolvers);

        var response = await engine.RunAsync("{ thing { id } }", new Dictionary<string, object?> { ["thing"] = new Dictionary<string, object?>() });

        Assert.Equal(["type resolver bug"], TestEngine.Messages(response));
        Assert.Equal("""{"thing":null}""", TestEngine.Compact(response.GetProperty("data")));
    }
}
