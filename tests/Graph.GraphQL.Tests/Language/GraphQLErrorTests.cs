using System.Text;
using System.Text.Json;
using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Tests.Language;

public class GraphQLErrorTests
{
    private static string Json(GraphQLError error)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            error.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Locations_come_from_node_starts()
    {
        var document = Parser.Parse("{\n  a\n  b }");
        var selections = ((OperationDefinition)document.Definitions[0]).SelectionSet.Selections;
        var error = new GraphQLError("boom", selections);
        Assert.Equal(new[] { new SourceLocation(2, 3), new SourceLocation(3, 3) }, error.Locations);
    }

    [Fact]
    public void Nodes_without_locations_give_no_locations()
    {
        var error = new GraphQLError("boom", new Name { Value = "x" });
        Assert.Null(error.Locations);
        Assert.Equal("{\"message\":\"boom\"}", Json(error));
    }

    [Fact]
    public void Writes_the_response_shape_with_path_and_extensions()
    {
        var document = Parser.Parse("{ a }");
        var field = ((OperationDefinition)document.Definitions[0]).SelectionSet.Selections[0];
        var error = new GraphQLError(
            "failed",
            new[] { field },
            path: new object[] { "a", 0, "b" },
            extensions: new Dictionary<string, object?> { ["code"] = "E1", ["retry"] = false, ["n"] = 2, ["list"] = new[] { 1, 2 } });
        Assert.Equal(
            "{\"message\":\"failed\",\"locations\":[{\"line\":1,\"column\":3}],\"path\":[\"a\",0,\"b\"],\"extensions\":{\"code\":\"E1\",\"retry\":false,\"n\":2,\"list\":[1,2]}}",
            Json(error));
    }

    [Fact]
    public void Keeps_the_original_exception()
    {
        var cause = new InvalidOperationException("inner");
        var error = new GraphQLError("outer", Array.Empty<Node>(), originalError: cause);
        Assert.Same(cause, error.OriginalError);
        Assert.Null(error.Nodes);
    }
}
