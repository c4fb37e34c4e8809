using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>
/// What arguments and input object fields have in common (introspection's <c>__InputValue</c>): a name, an input type,
/// an optional default value, a description and a deprecation reason.
/// </summary>
public abstract class GraphQLInputValue
{
    /// <summary>Creates an input value.</summary>
    protected GraphQLInputValue(string name, GraphQLType type)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Type = type ?? throw new ArgumentNullException(nameof(type));
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The input type.</summary>
    public GraphQLType Type { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; init; }

    /// <summary>True when a default value was declared (it may be <c>null</c>).</summary>
    public bool HasDefaultValue => DefaultValueLiteral is not null;

    /// <summary>The declared default value as written in SDL, or null when there is none.</summary>
    public ValueNode? DefaultValueLiteral { get; init; }

    /// <summary>
    /// The default value coerced to its internal representation (see <see cref="AstValues.ValueFromAst"/>); only
    /// meaningful when <see cref="HasDefaultValue"/>.
    /// </summary>
    public object? DefaultValue { get; internal set; }

    /// <summary>Why the value is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>True when <see cref="DeprecationReason"/> is set.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>True when the type is non-null and there is no default: the value must be provided.</summary>
    public bool IsRequired => Type.IsNonNull && !HasDefaultValue;

    /// <summary>The SDL node this value was built from, if any.</summary>
    public InputValueDefinition? AstNode { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name + ": " + Type;
}
