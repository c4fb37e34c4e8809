using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Execution;

/// <summary>
/// Asynchronous sibling fields run concurrently: proven with barriers that only open when every participant has
/// started, so a sequential executor could never finish (a generous cancellation turns that into a failure, not a hang).
/// </summary>
public sealed class ConcurrencyTests
{
    private sealed class AsyncBarrier(int participants)
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _arrived;

        public Task SignalAndWaitAsync()
        {
            if (Interlocked.Increment(ref _arrived) == participants)
            {
                _open.SetResult();
            }

            return _open.Task;
        }
    }

    [Fact]
    public async Task Two_asynchronous_sibling_fields_wait_for_each_other_and_both_complete()
    {
        var barrier = new AsyncBarrier(2);
        var resolvers = new ResolverMap()
            .Add("Query.left", async _ =>
            {
                await barrier.SignalAndWaitAsync();
                return "L";
            })
            .Add("Query.right", async _ =>
            {
                await barrier.SignalAndWaitAsync();
                return "R";
            });
        var engine = TestEngine.Create("type Query { left: String, right: String }", resolvers);
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var result = await engine.ExecuteAsync(new GraphQLRequest("{ left right }"), guard.Token);

        Assert.Equal(ExecutionStatus.Executed, result.Status);
        Assert.Equal("""{"data":{"left":"L","right":"R"}}""", result.ToJson());
    }

    [Fact]
    public async Task Asynchronous_fields_of_different_list_items_and_depths_run_concurrently()
    {
        // Five items each wait at the barrier, together with a root sibling resolved after the list.
        var barrier = new AsyncBarrier(6);
        var resolvers = new ResolverMap()
            .Add("Query.items", _ => Enumerable.Range(1, 5).ToArray())
            .Add("Item.name", async context =>
            {
                await barrier.SignalAndWaitAsync();
                return "item" + context.Source;
            })
            .Add("Query.after", async _ =>
            {
                await barrier.SignalAndWaitAsync();
                return "done";
            });
        var engine = TestEngine.Create("type Query { items: [Item!]!, after: String } type Item { name: String }", resolvers);
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var result = await engine.ExecuteAsync(new GraphQLRequest("{ items { name } after }"), guard.Token);

        Assert.Equal(
            """{"data":{"items":[{"name":"item1"},{"name":"item2"},{"name":"item3"},{"name":"item4"},{"name":"item5"}],"after":"done"}}""",
            result.ToJson());
    }

    [Fact]
    public async Task Results_keep_selection_order_whatever_order_resolvers_finish_in()
    {
        var slowFirst = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var resolvers = new ResolverMap()
            .Add("Query.first", _ => new ValueTask<object?>(slowFirst.Task))
            .Add("Query.second", async _ =>
            {
                await Task.Yield();
                slowFirst.SetResult("one");
                return "two";
            });
        var engine = TestEngine.Create("type Query { first: String, second: String }", resolvers);
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var result = await engine.ExecuteAsync(new GraphQLRequest("{ first second }"), guard.Token);

        Assert.Equal("""{"data":{"first":"one","second":"two"}}""", result.ToJson());
    }

    [Fact]
    public async Task A_task_returned_as_a_value_is_awaited()
    {
        var gate = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var resolvers = new ResolverMap()
            .Add("Query.first", _ => gate.Task)
            .Add("Query.second", _ =>
            {
                gate.SetResult(42);
                return Task.CompletedTask;
            });
        var engine = TestEngine.Create("type Query { first: Int, second: String }", resolvers);
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var result = await engine.ExecuteAsync(new GraphQLRequest("{ first second }"), guard.Token);

        Assert.Equal("""{"data":{"first":42,"second":null}}""", result.ToJson());
    }

    [Fact]
    public async Task Concurrent_requests_on_one_engine_do_not_interfere()
    {
        var resolvers = new ResolverMap().Add("Query.echo", async context =>
        {
            await Task.Yield();
            return context.GetArgument<int>("n") * 2;
        });
        var engine = TestEngine.Create("type Query { echo(n: Int!): Int }", resolvers);

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(n =>
            engine.ExecuteAsync(new GraphQLRequest("query($n: Int!) { echo(n: $n) }", Variables: TestEngine.Parse($"{{\"n\": {n}}}")))));

        for (var n = 0; n < results.Length; n++)
        {
            Assert.Equal($"{{\"data\":{{\"echo\":{n * 2}}}}}", results[n].ToJson());
        }

        Assert.Equal(1, engine.DocumentCache.Count);
    }
}
