using Graph.GraphQL.Tests.Execution;

namespace Graph.GraphQL.Tests.Introspection;

/// <summary>
/// Introspection of every kind of type (spec section 4). Each expected response is graphql-js 16's answer to the same
/// query on the same SDL (<see cref="IntrospectionSchema"/>), compared member by member and in order.
/// </summary>
public sealed class IntrospectionTests
{
    private static readonly GraphQLEngine Engine = Execution.TestEngine.Create(IntrospectionSchema.Sdl);

    public static TheoryData<string, string, string> Cases => new()
    {
        {
            "Scalar",
            "{ __type(name: \"DateTime\") { kind name description specifiedByURL fields { name } interfaces { name } possibleTypes { name } enumValues { name } inputFields { name } ofType { name } isOneOf } }",
            """
            {"__type":{"kind":"SCALAR","name":"DateTime","description":"An instant.","specifiedByURL":"https://example.com/rfc3339","fields":null,"interfaces":null,"possibleTypes":null,"enumValues":null,"inputFields":null,"ofType":null,"isOneOf":null}}
            """
        },
        {
            "Object",
            "{ __type(name: \"Person\") { kind description fields { name args { name defaultValue } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } isDeprecated deprecationReason } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason description } interfaces { name } possibleTypes { name } } }",
            """
            {"__type":{"kind":"OBJECT","description":"A person.","fields":[{"name":"id","args":[],"type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"SCALAR","name":"ID","ofType":null}},"isDeprecated":false,"deprecationReason":null},{"name":"name","args":[{"name":"upper","defaultValue":"false"}],"type":{"kind":"SCALAR","name":"String","ofType":null},"isDeprecated":false,"deprecationReason":null},{"name":"born","args":[],"type":{"kind":"SCALAR","name":"DateTime","ofType":null},"isDeprecated":false,"deprecationReason":null},{"name":"friends","args":[],"type":{"kind":"LIST","name":null,"ofType":{"kind":"NON_NULL","name":null,"ofType":{"kind":"OBJECT","name":"Person","ofType":null}}},"isDeprecated":false,"deprecationReason":null}],"all":[{"name":"id","isDeprecated":false,"deprecationReason":null,"description":null},{"name":"name","isDeprecated":false,"deprecationReason":null,"description":null},{"name":"age","isDeprecated":true,"deprecationReason":"Use born.","description":"Age in years."},{"name":"born","isDeprecated":false,"deprecationReason":null,"description":null},{"name":"friends","isDeprecated":false,"deprecationReason":null,"description":null}],"interfaces":[{"name":"Named"},{"name":"Node"}],"possibleTypes":null}}
            """
        },
        {
            "Interface",
            "{ __type(name: \"Named\") { kind interfaces { name } possibleTypes { name } fields { name args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }",
            """
            {"__type":{"kind":"INTERFACE","interfaces":[{"name":"Node"}],"possibleTypes":[{"name":"Person"}],"fields":[{"name":"id","args":[]},{"name":"name","args":[{"name":"upper","isDeprecated":false,"deprecationReason":null},{"name":"style","isDeprecated":true,"deprecationReason":"Old."}]}]}}
            """
        },
        {
            "Union",
            "{ node: __type(name: \"Node\") { possibleTypes { name } } actor: __type(name: \"Actor\") { kind description possibleTypes { name } fields { name } } }",
            """
            {"node":{"possibleTypes":[{"name":"Person"},{"name":"Robot"}]},"actor":{"kind":"UNION","description":"Who can act.","possibleTypes":[{"name":"Person"},{"name":"Robot"}],"fields":null}}
            """
        },
        {
            "Enum",
            "{ __type(name: \"Mood\") { kind enumValues { name } all: enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } } }",
            """
            {"__type":{"kind":"ENUM","enumValues":[{"name":"HAPPY"}],"all":[{"name":"HAPPY","description":null,"isDeprecated":false,"deprecationReason":null},{"name":"SAD","description":"Very sad.","isDeprecated":true,"deprecationReason":"Be happy."}]}}
            """
        },
        {
            "InputObject",
            "{ filter: __type(name: \"Filter\") { kind description isOneOf inputFields { name defaultValue type { name kind } } all: inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } } key: __type(name: \"Key\") { isOneOf inputFields { name defaultValue } } query: __type(name: \"Query\") { fields { name args { name defaultValue } } } }",
            """
            {"filter":{"kind":"INPUT_OBJECT","description":"How to filter actors.","isOneOf":false,"inputFields":[{"name":"mood","defaultValue":"HAPPY","type":{"name":"Mood","kind":"ENUM"}},{"name":"tags","defaultValue":"[\"a\", \"b\"]","type":{"name":null,"kind":"LIST"}},{"name":"limit","defaultValue":"10","type":{"name":null,"kind":"NON_NULL"}},{"name":"ratio","defaultValue":"1.5","type":{"name":"Float","kind":"SCALAR"}},{"name":"range","defaultValue":"{from: 1}","type":{"name":"Range","kind":"INPUT_OBJECT"}},{"name":"id","defaultValue":"7","type":{"name":"ID","kind":"SCALAR"}}],"all":[{"name":"mood","isDeprecated":false,"deprecationReason":null},{"name":"tags","isDeprecated":false,"deprecationReason":null},{"name":"limit","isDeprecated":false,"deprecationReason":null},{"name":"ratio","isDeprecated":false,"deprecationReason":null},{"name":"old","isDeprecated":true,"deprecationReason":"Gone."},{"name":"range","isDeprecated":false,"deprecationReason":null},{"name":"id","isDeprecated":false,"deprecationReason":null}]},"key":{"isOneOf":true,"inputFields":[{"name":"id","defaultValue":null},{"name":"name","defaultValue":null}]},"query":{"fields":[{"name":"node","args":[{"name":"id","defaultValue":null}]},{"name":"actors","args":[{"name":"filter","defaultValue":"{mood: HAPPY, tags: [\"x\"], limit: 3, ratio: 1.5, range: {from: 1}, id: 7}"},{"name":"key","defaultValue":null}]}]}}
            """
        },
        {
            "Schema",
            "{ __schema { description queryType { name } mutationType { name } subscriptionType { name } directives { name description isRepeatable locations args { name defaultValue } all: args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }",
            """
            {"__schema":{"description":"The introspection test schema.","queryType":{"name":"Query"},"mutationType":{"name":"Mutation"},"subscriptionType":null,"directives":[{"name":"audit","description":"Audits a field.","isRepeatable":true,"locations":["FIELD","QUERY"],"args":[{"name":"level","defaultValue":"1"}],"all":[{"name":"level","isDeprecated":false,"deprecationReason":null},{"name":"note","isDeprecated":true,"deprecationReason":"Unused."}]},{"name":"include","description":"Directs the executor to include this field or fragment only when the `if` argument is true.","isRepeatable":false,"locations":["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"],"args":[{"name":"if","defaultValue":null}],"all":[{"name":"if","isDeprecated":false,"deprecationReason":null}]},{"name":"skip","description":"Directs the executor to skip this field or fragment when the `if` argument is true.","isRepeatable":false,"locations":["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"],"args":[{"name":"if","defaultValue":null}],"all":[{"name":"if","isDeprecated":false,"deprecationReason":null}]},{"name":"deprecated","description":"Marks an element of a GraphQL schema as no longer supported.","isRepeatable":false,"locations":["FIELD_DEFINITION","ARGUMENT_DEFINITION","INPUT_FIELD_DEFINITION","ENUM_VALUE","DIRECTIVE_DEFINITION"],"args":[{"name":"reason","defaultValue":"\"No longer supported\""}],"all":[{"name":"reason","isDeprecated":false,"deprecationReason":null}]},{"name":"specifiedBy","description":"Exposes a URL that specifies the behavior of this scalar.","isRepeatable":false,"locations":["SCALAR"],"args":[{"name":"url","defaultValue":null}],"all":[{"name":"url","isDeprecated":false,"deprecationReason":null}]},{"name":"oneOf","description":"Indicates exactly one field must be supplied and this field must not be `null`.","isRepeatable":false,"locations":["INPUT_OBJECT"],"args":[],"all":[]}]}}
            """
        },
        {
            "Meta",
            "{ __schema { __typename types { name kind } } missing: __type(name: \"Nope\") { name } meta: __type(name: \"__Type\") { __typename name fields { name } } }",
            """
            {"__schema":{"__typename":"__Schema","types":[{"name":"DateTime","kind":"SCALAR"},{"name":"Node","kind":"INTERFACE"},{"name":"ID","kind":"SCALAR"},{"name":"Named","kind":"INTERFACE"},{"name":"String","kind":"SCALAR"},{"name":"Boolean","kind":"SCALAR"},{"name":"Person","kind":"OBJECT"},{"name":"Int","kind":"SCALAR"},{"name":"Robot","kind":"OBJECT"},{"name":"Actor","kind":"UNION"},{"name":"Mood","kind":"ENUM"},{"name":"Filter","kind":"INPUT_OBJECT"},{"name":"Float","kind":"SCALAR"},{"name":"Range","kind":"INPUT_OBJECT"},{"name":"Key","kind":"INPUT_OBJECT"},{"name":"Query","kind":"OBJECT"},{"name":"Mutation","kind":"OBJECT"},{"name":"__Schema","kind":"OBJECT"},{"name":"__Type","kind":"OBJECT"},{"name":"__TypeKind","kind":"ENUM"},{"name":"__Field","kind":"OBJECT"},{"name":"__InputValue","kind":"OBJECT"},{"name":"__EnumValue","kind":"OBJECT"},{"name":"__Directive","kind":"OBJECT"},{"name":"__DirectiveLocation","kind":"ENUM"}]},"missing":null,"meta":{"__typename":"__Type","name":"__Type","fields":[{"name":"kind"},{"name":"name"},{"name":"description"},{"name":"specifiedByURL"},{"name":"fields"},{"name":"interfaces"},{"name":"possibleTypes"},{"name":"enumValues"},{"name":"inputFields"},{"name":"ofType"},{"name":"isOneOf"}]}}
            """
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Introspection_answers_as_graphql_js_does(string kind, string query, string expected)
    {
        var response = await Engine.RunAsync(query);

        Assert.False(string.IsNullOrEmpty(kind));
        Execution.TestEngine.AssertData(response, expected);
    }

    [Fact]
    public async Task Introspection_fields_are_only_on_the_query_root()
    {
        var result = await Engine.ExecuteAsync(new GraphQLRequest("mutation { __schema { description } }"));

        Assert.Equal(ExecutionStatus.ValidationFailed, result.Status);
        Assert.Equal("Cannot query field \"__schema\" on type \"Mutation\".", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Type_names_are_looked_up_from_variables_too()
    {
        var response = await Engine.RunAsync("query($n: String!) { __type(name: $n) { name kind } }", variables: """{"n": "Range"}""");

        Execution.TestEngine.AssertData(response, """{"__type":{"name":"Range","kind":"INPUT_OBJECT"}}""");
    }
}
