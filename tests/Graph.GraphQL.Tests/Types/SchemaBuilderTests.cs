using Graph.GraphQL.Language;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Types;

public class SchemaBuilderTests
{
    private const string Sdl = """
        schema { query: Root mutation: Mut }
        type Root { hero(episode: Episode = NEWHOPE): Character search(text: String!): [Result] }
        type Mut { rename(id: ID!, name: String!): Human }
        interface Character { id: ID! name: String }
        type Human implements Character { id: ID! name: String height(unit: Unit = METER): Float }
        type Droid implements Character { id: ID! name: String primaryFunction: String }
        union Result = Human | Droid
        enum Episode { NEWHOPE EMPIRE JEDI }
        enum Unit { METER FOOT }
        scalar Money
        extend type Human { salary: Money }
        """;

    [Fact]
    public void Attaches_resolvers_type_resolvers_scalars_and_enum_values()
    {
        FieldResolver hero = _ => new ValueTask<object?>("hero");
        TypeResolver character = (value, _) => "Human";
        var money = new GraphQLScalarType("Money");
        var resolvers = new ResolverMap()
            .Add("Root.hero", hero)
            .Add("Mut", "rename", _ => new ValueTask<object?>((object?)null))
            .AddTypeResolver("Character", character)
            .AddTypeResolver("Result", character)
            .AddScalar(money)
            .AddEnumValues("Episode", new Dictionary<string, object> { ["NEWHOPE"] = 4, ["EMPIRE"] = 5, ["JEDI"] = 6 });
        var schema = SchemaBuilder.Build(Sdl, resolvers);

        Assert.Equal("Root", schema.QueryType!.Name);
        Assert.Equal("Mut", schema.MutationType!.Name);
        Assert.Null(schema.SubscriptionType);
        Assert.Same(hero, schema.QueryType.GetField("hero")!.Resolver);
        Assert.NotNull(((GraphQLObjectType)schema.GetType("Mut")!).GetField("rename")!.Resolver);
        Assert.Null(schema.QueryType.GetField("search")!.Resolver);
        Assert.Same(character, ((GraphQLInterfaceType)schema.GetType("Character")!).ResolveType);
        Assert.Same(character, ((GraphQLUnionType)schema.GetType("Result")!).ResolveType);
        Assert.Same(money, schema.GetType("Money"));
        var episode = (GraphQLEnumType)schema.GetType("Episode")!;
        Assert.Equal(5, episode.GetValue("EMPIRE")!.Value);
        var heroArgument = schema.QueryType.GetField("hero")!.GetArgument("episode")!;
        Assert.Equal(4, heroArgument.DefaultValue);
        Assert.Equal("NEWHOPE", Printer.Print(AstValues.AstFromValue(heroArgument.DefaultValue, heroArgument.Type)!));
        Assert.Equal(new[] { "id", "name", "height", "salary" }, ((GraphQLObjectType)schema.GetType("Human")!).Fields.Select(f => f.Name));
        Assert.Single(schema.GetType("Human")!.ExtensionAstNodes);
    }

    [Fact]
    public void Reports_every_resolver_that_names_nothing()
    {
        var resolvers = new ResolverMap()
            .Add("Root.heroo", _ => new ValueTask<object?>((object?)null))
            .Add("Character.name", _ => new ValueTask<object?>((object?)null))
            .Add("Nope.x", _ => new ValueTask<object?>((object?)null))
            .AddTypeResolver("Human", (_, _) => null)
            .AddScalar(new GraphQLScalarType("Cash"))
            .AddEnumValues("Unit", new Dictionary<string, object> { ["METRE"] = 1 });
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.Build(Sdl, resolvers));
        Assert.Equal(new[]
        {
            "Resolver map gives an internal value for \"Unit.METRE\", but enum \"Unit\" has no such value. Did you mean \"METER\"?",
            "Resolver \"Root.heroo\" does not match any object type field in the schema. Did you mean \"hero\"?",
            "Resolver \"Character.name\" is registered on interface \"Character\"; register it on the object types that implement it.",
            "Resolver \"Nope.x\" does not match any object type field in the schema.",
            "Type resolver \"Human\" does not match any interface or union in the schema.",
            "Scalar implementation \"Cash\" does not match any scalar declared in the schema.",
        }, exception.Errors.Select(e => e.Message));

        var lenient = SchemaBuilder.Build(Sdl, new ResolverMap().Add("Root.heroo", _ => default), new SchemaBuildOptions { AllowUnusedResolvers = true });
        Assert.NotNull(lenient.QueryType);
    }

    [Fact]
    public void Rejects_resolver_coordinates_that_are_not_type_dot_field()
    {
        Assert.Throws<ArgumentException>(() => new ResolverMap().Add("noDot", _ => default));
        Assert.Throws<ArgumentException>(() => new ResolverMap().Add("a.b.c", _ => default));
    }

    [Fact]
    public void Reports_default_values_that_do_not_fit_their_type()
    {
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.Build("""
            type Query { a(x: Int = "one", y: [Int!] = [null], z: In = {b: 1}): Int }
            input In { a: String! b: Int }
            """));
        Assert.Equal(new[]
        {
            "Default value \"one\" of \"Query.a(x:)\" is not a valid value of type \"Int\".",
            "Default value [null] of \"Query.a(y:)\" is not a valid value of type \"[Int!]\".",
            "Default value {b: 1} of \"Query.a(z:)\" is not a valid value of type \"In\".",
        }, exception.Errors.Select(e => e.Message));
        Assert.Equal(new SourceLocation(1, 25), exception.Errors[0].Locations![0]);
    }

    [Fact]
    public void Input_field_defaults_see_the_defaults_of_types_defined_later()
    {
        var schema = SchemaBuilder.Build("""
            type Query { a(x: Outer = {}): Int }
            input Outer { inner: Inner = {} }
            input Inner { n: Int = 7 }
            """);
        var argument = schema.QueryType!.GetField("a")!.GetArgument("x")!;
        Assert.Equal("{inner: {n: 7}}", Printer.Print(AstValues.AstFromValue(argument.DefaultValue, argument.Type)!));
    }

    [Fact]
    public void Reports_implementing_a_type_that_is_not_an_interface()
    {
        var exception = Assert.Throws<SchemaValidationException>(() =>
            SchemaBuilder.Build("type Query implements Other { a: Int } type Other { a: Int }"));
        Assert.Equal("Type Query must only implement Interface types, it cannot implement Other.", Assert.Single(exception.Errors).Message);
    }

    [Fact]
    public void Syntax_errors_in_sdl_surface_as_syntax_errors()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => SchemaBuilder.Build("type Query { a: }"));
        Assert.Equal("Syntax Error: Expected Name, found \"}\".", error.Message);
    }

    [Fact]
    public void The_exception_message_lists_every_problem()
    {
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.Build("type Query { a: A b: B }"));
        Assert.Equal("Unknown type \"A\". (1:17)\n\nUnknown type \"B\". (1:22)", exception.Message);
    }

    [Fact]
    public void Reads_deprecation_and_one_of_and_specified_by()
    {
        var schema = SchemaBuilder.Build("""
            type Query { a: Int @deprecated b(x: Int @deprecated(reason: "old")): Int c: Int @deprecated(reason: null) u: Url }
            input Pick @oneOf { p: Int q: Int }
            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
            extend type Query { d(p: Pick): Int }
            """);
        var query = schema.QueryType!;
        Assert.Equal("No longer supported", query.GetField("a")!.DeprecationReason);
        Assert.Equal("old", query.GetField("b")!.GetArgument("x")!.DeprecationReason);
        Assert.False(query.GetField("c")!.IsDeprecated);
        Assert.True(((GraphQLInputObjectType)schema.GetType("Pick")!).IsOneOf);
        Assert.Equal("https://url.spec.whatwg.org/", ((GraphQLScalarType)schema.GetType("Url")!).SpecifiedByUrl);
    }

    [Fact]
    public void Declared_extra_scalars_get_their_implementations()
    {
        var schema = SchemaBuilder.Build("scalar DateTime scalar Date \"any JSON\" scalar JSON type Query { a: DateTime b: Date c: JSON }");
        Assert.IsType<DateTimeScalar>(schema.GetType("DateTime"));
        Assert.IsType<DateScalar>(schema.GetType("Date"));
        Assert.Equal("any JSON", Assert.IsType<JsonScalar>(schema.GetType("JSON")).Description);
        Assert.Null(SchemaBuilder.Build("type Query { a: Int }").GetType("DateTime"));
    }

    [Fact]
    public void Built_types_are_frozen()
    {
        var schema = SchemaBuilder.Build("type Query { a: Int }");
        Assert.True(schema.QueryType!.IsFrozen);
        Assert.Throws<InvalidOperationException>(() => schema.QueryType.AddField(new GraphQLField("b", BuiltInScalars.Int)));
    }

    [Fact]
    public void Schemas_can_be_assembled_in_code()
    {
        var node = new GraphQLInterfaceType("Node");
        node.AddField(new GraphQLField("id", BuiltInScalars.ID.NonNull()));
        var user = new GraphQLObjectType("User", "A user");
        user.AddInterface(node);
        user.AddField(new GraphQLField("id", BuiltInScalars.ID.NonNull()));
        var query = new GraphQLObjectType("Query");
        query.AddField(new GraphQLField("node", node, new[] { new GraphQLArgument("id", BuiltInScalars.ID.NonNull()) }));
        var schema = new GraphQLSchema(query, types: new GraphQLNamedType[] { user });

        Assert.Empty(SchemaValidator.Validate(schema));
        Assert.Equal(new[] { "User" }, schema.GetPossibleTypes(node).Select(t => t.Name));
        Assert.Equal("\"\"\"A user\"\"\"\ntype User implements Node {\n  id: ID!\n}\n\ninterface Node {\n  id: ID!\n}\n\ntype Query {\n  node(id: ID!): Node\n}", SchemaPrinter.Print(schema));
    }
}
