using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Execution;

/// <summary>Errors raised in resolvers: message, locations, path, extensions; never an exception out of the engine.</summary>
public sealed class FieldErrorTests
{
    private const string Sdl = """
        type Query { boom: String, asyncBoom: String, strict: String!, ok: String, items: [Item], coded: Int, hidden: String, own: String }
        type Item { name: String, boom: String }
        """;

    private static ResolverMap Resolvers() => new ResolverMap()
        .Add("Query.boom", _ => throw new InvalidOperationException("boom happened"))
        .Add("Query.asyncBoom", async _ =>
        {
            await Task.Yield();
            throw new TimeoutException("late boom");
        })
        .Add("Query.strict", _ => throw new ArgumentException("strict failed"))
        .Add("Query.ok", _ => "fine")
        .Add("Query.items", _ => new[] { "a", "b", "c" })
        .Add("Item.name", context => context.Source)
        .Add("Item.boom", context => (string)context.Source! == "b" ? throw new InvalidOperationException("item b") : "no")
        .Add("Query.coded", _ => throw new GraphQLError(
            "Not allowed.", extensions: new Dictionary<string, object?> { ["code"] = "FORBIDDEN", ["retry"] = false }))
        .Add("Query.hidden", _ => throw new InvalidOperationException("connection string password=secret"))
        .Add("Query.own", context => throw new GraphQLError("About an argument.", context.FieldNodes[0].Name));

    [Fact]
    public async Task A_throwing_resolver_gives_a_located_error_and_null()
    {
        var response = await TestEngine.Create(Sdl, Resolvers()).RunAsync("{ ok boom }");

        Assert.Equal("""{"ok":"fine","boom":null}""", TestEngine.Compact(response.GetProperty("data")));
        var error = TestEngine.SingleError(response);
        Assert.Equal("boom happened", error.GetProperty("message").GetString());
        Assert.Equal(["1:6"], TestEngine.LocationsOf(error));
        Assert.Equal("""["boom"]""", TestEngine.PathOf(error));
        Assert.False(error.TryGetProperty("extensions", out _));
    }

    [Fact]
    public async Task A_faulted_asynchronous_resolver_is_reported_the_same_way()
    {
        var response = await TestEngine.Create(Sdl, Resolvers()).RunAsync("{ asyncBoom ok }");

        Assert.Equal("""{"asyncBoom":null,"ok":"fine"}""", TestEngine.Compact(response.GetProperty("data")));
        Assert.Equal(["late boom"], TestEngine.Messages(response));
    }

    [Fact]
    public async Task A_failing_non_null_root_field_makes_data_null()
    {
        var result = await TestEngine.Create(Sdl, Resolvers()).ExecuteAsync(new GraphQLRequest("{ ok strict }"));

        Assert.True(result.IsDataNull);
        Assert.Equal(ExecutionStatus.Executed, result.Status);
        Assert.Equal("strict failed", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Paths_go_through_list_indices_and_aliases()
    {
        var response = await TestEngine.Create(Sdl, Resolvers()).RunAsync("{ things: items { name b: boom } }");

        Assert.Equal(
            """{"things":[{"name":"a","b":"no"},{"name":"b","b":null},{"name":"c","b":"no"}]}""",
            TestEngine.Compact(response.GetProperty("data")));
        var error = TestEngine.SingleError(response);
        Assert.Equal("""["things",1,"b"]""", TestEngine.PathOf(error));
        Assert.Equal(["1:24"], TestEngine.LocationsOf(error));
    }

    [Fact]
    public async Task Merged_fields_report_every_location()
    {
        var response = await TestEngine.Create(Sdl, Resolvers()).RunAsync("{ boom\n ...F }\nfragment F on Query { boom }");

        Assert.Equal(["1:3", "3:23"], TestEngine.LocationsOf(TestEngine.SingleError(response)));
    }

    [Fact]
    public async Task Extensions_of_a_thrown_graphql_error_are_kept()
    {
        var response = await TestEngine.Create(Sdl, Resolvers()).RunAsync("{ coded }");

        var error = TestEngine.SingleError(response);
        Assert.Equal("Not allowed.", error.GetProperty("message").GetString());
        Assert.Equal("""{"code":"FORBIDDEN","retry":false}""", TestEngine.Compact(error.GetProperty("extensions")));
        Assert.Equal("""["coded"]""", TestEngine.PathOf(error));
        Assert.Equal(["1:3"], TestEngine.LocationsOf(error));
    }

    [Fact]
    public async Task A_graphql_error_about_its_own_node_keeps_that_location()
    {
        var response = await TestEngine.Create(Sdl, Resolvers()).RunAsync("{ x: own }");

        var error = TestEngine.SingleError(response);
        Assert.Equal(["1:6"], TestEngine.LocationsOf(error));
        Assert.Equal("""["x"]""", TestEngine.PathOf(error));
    }

    [Fact]
    public async Task Exception_messages_can_be_hidden_while_engine_messages_stay()
    {
        var engine = TestEngine.Create(Sdl, Resolvers(), new EngineOptions { ExposeExceptionMessages = false, HiddenExceptionMessage = "Internal failure." });

        var response = await engine.RunAsync("{ hidden coded items { name } strict }");

        Assert.Equal(["Internal failure.", "Not allowed.", "Internal failure."], TestEngine.Messages(response));
        Assert.DoesNotContain("secret", response.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_are_listed_in_execution_order()
    {
        var response = await TestEngine.Create(Sdl, Resolvers()).RunAsync("{ boom items { boom } coded }");

        Assert.Equal(["boom happened", "item b", "Not allowed."], TestEngine.Messages(response));
    }
}
