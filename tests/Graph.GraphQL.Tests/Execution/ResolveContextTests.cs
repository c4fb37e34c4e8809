using Graph.GraphQL.Execution;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Execution;

/// <summary>What resolvers see: source, arguments with typed access, field information, path, request data.</summary>
public sealed class ResolveContextTests
{
    private enum Sort
    {
        Asc,
        Desc,
    }

    private sealed class Services : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(string) ? "a service" : null;
    }

    private const string Sdl = """
        enum Order { ASC DESC }
        type Query { items: [Item!]!, probe(n: Int, big: Float, order: Order, ids: [ID!], flag: Boolean, absent: String, nul: String): String }
        type Item { name: String!, deep: Item }
        """;

    [Fact]
    public async Task Field_information_and_the_response_path_are_available()
    {
        var seen = new List<string>();
        var resolvers = new ResolverMap()
            .Add("Query.items", _ => new[] { "x", "y" })
            .Add("Item.name", context =>
            {
                seen.Add($"{string.Join("/", context.Path)} {context.ParentType.Name}.{context.FieldName} as {context.ResponseKey}: {context.ReturnType} nodes={context.FieldNodes.Count} source={context.Source}");
                return context.Source;
            })
            .Add("Item.deep", context => (string)context.Source! + "!");
        var engine = TestEngine.Create(Sdl, resolvers);

        await engine.RunAsync("{ items { label: name deep { label: name } } }");

        Assert.Equal(
            [
                "items/0/label Item.name as label: String! nodes=1 source=x",
                "items/0/deep/label Item.name as label: String! nodes=1 source=x!",
                "items/1/label Item.name as label: String! nodes=1 source=y",
                "items/1/deep/label Item.name as label: String! nodes=1 source=y!",
            ],
            seen);
    }

    [Fact]
    public async Task Arguments_convert_to_the_requested_types()
    {
        string? description = null;
        var resolvers = new ResolverMap().Add("Query.probe", context =>
        {
            description = string.Join(" | ",
                context.GetArgument<long>("n"),
                context.GetArgument<decimal>("big"),
                context.GetArgument<Sort>("order"),
                string.Join(",", context.GetArgument<int[]>("ids")!),
                string.Join(",", context.GetArgument<IReadOnlyList<string>>("ids")!),
                context.GetArgument<bool>("flag"),
                context.GetArgument("absent", "fallback"),
                context.GetArgument("nul", "fallback"),
                context.HasArgument("absent"),
                context.HasArgument("nul"),
                context.GetArgument<string>("absent") is null);
            return "ok";
        });
        var engine = TestEngine.Create(Sdl, resolvers);

        var response = await engine.RunAsync("{ probe(n: 7, big: 2.5, order: DESC, ids: [1, 2], flag: true, nul: null) }");

        TestEngine.AssertData(response, """{"probe":"ok"}""");
        Assert.Equal("7 | 2.5 | Desc | 1,2 | 1,2 | True | fallback | fallback | False | True | True", description);
    }

    [Fact]
    public async Task An_argument_that_cannot_convert_is_a_field_error()
    {
        var resolvers = new ResolverMap().Add("Query.probe", context => context.GetArgument<DateTime>("order").ToString());
        var engine = TestEngine.Create(Sdl, resolvers);

        var response = await engine.RunAsync("{ probe(order: ASC) }");

        Assert.Equal(["Argument \"order\" holds a String that cannot be read as DateTime."], TestEngine.Messages(response));
    }

    [Fact]
    public async Task Request_data_reaches_every_resolver()
    {
        string? seen = null;
        var resolvers = new ResolverMap().Add("Query.probe", context =>
        {
            seen = $"{context.Context} {context.GetService<string>()} {context.Variables["v"]} {context.Operation.Name?.Value} " +
                   $"{((Dictionary<string, object?>)context.RootValue!)["r"]} {context.Schema.QueryType!.Name} {context.CancellationToken.CanBeCanceled}";
            return seen;
        });
        var engine = TestEngine.Create(Sdl, resolvers);
        using var cancellation = new CancellationTokenSource();

        await engine.ExecuteAsync(
            new GraphQLRequest(
                "query Op($v: Int) { probe(n: $v) }",
                Variables: TestEngine.Parse("""{"v": 3}"""),
                RootValue: new Dictionary<string, object?> { ["r"] = "root" },
                Context: "ctx",
                Services: new Services()),
            cancellation.Token);

        Assert.Equal("ctx a service 3 Op root Query True", seen);
    }
}
