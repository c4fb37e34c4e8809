using System.Buffers;
using System.Text.Json;

namespace Graph.GraphQL.Tests.Execution;

/// <summary>The response object as the spec's response section and graphql-js shape it.</summary>
public sealed class ResponseShapeTests
{
    private static readonly GraphQLEngine Engine = TestEngine.Create(
        "type Query { a: Int, b: String, c: Boolean, fail: Int }",
        new Graph.GraphQL.Types.ResolverMap().Add("Query.fail", _ => throw new InvalidOperationException("no")));

    private static readonly Dictionary<string, object?> Root = new() { ["a"] = 1, ["b"] = "x", ["c"] = true };

    [Fact]
    public async Task Fields_appear_in_selection_order_with_fragments_merged_at_first_occurrence()
    {
        var result = await Engine.ExecuteAsync(new GraphQLRequest("{ b ...F a ... on Query { c b } } fragment F on Query { c a }", RootValue: Root));

        Assert.Equal("""{"data":{"b":"x","c":true,"a":1}}""", result.ToJson());
    }

    [Fact]
    public async Task Errors_come_before_data()
    {
        var result = await Engine.ExecuteAsync(new GraphQLRequest("{ a fail }", RootValue: Root));

        Assert.Equal("""{"errors":[{"message":"no","locations":[{"line":1,"column":5}],"path":["fail"]}],"data":{"a":1,"fail":null}}""", result.ToJson());
    }

    [Fact]
    public async Task Request_errors_have_no_data_member()
    {
        var result = await Engine.ExecuteAsync(new GraphQLRequest("{ a }", OperationName: "Missing"));

        Assert.Equal("""{"errors":[{"message":"Unknown operation named \"Missing\"."}]}""", result.ToJson());
        Assert.False(result.HasData);
        Assert.False(result.IsDataNull);
    }

    [Fact]
    public async Task Every_writer_gives_the_same_bytes()
    {
        var result = await Engine.ExecuteAsync(new GraphQLRequest("{ a b c fail }", RootValue: Root));
        var buffer = new ArrayBufferWriter<byte>();
        result.WriteTo(buffer);
        using var stream = new MemoryStream();
        result.WriteTo(stream);
        var ownWriter = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(ownWriter))
        {
            result.WriteTo(writer);
        }

        Assert.Equal(result.ToJson(), System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        Assert.Equal(buffer.WrittenSpan.ToArray(), stream.ToArray());
        Assert.Equal(TestEngine.Compact(result.ToJson()), TestEngine.Compact(System.Text.Encoding.UTF8.GetString(ownWriter.WrittenSpan)));
        Assert.Equal(TestEngine.Compact(result.ToJson()), TestEngine.Compact(result.ToJson(indented: true)));
        Assert.Contains("\n", result.ToJson(indented: true), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_result_can_be_written_more_than_once()
    {
        var result = await Engine.ExecuteAsync(new GraphQLRequest("{ a b }", RootValue: Root));

        Assert.Equal(result.ToJson(), result.ToJson());
    }

    [Fact]
    public void Failures_cannot_claim_to_have_executed()
    {
        Assert.Throws<ArgumentException>(() => ExecutionResult.Failure(ExecutionStatus.Executed, new GraphQLError("x")));
        Assert.Equal("""{"errors":[{"message":"x"}]}""", ExecutionResult.Failure(ExecutionStatus.RequestError, new GraphQLError("x")).ToJson());
    }
}
