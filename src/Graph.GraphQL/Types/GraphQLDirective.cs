using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>A directive definition: name, arguments, allowed locations and whether it may repeat.</summary>
public sealed class GraphQLDirective
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary>Creates a directive.</summary>
    public GraphQLDirective(
        string name,
        IReadOnlyList<DirectiveLocation> locations,
        IReadOnlyList<GraphQLArgument>? arguments = null,
        bool isRepeatable = false,
        string? description = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Locations = locations ?? throw new ArgumentNullException(nameof(locations));
        Arguments = arguments ?? Array.Empty<GraphQLArgument>();
        IsRepeatable = isRepeatable;
        Description = description;
    }

    /// <summary>The name without <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; init; }

    /// <summary>Where the directive may be applied.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>The arguments in declaration order.</summary>
    public IReadOnlyList<GraphQLArgument> Arguments { get; }

    /// <summary>True when the directive may appear more than once at one location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>The SDL node this directive was built from, if any.</summary>
    public DirectiveDefinition? AstNode { get; init; }

    /// <summary>True for the directives the spec defines (include, skip, deprecated, specifiedBy, oneOf).</summary>
    public bool IsSpecified => ReferenceEquals(this, Include) || ReferenceEquals(this, Skip) ||
        ReferenceEquals(this, Deprecated) || ReferenceEquals(this, SpecifiedBy) || ReferenceEquals(this, OneOf);

    /// <summary>The argument with the given name, or null.</summary>
    public GraphQLArgument? GetArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary><c>@include(if: Boolean!)</c>.</summary>
    public static GraphQLDirective Include { get; } = new(
        "include",
        new[] { DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment },
        new[] { new GraphQLArgument("if", BuiltInScalars.Boolean.NonNull()) { Description = "Included when true." } },
        description: "Directs the executor to include this field or fragment only when the `if` argument is true.");

    /// <summary><c>@skip(if: Boolean!)</c>.</summary>
    public static GraphQLDirective Skip { get; } = new(
        "skip",
        new[] { DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment },
        new[] { new GraphQLArgument("if", BuiltInScalars.Boolean.NonNull()) { Description = "Skipped when true." } },
        description: "Directs the executor to skip this field or fragment when the `if` argument is true.");

    /// <summary><c>@deprecated(reason: String = "No longer supported")</c>.</summary>
    public static GraphQLDirective Deprecated { get; } = new(
        "deprecated",
        new[]
        {
            DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition,
            DirectiveLocation.EnumValue, DirectiveLocation.DirectiveDefinition,
        },
        new[]
        {
            new GraphQLArgument("reason", BuiltInScalars.String)
            {
                Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                DefaultValue = DefaultDeprecationReason,
                DefaultValueLiteral = new StringValue { Value = DefaultDeprecationReason },
            },
        },
        description: "Marks an element of a GraphQL schema as no longer supported.");

    /// <summary><c>@specifiedBy(url: String!)</c>.</summary>
    public static GraphQLDirective SpecifiedBy { get; } = new(
        "specifiedBy",
        new[] { DirectiveLocation.Scalar },
        new[] { new GraphQLArgument("url", BuiltInScalars.String.NonNull()) { Description = "The URL that specifies the behavior of this scalar." } },
        description: "Exposes a URL that specifies the behavior of this scalar.");

    /// <summary><c>@oneOf</c>.</summary>
    public static GraphQLDirective OneOf { get; } = new(
        "oneOf",
        new[] { DirectiveLocation.InputObject },
        description: "Indicates exactly one field must be supplied and this field must not be `null`.");

    /// <summary>The specified directives in graphql-js order.</summary>
    public static IReadOnlyList<GraphQLDirective> Specified { get; } = new[] { Include, Skip, Deprecated, SpecifiedBy, OneOf };

    /// <inheritdoc />
    public override string ToString() => "@" + Name;
}
