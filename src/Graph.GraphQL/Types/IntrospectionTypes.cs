using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>
/// The introspection types (<c>__Schema</c>, <c>__Type</c>, <c>__Field</c>, <c>__InputValue</c>, <c>__EnumValue</c>,
/// <c>__Directive</c>, <c>__TypeKind</c>, <c>__DirectiveLocation</c>) and the meta-fields <c>__schema</c>,
/// <c>__type</c> and <c>__typename</c>: shapes and descriptions as graphql-js 16 defines them, shared by every schema.
/// The executor supplies their resolvers. <c>__TypeKind</c> values stand for <see cref="TypeKind"/> members and
/// <c>__DirectiveLocation</c> values for <see cref="DirectiveLocation"/> members.
/// </summary>
public static class IntrospectionTypes
{
    private const string Sdl = """"
"""
A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.
"""
type __Schema {
  description: String

  """A list of all types supported by this server."""
  types: [__Type!]!

  """The type that query operations will be rooted at."""
  queryType: __Type!

  """
  If this server supports mutation, the type that mutation operations will be rooted at.
  """
  mutationType: __Type

  """
  If this server support subscription, the type that subscription operations will be rooted at.
  """
  subscriptionType: __Type

  """A list of all directives supported by this server."""
  directives(includeDeprecated: Boolean! = false): [__Directive!]!
}

"""
The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.

Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
"""
type __Type {
  kind: __TypeKind!
  name: String
  description: String
  specifiedByURL: String
  fields(includeDeprecated: Boolean = false): [__Field!]
  interfaces: [__Type!]
  possibleTypes: [__Type!]
  enumValues(includeDeprecated: Boolean = false): [__EnumValue!]
  inputFields(includeDeprecated: Boolean = false): [__InputValue!]
  ofType: __Type
  isOneOf: Boolean
}

"""An enum describing what kind of type a given `__Type` is."""
enum __TypeKind {
  """Indicates this type is a scalar."""
  SCALAR

  """
  Indicates this type is an object. `fields` and `interfaces` are valid fields.
  """
  OBJECT

  """
  Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.
  """
  INTERFACE

  """Indicates this type is a union. `possibleTypes` is a valid field."""
  UNION

  """Indicates this type is an enum. `enumValues` is a valid field."""
  ENUM

  """
  Indicates this type is an input object. `inputFields` is a valid field.
  """
  INPUT_OBJECT

  """Indicates this type is a list. `ofType` is a valid field."""
  LIST

  """Indicates this type is a non-null. `ofType` is a valid field."""
  NON_NULL
}

"""
Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.
"""
type __Field {
  name: String!
  description: String
  args(includeDeprecated: Boolean = false): [__InputValue!]!
  type: __Type!
  isDeprecated: Boolean!
  deprecationReason: String
}

"""
Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.
"""
type __InputValue {
  name: String!
  description: String
  type: __Type!

  """
  A GraphQL-formatted string representing the default value for this input value.
  """
  defaultValue: String
  isDeprecated: Boolean!
  deprecationReason: String
}

"""
One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.
"""
type __EnumValue {
  name: String!
  description: String
  isDeprecated: Boolean!
  deprecationReason: String
}

"""
A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.

In some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.
"""
type __Directive {
  name: String!
  description: String
  isRepeatable: Boolean!
  locations: [__DirectiveLocation!]!
  args(includeDeprecated: Boolean = false): [__InputValue!]!
  isDeprecated: Boolean!
  deprecationReason: String
}

"""
A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.
"""
enum __DirectiveLocation {
  """Location adjacent to a query operation."""
  QUERY

  """Location adjacent to a mutation operation."""
  MUTATION

  """Location adjacent to a subscription operation."""
  SUBSCRIPTION

  """Location adjacent to a field."""
  FIELD

  """Location adjacent to a fragment definition."""
  FRAGMENT_DEFINITION

  """Location adjacent to a fragment spread."""
  FRAGMENT_SPREAD

  """Location adjacent to an inline fragment."""
  INLINE_FRAGMENT

  """Location adjacent to a variable definition."""
  VARIABLE_DEFINITION

  """Location adjacent to a schema definition."""
  SCHEMA

  """Location adjacent to a scalar definition."""
  SCALAR

  """Location adjacent to an object type definition."""
  OBJECT

  """Location adjacent to a field definition."""
  FIELD_DEFINITION

  """Location adjacent to an argument definition."""
  ARGUMENT_DEFINITION

  """Location adjacent to an interface definition."""
  INTERFACE

  """Location adjacent to a union definition."""
  UNION

  """Location adjacent to an enum definition."""
  ENUM

  """Location adjacent to an enum value definition."""
  ENUM_VALUE

  """Location adjacent to an input object type definition."""
  INPUT_OBJECT

  """Location adjacent to an input object field definition."""
  INPUT_FIELD_DEFINITION

  """Location adjacent to a directive definition."""
  DIRECTIVE_DEFINITION
}
"""";

    private static readonly Dictionary<string, GraphQLNamedType> ByName = BuildTypes();

    /// <summary><c>__Schema</c>.</summary>
    public static GraphQLObjectType Schema { get; } = (GraphQLObjectType)ByName["__Schema"];

    /// <summary><c>__Type</c>.</summary>
    public static GraphQLObjectType Type { get; } = (GraphQLObjectType)ByName["__Type"];

    /// <summary><c>__TypeKind</c>.</summary>
    public static GraphQLEnumType TypeKindEnum { get; } = (GraphQLEnumType)ByName["__TypeKind"];

    /// <summary><c>__Field</c>.</summary>
    public static GraphQLObjectType Field { get; } = (GraphQLObjectType)ByName["__Field"];

    /// <summary><c>__InputValue</c>.</summary>
    public static GraphQLObjectType InputValue { get; } = (GraphQLObjectType)ByName["__InputValue"];

    /// <summary><c>__EnumValue</c>.</summary>
    public static GraphQLObjectType EnumValue { get; } = (GraphQLObjectType)ByName["__EnumValue"];

    /// <summary><c>__Directive</c>.</summary>
    public static GraphQLObjectType Directive { get; } = (GraphQLObjectType)ByName["__Directive"];

    /// <summary><c>__DirectiveLocation</c>.</summary>
    public static GraphQLEnumType DirectiveLocationEnum { get; } = (GraphQLEnumType)ByName["__DirectiveLocation"];

    /// <summary>All introspection types in graphql-js order.</summary>
    public static IReadOnlyList<GraphQLNamedType> All { get; } = new GraphQLNamedType[]
    {
        Schema, Type, TypeKindEnum, Field, InputValue, EnumValue, Directive, DirectiveLocationEnum,
    };

    /// <summary>The names of the introspection types.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(t => t.Name).ToArray();

    /// <summary><c>__schema: __Schema!</c>, available on the query root type.</summary>
    public static GraphQLField SchemaMetaField { get; } = new("__schema", Schema.NonNull())
    {
        Description = "Access the current type schema of this server.",
    };

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type.</summary>
    public static GraphQLField TypeMetaField { get; } = new(
        "__type",
        Type,
        new[] { new GraphQLArgument("name", BuiltInScalars.String.NonNull()) })
    {
        Description = "Request the type information of a single type.",
    };

    /// <summary><c>__typename: String!</c>, available on every object, interface and union type.</summary>
    public static GraphQLField TypeNameMetaField { get; } = new("__typename", BuiltInScalars.String.NonNull())
    {
        Description = "The name of the current Object type at runtime.",
    };

    /// <summary>True when <paramref name="type"/> is one of the shared introspection types.</summary>
    public static bool IsIntrospectionType(GraphQLNamedType type) =>
        type.Name.StartsWith("__", StringComparison.Ordinal) && ByName.TryGetValue(type.Name, out var own) && ReferenceEquals(own, type);

    private static Dictionary<string, GraphQLNamedType> BuildTypes()
    {
        var resolvers = new ResolverMap();
        resolvers.AddEnumValues("__TypeKind", new Dictionary<string, object>
        {
            ["SCALAR"] = TypeKind.Scalar,
            ["OBJECT"] = TypeKind.Object,
            ["INTERFACE"] = TypeKind.Interface,
            ["UNION"] = TypeKind.Union,
            ["ENUM"] = TypeKind.Enum,
            ["INPUT_OBJECT"] = TypeKind.InputObject,
            ["LIST"] = TypeKind.List,
            ["NON_NULL"] = TypeKind.NonNull,
        });
        var locations = new Dictionary<string, object>();
        foreach (var location in Enum.GetValues<DirectiveLocation>())
        {
            locations[location.ToSpecName()] = location;
        }

        resolvers.AddEnumValues("__DirectiveLocation", locations);
        var types = SchemaAssembler.BuildIntrospectionTypes(Parser.Parse(new Source(Sdl, "introspection")), resolvers);
        foreach (var type in types.Values)
        {
            type.Freeze();
        }

        return types;
    }
}
