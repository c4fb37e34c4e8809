using Graph.GraphQL.Execution;
using Graph.GraphQL.Language;

namespace Graph.GraphQL.Tests.Execution;

/// <summary>Choosing the operation (spec GetOperation) and which kinds a request may run.</summary>
public sealed class OperationSelectionTests
{
    private const string Sdl = "type Query { a: Int } type Mutation { m: Int } type Subscription { s: Int }";

    private static readonly GraphQLEngine Engine = TestEngine.Create(Sdl);

    private static readonly Dictionary<string, object?> Root = new() { ["a"] = 1, ["m"] = 2, ["s"] = 3 };

    [Fact]
    public async Task The_named_operation_runs()
    {
        var response = await Engine.RunAsync("query A { a } mutation B { m }", Root, operationName: "B");

        TestEngine.AssertData(response, """{"m": 2}""");
    }

    [Fact]
    public async Task Several_operations_need_a_name()
    {
        var result = await Engine.ExecuteAsync(new GraphQLRequest("query A { a } query B { a }"));

        Assert.Equal(ExecutionStatus.RequestError, result.Status);
        Assert.Equal("Must provide operation name if query contains multiple operations.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task An_unknown_operation_name_is_an_error()
    {
        var result = await Engine.ExecuteAsync(new GraphQLRequest("query A { a }", "C"));

        Assert.Equal("Unknown operation named \"C\".", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task A_document_without_operations_has_nothing_to_run()
    {
        const string text = "fragment F on Query { a }";
        var result = await Executor.ExecuteAsync(Engine.Schema, Parser.Parse(text), new GraphQLRequest(text));

        Assert.Equal("Must provide an operation.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task A_request_limited_to_queries_cannot_run_a_mutation()
    {
        var request = new GraphQLRequest("mutation { m }", RootValue: Root) { AllowedOperations = OperationKinds.Query };

        var result = await Engine.ExecuteAsync(request);

        Assert.Equal(ExecutionStatus.OperationNotAllowed, result.Status);
        Assert.Equal("Mutation operations are not allowed for this request.", Assert.Single(result.Errors).Message);
        Assert.Equal([new SourceLocation(1, 1)], result.Errors[0].Locations);
        Assert.Equal(ExecutionStatus.Executed, (await Engine.ExecuteAsync(new GraphQLRequest("{ a }", RootValue: Root) { AllowedOperations = OperationKinds.Query })).Status);
    }

    [Fact]
    public async Task A_subscription_is_executed_once_like_a_query()
    {
        var response = await Engine.RunAsync("subscription { s }", Root);

        TestEngine.AssertData(response, """{"s": 3}""");
    }

    [Fact]
    public async Task An_operation_without_a_root_type_yields_null_data()
    {
        const string text = "mutation { m }";
        var schema = Graph.GraphQL.Types.SchemaBuilder.Build("type Query { a: Int }");

        var result = await Executor.ExecuteAsync(schema, Parser.Parse(text), new GraphQLRequest(text));

        Assert.True(result.IsDataNull);
        Assert.Equal("Schema is not configured to execute mutation operation.", Assert.Single(result.Errors).Message);
    }
}
