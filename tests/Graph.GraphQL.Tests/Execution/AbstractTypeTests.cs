using System.Text.Json;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Execution;

/// <summary>Interfaces and unions: the runtime object type from __typename, the .NET type name, or a registered TypeResolver.</summary>
public sealed class AbstractTypeTests
{
    private const string Sdl = """
        interface Pet { name: String! }
        type Dog implements Pet { name: String!, barks: Boolean }
        type Cat implements Pet { name: String!, lives: Int }
        type Bird { name: String! }
        union Animal = Dog | Cat
        enum Kind { DOG }
        type Query { pets: [Pet], animals: [Animal], pet: Pet }
        """;

    public sealed class Dog
    {
        public string Name { get; init; } = "";

        public bool Barks { get; init; }
    }

    public sealed class Cat
    {
        public string Name { get; init; } = "";

        public int Lives { get; init; }
    }

    public sealed class Tagged
    {
        public string __typename { get; init; } = "";

        public string Name { get; init; } = "";

        public int Lives { get; init; }
    }

    private const string Query = "{ pets { __typename name ... on Dog { barks } ... on Cat { lives } } animals { ... on Dog { name } ... on Cat { lives } } }";

    private const string Expected = """
        {"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","lives":9}],
         "animals":[{"name":"Rex"},{"lives":9}]}
        """;

    [Fact]
    public async Task Dictionaries_name_their_type_with_a_typename_key()
    {
        var dog = new Dictionary<string, object?> { ["__typename"] = "Dog", ["name"] = "Rex", ["barks"] = true };
        var cat = new Dictionary<string, object?> { ["__typename"] = "Cat", ["name"] = "Tom", ["lives"] = 9 };
        var root = new Dictionary<string, object?> { ["pets"] = new[] { dog, cat }, ["animals"] = new[] { dog, cat } };

        TestEngine.AssertData(await TestEngine.Create(Sdl).RunAsync(Query, root), Expected);
    }

    [Fact]
    public async Task Json_objects_name_their_type_with_a_typename_member()
    {
        var root = TestEngine.Parse("""
            {"pets": [{"__typename": "Dog", "name": "Rex", "barks": true}, {"__typename": "Cat", "name": "Tom", "lives": 9}],
             "animals": [{"__typename": "Dog", "name": "Rex"}, {"__typename": "Cat", "lives": 9}]}
            """);

        TestEngine.AssertData(await TestEngine.Create(Sdl).RunAsync(Query, root), Expected);
    }

    [Fact]
    public async Task Dotnet_objects_are_matched_by_class_name_or_a_typename_property()
    {
        var root = new Dictionary<string, object?>
        {
            ["pets"] = new object[] { new Dog { Name = "Rex", Barks = true }, new Tagged { __typename = "Cat", Name = "Tom", Lives = 9 } },
            ["animals"] = new object[] { new Dog { Name = "Rex" }, new Cat { Lives = 9 } },
        };

        TestEngine.AssertData(await TestEngine.Create(Sdl).RunAsync(Query, root), Expected);
    }

    [Fact]
    public async Task A_registered_type_resolver_decides_and_sees_the_field_context()
    {
        var seen = new List<string>();
        var resolvers = new ResolverMap()
            .AddTypeResolver("Pet", (value, context) =>
            {
                seen.Add(context.ParentType.Name + "." + context.FieldName);
                return ((JsonElement)value!).GetProperty("kind").GetString() == "woof" ? "Dog" : "Cat";
            })
            .AddTypeResolver("Animal", (value, _) => "Dog");
        var root = TestEngine.Parse("""
            {"pets": [{"kind": "woof", "name": "Rex", "barks": true}, {"kind": "meow", "name": "Tom", "lives": 9}],
             "animals": [{"name": "Rex"}]}
            """);

        var response = await TestEngine.Create(Sdl, resolvers).RunAsync("{ pets { __typename name } animals { __typename } }", root);

        TestEngine.AssertData(response, """{"pets":[{"__typename":"Dog","name":"Rex"},{"__typename":"Cat","name":"Tom"}],"animals":[{"__typename":"Dog"}]}""");
        Assert.Equal(["Query.pets", "Query.pets"], seen);
    }

    public static TheoryData<string, string> Failures => new()
    {
        { """{"name": "x"}""", "Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pet\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function." },
        { """{"__typename": "Wolf", "name": "x"}""", "Abstract type \"Pet\" was resolved to a type \"Wolf\" that does not exist inside the schema." },
        { """{"__typename": "Kind", "name": "x"}""", "Abstract type \"Pet\" was resolved to a non-object type \"Kind\"." },
        { """{"__typename": "Bird", "name": "x"}""", "Runtime Object type \"Bird\" is not a possible type for \"Pet\"." },
        { """{"__typename": 5, "name": "x"}""", "Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pet\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function." },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Values_without_a_possible_object_type_are_field_errors(string pet, string message)
    {
        var root = TestEngine.Parse($$"""{"pet": {{pet}} }""");

        var response = await TestEngine.Create(Sdl).RunAsync("{ pet { name } }", root);

        var error = TestEngine.SingleError(response);
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal("""["pet"]""", TestEngine.PathOf(error));
        Assert.Equal(["1:3"], TestEngine.LocationsOf(error));
        Assert.Equal("""{"pet":null}""", TestEngine.Compact(response.GetProperty("data")));
    }

    [Fact]
    public async Task Typename_names_the_object_type_on_every_level_and_the_root()
    {
        var root = new Dictionary<string, object?> { ["pet"] = new Cat { Name = "Tom" } };

        var response = await TestEngine.Create(Sdl).RunAsync("{ __typename t: __typename pet { __typename ... on Cat { __typename } } }", root);

        TestEngine.AssertData(response, """{"__typename":"Query","t":"Query","pet":{"__typename":"Cat"}}""");
    }
}
