namespace Graph.GraphQL.Tests.Execution;

/// <summary>Parsed and validated documents are cached by the hash of their text.</summary>
public sealed class DocumentCacheTests
{
    private const string Sdl = "type Query { a: Int, b(x: Int): Int }";

    private static readonly Dictionary<string, object?> Root = new() { ["a"] = 1, ["b"] = 2 };

    [Fact]
    public async Task A_repeated_query_is_neither_parsed_nor_validated_again()
    {
        var engine = TestEngine.Create(Sdl);
        var prepared = new List<string>();
        engine.DocumentCache.DocumentPrepared += prepared.Add;

        var first = await engine.RunAsync("{ a }", Root);
        var second = await engine.RunAsync("{ a }", Root);

        Assert.Equal(TestEngine.Compact(first), TestEngine.Compact(second));
        Assert.Equal(["{ a }"], prepared);
        Assert.Equal(1, engine.DocumentCache.Misses);
        Assert.Equal(1, engine.DocumentCache.Hits);
        Assert.Equal(1, engine.DocumentCache.Count);
    }

    [Fact]
    public async Task Texts_that_differ_in_any_character_are_different_documents()
    {
        var engine = TestEngine.Create(Sdl);

        await engine.RunAsync("{ a }", Root);
        await engine.RunAsync("{ a }\n", Root);
        await engine.RunAsync("{ b }", Root);

        Assert.Equal(3, engine.DocumentCache.Misses);
        Assert.Equal(0, engine.DocumentCache.Hits);
    }

    [Fact]
    public async Task Invalid_documents_are_cached_with_their_errors()
    {
        var engine = TestEngine.Create(Sdl);

        var first = await engine.ExecuteAsync(new GraphQLRequest("{ nope }"));
        var second = await engine.ExecuteAsync(new GraphQLRequest("{ nope }"));
        var syntax = await engine.ExecuteAsync(new GraphQLRequest("{ a"));
        var syntaxAgain = await engine.ExecuteAsync(new GraphQLRequest("{ a"));

        Assert.Equal(ExecutionStatus.ValidationFailed, first.Status);
        Assert.Equal(first.ToJson(), second.ToJson());
        Assert.Equal(ExecutionStatus.SyntaxError, syntaxAgain.Status);
        Assert.Equal(syntax.ToJson(), syntaxAgain.ToJson());
        Assert.Equal(2, engine.DocumentCache.Misses);
        Assert.Equal(2, engine.DocumentCache.Hits);
    }

    [Fact]
    public async Task The_least_recently_used_document_is_dropped_at_capacity()
    {
        var engine = TestEngine.Create(Sdl, options: new EngineOptions { DocumentCacheSize = 2 });

        await engine.RunAsync("{ a }", Root);
        await engine.RunAsync("{ b }", Root);
        await engine.RunAsync("{ a }", Root);
        await engine.RunAsync("{ a b }", Root);
        Assert.Equal(2, engine.DocumentCache.Count);
        await engine.RunAsync("{ a }", Root);
        await engine.RunAsync("{ b }", Root);

        Assert.Equal(4, engine.DocumentCache.Misses);
        Assert.Equal(2, engine.DocumentCache.Hits);
    }

    [Fact]
    public async Task A_cache_size_of_zero_prepares_every_request()
    {
        var engine = TestEngine.Create(Sdl, options: new EngineOptions { DocumentCacheSize = 0 });

        await engine.RunAsync("{ a }", Root);
        await engine.RunAsync("{ a }", Root);

        Assert.Equal(0, engine.DocumentCache.Count);
        Assert.Equal(2, engine.DocumentCache.Misses);
    }

    [Fact]
    public async Task Cached_plans_still_see_each_request_s_variables()
    {
        var engine = TestEngine.Create(Sdl, new Graph.GraphQL.Types.ResolverMap().Add("Query.b", context => context.GetArgument<int>("x") + 1));
        const string query = "query($x: Int) { b(x: $x) }";

        var one = await engine.RunAsync(query, variables: """{"x": 1}""");
        var two = await engine.RunAsync(query, variables: """{"x": 41}""");

        TestEngine.AssertData(one, """{"b": 2}""");
        TestEngine.AssertData(two, """{"b": 42}""");
        Assert.Equal(1, engine.DocumentCache.Hits);
    }
}
