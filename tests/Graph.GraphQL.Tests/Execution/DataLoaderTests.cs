using System.Collections.Concurrent;
using Graph.GraphQL.Execution;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Execution;

/// <summary>Per-request batch loading: keys requested while the executor has other work are fetched in one call.</summary>
public sealed class DataLoaderTests
{
    private const string Sdl = """
        type Query { authors(count: Int!): [Author!]!, author(id: Int!): Author }
        type Author { id: Int!, name: String, books: [Book!]!, best: Book }
        type Book { id: String!, author: Author, reviews: [Review!]! }
        type Review { stars: Int! }
        """;

    /// <summary>A fake store that records every fetch call.</summary>
    private sealed class Store
    {
        public ConcurrentQueue<(string Loader, int[] Keys)> Calls { get; } = new();

        public bool Asynchronous { get; init; }

        public Exception? FailNames { get; init; }

        public int Count(string loader) => Calls.Count(c => c.Loader == loader);

        public async Task<IReadOnlyDictionary<int, TValue>> FetchAsync<TValue>(string loader, IReadOnlyList<int> keys, Func<int, TValue> make, Func<int, bool>? has = null)
        {
            Calls.Enqueue((loader, keys.ToArray()));
            if (Asynchronous)
            {
                await Task.Delay(1);
            }

            return keys.Where(k => has?.Invoke(k) ?? true).ToDictionary(k => k, make);
        }

        public ResolverMap Resolvers(int maxBatchSize = 0) => new ResolverMap()
            .Add("Query.authors", context => Enumerable.Range(1, context.GetArgument<int>("count")).ToArray())
            .Add("Query.author", context => context.GetArgument<int>("id"))
            .Add("Author.id", context => context.Source)
            .Add("Author.name", async context =>
            {
                var loader = context.GetDataLoader<int, string>("names", (keys, _) =>
                    FailNames is { } failure ? Task.FromException<IReadOnlyDictionary<int, string>>(failure)
                        : FetchAsync("names", keys, k => "Author " + k, k => k % 10 != 0), maxBatchSize);
                return await loader.LoadAsync((int)context.Source!);
            })
            .Add("Author.books", async context =>
            {
                var loader = context.GetDataLoader<int, int[]>("books", (keys, _) =>
                    FetchAsync("books", keys, k => new[] { k * 100 + 1, k * 100 + 2 }));
                return await loader.LoadAsync((int)context.Source!);
            })
            .Add("Author.best", async context =>
            {
                var loader = context.GetDataLoader<int, int[]>("books", (keys, _) =>
                    FetchAsync("books", keys, k => new[] { k * 100 + 1, k * 100 + 2 }));
                return (await loader.LoadAsync((int)context.Source!))![0];
            })
            .Add("Book.id", context => "b" + context.Source)
            .Add("Book.author", async context =>
            {
                var loader = context.GetDataLoader<int, string>("names", (keys, _) => FetchAsync("names", keys, k => "Author " + k));
                await loader.LoadAsync((int)context.Source! / 100);
                return (int)context.Source! / 100;
            })
            .Add("Book.reviews", async context =>
            {
                var loader = context.GetDataLoader<int, int[]>("reviews", (keys, _) =>
                    FetchAsync("reviews", keys, k => new[] { k % 5 + 1 }));
                return await loader.LoadAsync((int)context.Source!);
            })
            .Add("Review.stars", context => context.Source);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_hundred_parents_load_their_child_field_in_one_fetch(bool asynchronousStore)
    {
        var store = new Store { Asynchronous = asynchronousStore };
        var engine = TestEngine.Create(Sdl, store.Resolvers());

        var response = await engine.RunAsync("{ authors(count: 100) { id name } }");

        Assert.Equal(1, store.Count("names"));
        Assert.Equal(Enumerable.Range(1, 100), store.Calls.Single().Keys);
        var authors = response.GetProperty("data").GetProperty("authors").EnumerateArray().ToArray();
        Assert.Equal(100, authors.Length);
        Assert.Equal("Author 7", authors[6].GetProperty("name").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, authors[9].GetProperty("name").ValueKind);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Nested_levels_fetch_once_per_level(bool asynchronousStore)
    {
        var store = new Store { Asynchronous = asynchronousStore };
        var engine = TestEngine.Create(Sdl, store.Resolvers());

        var response = await engine.RunAsync("{ authors(count: 100) { name books { id reviews { stars } } } }");

        Assert.False(response.TryGetProperty("errors", out _));
        Assert.Equal(1, store.Count("names"));
        Assert.Equal(1, store.Count("books"));
        Assert.Equal(1, store.Count("reviews"));
        Assert.Equal(200, store.Calls.Single(c => c.Loader == "reviews").Keys.Length);
        var first = response.GetProperty("data").GetProperty("authors")[0];
        Assert.Equal("""{"name":"Author 1","books":[{"id":"b101","reviews":[{"stars":2}]},{"id":"b102","reviews":[{"stars":3}]}]}""", TestEngine.Compact(first));
    }

    [Fact]
    public async Task Keys_are_deduplicated_and_memoised_within_a_request()
    {
        var store = new Store();
        var engine = TestEngine.Create(Sdl, store.Resolvers());

        // books and best share the "books" loader; every book's author name repeats keys the first level loaded.
        var response = await engine.RunAsync("{ authors(count: 3) { name books { author { name } } best { id } } }");

        Assert.False(response.TryGetProperty("errors", out _));
        Assert.Equal(1, store.Count("books"));
        Assert.Equal([1, 2, 3], store.Calls.Single(c => c.Loader == "books").Keys);
        Assert.Equal(1, store.Count("names"));
    }

    [Fact]
    public async Task A_new_request_starts_with_empty_loaders()
    {
        var store = new Store();
        var engine = TestEngine.Create(Sdl, store.Resolvers());

        await engine.RunAsync("{ authors(count: 2) { name } }");
        await engine.RunAsync("{ authors(count: 2) { name } }");

        Assert.Equal(2, store.Count("names"));
    }

    [Fact]
    public async Task A_failing_fetch_is_an_error_of_every_field_that_waited_for_it()
    {
        var store = new Store { FailNames = new InvalidOperationException("store is down") };
        var engine = TestEngine.Create(Sdl, store.Resolvers());

        var response = await engine.RunAsync("{ authors(count: 3) { id name } }");

        Assert.Equal(["store is down", "store is down", "store is down"], TestEngine.Messages(response));
        Assert.Equal("""{"authors":[{"id":1,"name":null},{"id":2,"name":null},{"id":3,"name":null}]}""", TestEngine.Compact(response.GetProperty("data")));
    }

    [Fact]
    public async Task A_batch_size_limit_splits_fetches()
    {
        var store = new Store();
        var engine = TestEngine.Create(Sdl, store.Resolvers(maxBatchSize: 30));

        await engine.RunAsync("{ authors(count: 100) { name } }");

        Assert.Equal([30, 30, 30, 10], store.Calls.Select(c => c.Keys.Length));
    }

    [Fact]
    public async Task Using_one_name_for_loaders_of_different_types_is_a_field_error()
    {
        var resolvers = new ResolverMap()
            .Add("Query.authors", _ => new[] { 1 })
            .Add("Author.id", async context =>
                await context.GetDataLoader<int, int>("x", (keys, _) => Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k))).LoadAsync(1))
            .Add("Author.name", async context =>
                await context.GetDataLoader<string, string>("x", (keys, _) => Task.FromResult<IReadOnlyDictionary<string, string>>(keys.ToDictionary(k => k))).LoadAsync("a"));
        var engine = TestEngine.Create(Sdl, resolvers);

        var response = await engine.RunAsync("{ authors(count: 1) { id name } }");

        Assert.Equal("Data loader \"x\" already exists in this request with other key or value types than String -> String.", Assert.Single(TestEngine.Messages(response)));
    }

    [Fact]
    public async Task Keys_requested_after_an_asynchronous_hop_are_still_dispatched()
    {
        // The resolvers queue their keys from thread-pool continuations while the executor is idle, waiting: the
        // loader must wake it up, or the request would never finish.
        var fetches = 0;
        var resolvers = new ResolverMap()
            .Add("Query.authors", _ => Enumerable.Range(1, 10).ToArray())
            .Add("Author.id", context => context.Source)
            .Add("Author.name", async context =>
            {
                await Task.Delay(1);
                var loader = context.GetDataLoader<int, string>("names", (keys, _) =>
                {
                    Interlocked.Increment(ref fetches);
                    return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => "n" + k));
                });
                return await loader.LoadAsync((int)context.Source!);
            });
        var engine = TestEngine.Create(Sdl, resolvers);
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var result = await engine.ExecuteAsync(new GraphQLRequest("{ authors(count: 10) { name } }"), guard.Token);

        Assert.Equal(ExecutionStatus.Executed, result.Status);
        Assert.Contains("\"name\":\"n10\"", result.ToJson(), StringComparison.Ordinal);
        Assert.InRange(fetches, 1, 10);
    }

    [Fact]
    public async Task A_loader_used_outside_an_execution_is_dispatched_explicitly()
    {
        var calls = 0;
        var loader = new DataLoader<string, int>("lengths", (keys, _) =>
        {
            calls++;
            return Task.FromResult<IReadOnlyDictionary<string, int>>(keys.ToDictionary(k => k, k => k.Length));
        });

        var a = loader.LoadAsync("abc");
        var b = loader.LoadAsync("de");
        var again = loader.LoadAsync("abc");
        Assert.False(a.IsCompleted);
        Assert.True(loader.HasQueuedKeys);

        await loader.DispatchAsync();

        Assert.Equal(3, await a);
        Assert.Equal(2, await b);
        Assert.Same(a, again);
        Assert.Equal(1, calls);
        Assert.Equal(1, loader.FetchCount);
        Assert.False(loader.HasQueuedKeys);
        var lengths = await LoadManyAfterDispatch(loader, ["abc", "de", ""]);
        Assert.Equal(new[] { 3, 2, 0 }, lengths);
    }

    private static async Task<int[]> LoadManyAfterDispatch(DataLoader<string, int> loader, string[] keys)
    {
        var many = loader.LoadManyAsync(keys);
        await loader.DispatchAsync();
        return await many;
    }

    [Fact]
    public async Task Primed_values_are_not_fetched()
    {
        var loader = new DataLoader<int, string>("p", (keys, _) => Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => "fetched")));
        loader.Prime(1, "primed");

        var primed = loader.LoadAsync(1);
        var fetched = loader.LoadAsync(2);
        await loader.DispatchAsync();

        Assert.Equal("primed", await primed);
        Assert.Equal("fetched", await fetched);
        Assert.Equal(1, loader.FetchCount);
    }
}
