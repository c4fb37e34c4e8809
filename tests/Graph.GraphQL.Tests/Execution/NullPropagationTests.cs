using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Execution;

/// <summary>Spec "Handling Field Errors": a null (or error) in a non-null position nulls the nearest nullable ancestor.</summary>
public sealed class NullPropagationTests
{
    private const string Sdl = """
        type Query { chain: Link, strictChain: Link!, list: [Link], strictList: [Link!], strictBoth: [Link!]! }
        type Link { value: String!, label: String, next: Link, strictNext: Link! }
        """;

    private static Dictionary<string, object?> Link(string? value, string? label = null, object? next = null) => new()
    {
        ["value"] = value,
        ["label"] = label,
        ["next"] = next,
        ["strictNext"] = next,
    };

    [Fact]
    public async Task A_null_in_a_non_null_field_nulls_its_nullable_parent()
    {
        var root = new Dictionary<string, object?> { ["chain"] = Link(null, "first") };

        var response = await TestEngine.Create(Sdl).RunAsync("{ chain { label value } }", root);

        Assert.Equal("""{"chain":null}""", TestEngine.Compact(response.GetProperty("data")));
        var error = TestEngine.SingleError(response);
        Assert.Equal("Cannot return null for non-nullable field Link.value.", error.GetProperty("message").GetString());
        Assert.Equal("""["chain","value"]""", TestEngine.PathOf(error));
        Assert.Equal(["1:17"], TestEngine.LocationsOf(error));
    }

    [Fact]
    public async Task A_null_propagates_through_non_null_levels_to_the_nearest_nullable_one()
    {
        var deep = Link("a", next: Link("b", next: Link("c", next: Link(null))));
        var root = new Dictionary<string, object?> { ["chain"] = deep };

        var response = await TestEngine.Create(Sdl).RunAsync(
            "{ chain { value next { value next { value strictNext { value } } } } }", root);

        Assert.Equal("""{"chain":{"value":"a","next":{"value":"b","next":null}}}""", TestEngine.Compact(response.GetProperty("data")));
        Assert.Equal("""["chain","next","next","strictNext","value"]""", TestEngine.PathOf(TestEngine.SingleError(response)));
    }

    [Fact]
    public async Task A_null_reaching_the_root_makes_data_null()
    {
        var root = new Dictionary<string, object?> { ["strictChain"] = Link("x", next: Link(null)), ["chain"] = Link("ok") };

        var result = await TestEngine.Create(Sdl).ExecuteAsync(new GraphQLRequest("{ chain { value } strictChain { strictNext { value } } }", RootValue: root));

        Assert.True(result.IsDataNull);
        var response = TestEngine.Parse(result.ToJson());
        Assert.Equal("""["strictChain","strictNext","value"]""", TestEngine.PathOf(TestEngine.SingleError(response)));
        Assert.Equal("{\"errors\":[", result.ToJson()[..11]);
        Assert.EndsWith("\"data\":null}", result.ToJson());
    }

    [Fact]
    public async Task A_null_item_field_nulls_only_that_item_of_a_nullable_item_list()
    {
        var root = new Dictionary<string, object?> { ["list"] = new[] { Link("a"), Link(null), Link("c") } };

        var response = await TestEngine.Create(Sdl).RunAsync("{ list { value } }", root);

        Assert.Equal("""{"list":[{"value":"a"},null,{"value":"c"}]}""", TestEngine.Compact(response.GetProperty("data")));
        Assert.Equal("""["list",1,"value"]""", TestEngine.PathOf(TestEngine.SingleError(response)));
    }

    [Fact]
    public async Task A_null_item_of_a_non_null_item_list_nulls_the_list_and_stops_completing_it()
    {
        var completed = new List<string>();
        var resolvers = new ResolverMap().Add("Link.label", context =>
        {
            var label = (string?)((Dictionary<string, object?>)context.Source!)["label"];
            completed.Add(label!);
            return label;
        });
        var root = new Dictionary<string, object?> { ["strictList"] = new[] { Link("a", "one"), Link(null, "two"), Link("c", "three") } };

        var response = await TestEngine.Create(Sdl, resolvers).RunAsync("{ strictList { label value } }", root);

        Assert.Equal("""{"strictList":null}""", TestEngine.Compact(response.GetProperty("data")));
        Assert.Equal("""["strictList",1,"value"]""", TestEngine.PathOf(TestEngine.SingleError(response)));
        Assert.Equal(["one", "two"], completed);
    }

    [Fact]
    public async Task Sibling_fields_after_a_propagating_null_are_not_resolved()
    {
        var calls = 0;
        var resolvers = new ResolverMap().Add("Link.label", _ =>
        {
            calls++;
            return "never";
        });
        var root = new Dictionary<string, object?> { ["chain"] = Link(null) };

        var response = await TestEngine.Create(Sdl, resolvers).RunAsync("{ chain { value label } }", root);

        Assert.Equal("""{"chain":null}""", TestEngine.Compact(response.GetProperty("data")));
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task Errors_that_happened_before_a_null_propagated_over_them_are_kept()
    {
        var resolvers = new ResolverMap().Add("Link.label", _ => throw new InvalidOperationException("label failed"));
        var root = new Dictionary<string, object?> { ["chain"] = Link(null) };

        var response = await TestEngine.Create(Sdl, resolvers).RunAsync("{ chain { label value } }", root);

        Assert.Equal(["label failed", "Cannot return null for non-nullable field Link.value."], TestEngine.Messages(response));
        Assert.Equal("""{"chain":null}""", TestEngine.Compact(response.GetProperty("data")));
    }

    [Fact]
    public async Task A_null_from_a_non_null_list_of_non_null_items_reaches_the_nullable_parent()
    {
        var root = new Dictionary<string, object?> { ["chain"] = new Dictionary<string, object?> { ["value"] = "v" } };
        var sdl = Sdl.Replace("type Link {", "type Link { all: [Link!]!", StringComparison.Ordinal);
        ((Dictionary<string, object?>)root["chain"]!)["all"] = new[] { Link("x"), Link(null) };

        var response = await TestEngine.Create(sdl).RunAsync("{ chain { value all { value } } }", root);

        Assert.Equal("""{"chain":null}""", TestEngine.Compact(response.GetProperty("data")));
        Assert.Equal("""["chain","all",1,"value"]""", TestEngine.PathOf(TestEngine.SingleError(response)));
    }
}
