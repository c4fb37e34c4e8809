using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>One value of an enum type: its name in GraphQL and the internal value it stands for.</summary>
public sealed class GraphQLEnumValue
{
    /// <summary>Creates an enum value whose internal value is <paramref name="value"/> (the name when omitted).</summary>
    public GraphQLEnumValue(string name, object? value = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Value = value ?? name;
    }

    /// <summary>The value's name as it appears in documents and responses.</summary>
    public string Name { get; }

    /// <summary>The internal value resolvers return and receive; the name unless mapped in the <see cref="ResolverMap"/>.</summary>
    public object Value { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; init; }

    /// <summary>Why the value is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>True when <see cref="DeprecationReason"/> is set.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The SDL node this value was built from, if any.</summary>
    public EnumValueDefinition? AstNode { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
