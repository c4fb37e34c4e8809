using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Execution;

/// <summary>A cancelled request stops promptly and reports an error instead of throwing or hanging.</summary>
public sealed class CancellationTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    private static void AssertCancelled(ExecutionResult result)
    {
        Assert.Equal(ExecutionStatus.Cancelled, result.Status);
        Assert.False(result.HasData);
        var error = TestEngine.SingleError(TestEngine.Parse(result.ToJson()));
        Assert.Equal("Execution was cancelled before it completed.", error.GetProperty("message").GetString());
        Assert.Equal("EXECUTION_CANCELLED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_already_cancelled_request_is_not_executed()
    {
        var calls = 0;
        var engine = TestEngine.Create("type Query { a: Int }", new ResolverMap().Add("Query.a", _ => ++calls));

        var result = await engine.ExecuteAsync(new GraphQLRequest("{ a }"), new CancellationToken(canceled: true));

        AssertCancelled(result);
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task A_resolver_that_never_finishes_and_ignores_the_token_does_not_hang_the_request()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var never = new TaskCompletionSource<object?>();
        var resolvers = new ResolverMap().Add("Query.a", _ =>
        {
            started.SetResult();
            return new ValueTask<object?>(never.Task);
        });
        var engine = TestEngine.Create("type Query { a: Int }", resolvers);
        using var cancellation = new CancellationTokenSource();

        var execution = engine.ExecuteAsync(new GraphQLRequest("{ a }"), cancellation.Token);
        await started.Task.WaitAsync(Guard);
        cancellation.Cancel();

        var finished = await Task.WhenAny(execution, Task.Delay(Guard));
        Assert.Same(execution, finished);
        AssertCancelled(await execution);
    }

    [Fact]
    public async Task A_resolver_that_honours_the_token_is_cancelled_with_the_request()
    {
        var resolvers = new ResolverMap().Add("Query.a", async context =>
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return 1;
        });
        var engine = TestEngine.Create("type Query { a: Int }", resolvers);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        AssertCancelled(await engine.ExecuteAsync(new GraphQLRequest("{ a }"), cancellation.Token).WaitAsync(Guard));
    }

    [Fact]
    public async Task Cancelling_during_a_long_synchronous_execution_stops_it()
    {
        using var cancellation = new CancellationTokenSource();
        var calls = 0;
        var resolvers = new ResolverMap()
            .Add("Query.items", _ => Enumerable.Range(0, 1_000_000).ToArray())
            .Add("Item.value", context =>
            {
                if (++calls == 10)
                {
                    cancellation.Cancel();
                }

                return context.Source;
            });
        var engine = TestEngine.Create("type Query { items: [Item] } type Item { value: Int }", resolvers);

        var result = await engine.ExecuteAsync(new GraphQLRequest("{ items { value } }"), cancellation.Token);

        AssertCancelled(result);
        Assert.Equal(10, calls);
    }

    [Fact]
    public async Task A_fetch_that_never_answers_is_cancelled_with_the_request()
    {
        var resolvers = new ResolverMap()
            .Add("Query.items", _ => new[] { 1, 2 })
            .Add("Item.value", async context =>
                await context.GetDataLoader<int, int>("slow", (_, _) => new TaskCompletionSource<IReadOnlyDictionary<int, int>>().Task)
                    .LoadAsync((int)context.Source!));
        var engine = TestEngine.Create("type Query { items: [Item] } type Item { value: Int }", resolvers);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        AssertCancelled(await engine.ExecuteAsync(new GraphQLRequest("{ items { value } }"), cancellation.Token).WaitAsync(Guard));
    }

    [Fact]
    public async Task A_resolver_s_own_cancellation_is_a_field_error_not_a_cancelled_request()
    {
        var resolvers = new ResolverMap().Add("Query.a", _ => throw new OperationCanceledException("the resolver gave up"));
        var engine = TestEngine.Create("type Query { a: Int, b: Int }", resolvers);

        var response = await engine.RunAsync("{ a b }", new Dictionary<string, object?> { ["b"] = 2 });

        Assert.Equal(["the resolver gave up"], TestEngine.Messages(response));
        Assert.Equal("""{"a":null,"b":2}""", TestEngine.Compact(response.GetProperty("data")));
    }
}
