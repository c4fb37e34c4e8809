using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Execution;

/// <summary>Mutation root fields run one after another, each with its whole sub-selection, in document order.</summary>
public sealed class MutationTests
{
    private const string Sdl = """
        type Query { log: [String!]! }
        type Mutation { add(name: String!): Entry, strict(name: String!): Entry!, fail: String }
        type Entry { name: String!, detail: String }
        """;

    private static (GraphQLEngine Engine, List<string> Log) Create()
    {
        var log = new List<string>();
        var resolvers = new ResolverMap()
            .Add("Mutation.add", async context =>
            {
                var name = context.GetArgument<string>("name")!;
                lock (log)
                {
                    log.Add("start " + name);
                }

                // Yielding lets any concurrently started sibling run now; serial execution must not start one.
                await Task.Yield();
                await Task.Yield();
                lock (log)
                {
                    log.Add("end " + name);
                }

                return name;
            })
            .Add("Mutation.strict", context => context.GetArgument<string>("name") == "bad" ? null : context.GetArgument<string>("name"))
            .Add("Mutation.fail", _ => throw new InvalidOperationException("mutation failed"))
            .Add("Entry.name", context => context.Source)
            .Add("Entry.detail", async context =>
            {
                await Task.Yield();
                lock (log)
                {
                    log.Add("detail " + context.Source);
                }

                return "d";
            });
        return (TestEngine.Create(Sdl, resolvers), log);
    }

    [Fact]
    public async Task Root_mutation_fields_run_serially_with_their_sub_selections()
    {
        var (engine, log) = Create();

        var response = await engine.RunAsync("mutation { a: add(name: \"1\") { name detail } b: add(name: \"2\") { detail } c: add(name: \"3\") { name } }");

        TestEngine.AssertData(response, """{"a":{"name":"1","detail":"d"},"b":{"detail":"d"},"c":{"name":"3"}}""");
        Assert.Equal(["start 1", "end 1", "detail 1", "start 2", "end 2", "detail 2", "start 3", "end 3"], log);
    }

    [Fact]
    public async Task A_failing_nullable_mutation_does_not_stop_the_next_one()
    {
        var (engine, log) = Create();

        var response = await engine.RunAsync("mutation { fail a: add(name: \"x\") { name } }");

        Assert.Equal("""{"fail":null,"a":{"name":"x"}}""", TestEngine.Compact(response.GetProperty("data")));
        Assert.Equal(["mutation failed"], TestEngine.Messages(response));
        Assert.Equal(["start x", "end x"], log);
    }

    [Fact]
    public async Task A_null_in_a_non_null_mutation_field_stops_the_remaining_mutations()
    {
        var (engine, log) = Create();

        var result = await engine.ExecuteAsync(new GraphQLRequest("mutation { strict(name: \"bad\") { name } a: add(name: \"never\") { name } }"));

        Assert.True(result.IsDataNull);
        Assert.Equal("Cannot return null for non-nullable field Mutation.strict.", Assert.Single(result.Errors).Message);
        Assert.Empty(log);
    }
}
