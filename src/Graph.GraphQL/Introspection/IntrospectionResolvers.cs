using System.Runtime.CompilerServices;
using Graph.GraphQL.Execution;
using Graph.GraphQL.Language;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Introspection;

/// <summary>
/// The resolvers of the introspection types and of the <c>__schema</c>/<c>__type</c> meta-fields (spec section 4),
/// behaving as graphql-js 16's: descriptions, deprecation (filtered unless <c>includeDeprecated</c>), default values
/// printed as GraphQL literals, <c>specifiedByURL</c>, <c>isRepeatable</c> and <c>isOneOf</c>. They read the type
/// system objects directly and complete synchronously.
/// </summary>
internal static class IntrospectionResolvers
{
    private static readonly ConditionalWeakTable<GraphQLInputValue, StrongBox<string?>> DefaultValues = new();
    private static readonly Dictionary<GraphQLField, InternalResolver> Resolvers = Build();

    /// <summary>The engine's resolver of <paramref name="field"/>, or null when the field is not an introspection field.</summary>
    public static InternalResolver? Find(GraphQLObjectType type, GraphQLField field) =>
        (type.Name.StartsWith("__", StringComparison.Ordinal) || field.Name.StartsWith("__", StringComparison.Ordinal)) &&
        Resolvers.TryGetValue(field, out var resolver)
            ? resolver
            : null;

    private static Dictionary<GraphQLField, InternalResolver> Build()
    {
        var map = new Dictionary<GraphQLField, InternalResolver>(ReferenceEqualityComparer.Instance)
        {
            [IntrospectionTypes.SchemaMetaField] = static (_, _, state) => state.Schema,
            [IntrospectionTypes.TypeMetaField] = static (_, arguments, state) =>
                arguments.TryGetValue("name", out var name) && name is string typeName ? state.Schema.GetType(typeName) : null,
        };

        void Add(GraphQLObjectType type, string fieldName, InternalResolver resolver) =>
            map.Add(type.GetField(fieldName) ?? throw new InvalidOperationException($"{type.Name} has no field {fieldName}."), resolver);

        var schema = IntrospectionTypes.Schema;
        Add(schema, "description", static (source, _, _) => ((GraphQLSchema)source!).Description);
        Add(schema, "types", static (source, _, _) => ((GraphQLSchema)source!).Types);
        Add(schema, "queryType", static (source, _, _) => ((GraphQLSchema)source!).QueryType);
        Add(schema, "mutationType", static (source, _, _) => ((GraphQLSchema)source!).MutationType);
        Add(schema, "subscriptionType", static (source, _, _) => ((GraphQLSchema)source!).SubscriptionType);
        Add(schema, "directives", static (source, _, _) => ((GraphQLSchema)source!).Directives);

        var type = IntrospectionTypes.Type;
        Add(type, "kind", static (source, _, _) => ((GraphQLType)source!).Kind);
        Add(type, "name", static (source, _, _) => (source as GraphQLNamedType)?.Name);
        Add(type, "description", static (source, _, _) => (source as GraphQLNamedType)?.Description);
        Add(type, "specifiedByURL", static (source, _, _) => (source as GraphQLScalarType)?.SpecifiedByUrl);
        Add(type, "fields", static (source, arguments, _) => source is GraphQLComplexType complex
            ? Filter(complex.Fields, arguments, static f => f.IsDeprecated)
            : null);
        Add(type, "interfaces", static (source, _, _) => (source as GraphQLComplexType)?.Interfaces);
        Add(type, "possibleTypes", static (source, _, state) => source is GraphQLNamedType { IsAbstractType: true } abstractType
            ? state.Schema.GetPossibleTypes(abstractType)
            : null);
        Add(type, "enumValues", static (source, arguments, _) => source is GraphQLEnumType enumType
            ? Filter(enumType.Values, arguments, static v => v.IsDeprecated)
            : null);
        Add(type, "inputFields", static (source, arguments, _) => source is GraphQLInputObjectType inputObject
            ? Filter(inputObject.Fields, arguments, static f => f.IsDeprecated)
            : null);
        Add(type, "ofType", static (source, _, _) => source switch
        {
            GraphQLList list => list.OfType,
            GraphQLNonNull nonNull => nonNull.OfType,
            _ => null,
        });
        Add(type, "isOneOf", static (source, _, _) => source is GraphQLInputObjectType inputObject ? Box(inputObject.IsOneOf) : null);

        var field = IntrospectionTypes.Field;
        Add(field, "name", static (source, _, _) => ((GraphQLField)source!).Name);
        Add(field, "description", static (source, _, _) => ((GraphQLField)source!).Description);
        Add(field, "args", static (source, arguments, _) => Filter(((GraphQLField)source!).Arguments, arguments, static a => a.IsDeprecated));
        Add(field, "type", static (source, _, _) => ((GraphQLField)source!).Type);
        Add(field, "isDeprecated", static (source, _, _) => Box(((GraphQLField)source!).IsDeprecated));
        Add(field, "deprecationReason", static (source, _, _) => ((GraphQLField)source!).DeprecationReason);

        var inputValue = IntrospectionTypes.InputValue;
        Add(inputValue, "name", static (source, _, _) => ((GraphQLInputValue)source!).Name);
        Add(inputValue, "description", static (source, _, _) => ((GraphQLInputValue)source!).Description);
        Add(inputValue, "type", static (source, _, _) => ((GraphQLInputValue)source!).Type);
        Add(inputValue, "defaultValue", static (source, _, _) => PrintDefaultValue((GraphQLInputValue)source!));
        Add(inputValue, "isDeprecated", static (source, _, _) => Box(((GraphQLInputValue)source!).IsDeprecated));
        Add(inputValue, "deprecationReason", static (source, _, _) => ((GraphQLInputValue)source!).DeprecationReason);

        var enumValue = IntrospectionTypes.EnumValue;
        Add(enumValue, "name", static (source, _, _) => ((GraphQLEnumValue)source!).Name);
        Add(enumValue, "description", static (source, _, _) => ((GraphQLEnumValue)source!).Description);
        Add(enumValue, "isDeprecated", static (source, _, _) => Box(((GraphQLEnumValue)source!).IsDeprecated));
        Add(enumValue, "deprecationReason", static (source, _, _) => ((GraphQLEnumValue)source!).DeprecationReason);

        var directive = IntrospectionTypes.Directive;
        Add(directive, "name", static (source, _, _) => ((GraphQLDirective)source!).Name);
        Add(directive, "description", static (source, _, _) => ((GraphQLDirective)source!).Description);
        Add(directive, "isRepeatable", static (source, _, _) => Box(((GraphQLDirective)source!).IsRepeatable));
        Add(directive, "locations", static (source, _, _) => ((GraphQLDirective)source!).Locations);
        Add(directive, "args", static (source, arguments, _) => Filter(((GraphQLDirective)source!).Arguments, arguments, static a => a.IsDeprecated));

        // Directives cannot be deprecated in SDL; graphql-js answers false/null for every directive built from it.
        Add(directive, "isDeprecated", static (_, _, _) => Box(false));
        Add(directive, "deprecationReason", static (_, _, _) => null);
        return map;
    }

    private static object Box(bool value) => BoxedValues.Bool(value);

    private static IReadOnlyList<T> Filter<T>(IReadOnlyList<T> items, IReadOnlyDictionary<string, object?> arguments, Func<T, bool> isDeprecated)
    {
        if (arguments.TryGetValue("includeDeprecated", out var include) && include is true)
        {
            return items;
        }

        var count = 0;
        foreach (var item in items)
        {
            if (!isDeprecated(item))
            {
                count++;
            }
        }

        if (count == items.Count)
        {
            return items;
        }

        var kept = new T[count];
        var index = 0;
        foreach (var item in items)
        {
            if (!isDeprecated(item))
            {
                kept[index++] = item;
            }
        }

        return kept;
    }

    /// <summary>The default value as a GraphQL literal (graphql-js: <c>print(astFromValue(defaultValue, type))</c>), or null.</summary>
    private static string? PrintDefaultValue(GraphQLInputValue value)
    {
        if (!value.HasDefaultValue)
        {
            return null;
        }

        return DefaultValues.GetValue(value, static v =>
        {
            var literal = AstValues.AstFromValue(v.DefaultValue, v.Type);
            return new StrongBox<string?>(literal is null ? null : Printer.Print(literal));
        }).Value;
    }
}
