using System.Collections;
using System.Dynamic;

namespace Graph.GraphQL.Tests.Execution;

/// <summary>Fields without resolvers read the field name from the parent value.</summary>
public sealed class DefaultResolverTests
{
    private const string Sdl = "type Query { item: Item } type Item { name: String, count: Int, ready: Boolean, ratio: Float, missing: String, tags: [String] }";

    public sealed class Poco
    {
        public string NAME { get; init; } = "upper";

        public int Count { get; init; }

        public bool? Ready { get; init; }

        public double ratio;

        public IEnumerable<string> Tags => ["a", "b"];

        private string Missing => "private members are not read";
    }

    public readonly record struct Value(string Name, int Count);

    public static TheoryData<string, object> Sources => new()
    {
        { """{"name":"upper","count":3,"ready":true,"ratio":0.5,"missing":null,"tags":["a","b"]}""", new Poco { Count = 3, Ready = true, ratio = 0.5 } },
        { """{"name":"v","count":5000,"ready":null,"ratio":null,"missing":null,"tags":null}""", new Value("v", 5000) },
        { """{"name":"d","count":-1,"ready":false,"ratio":1,"missing":null,"tags":["x"]}""", new Dictionary<string, object> { ["name"] = "d", ["count"] = -1, ["ready"] = false, ["ratio"] = 1.0, ["tags"] = new[] { "x" } } },
        { """{"name":"h","count":2,"ready":null,"ratio":null,"missing":null,"tags":null}""", new Hashtable { ["name"] = "h", ["count"] = 2 } },
        { """{"name":"e","count":null,"ready":null,"ratio":null,"missing":null,"tags":[]}""", Expando() },
        { """{"name":"j","count":7,"ready":true,"ratio":2.5,"missing":null,"tags":["t"]}""", TestEngine.Parse("""{"name":"j","count":7,"ready":true,"ratio":2.5,"missing":null,"tags":["t"]}""") },
    };

    private static object Expando()
    {
        dynamic value = new ExpandoObject();
        value.name = "e";
        value.tags = new List<string>();
        return value;
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Members_are_read_from_any_kind_of_parent_value(string expected, object item)
    {
        var response = await TestEngine.Create(Sdl).RunAsync("{ item { name count ready ratio missing tags } }", new Dictionary<string, object?> { ["item"] = item });

        TestEngine.AssertData(response, $"{{\"item\": {expected}}}");
    }

    [Fact]
    public async Task Different_parent_types_for_one_field_are_each_read_correctly()
    {
        var root = new Dictionary<string, object?>
        {
            ["items"] = new object[] { new Poco { Count = 1 }, new Value("v", 2), new Dictionary<string, object?> { ["count"] = 3 }, new Poco { Count = 4 } },
        };
        var engine = TestEngine.Create(Sdl.Replace("item: Item", "items: [Item]", StringComparison.Ordinal));

        var response = await engine.RunAsync("{ items { count } }", root);

        TestEngine.AssertData(response, """{"items":[{"count":1},{"count":2},{"count":3},{"count":4}]}""");
    }
}
