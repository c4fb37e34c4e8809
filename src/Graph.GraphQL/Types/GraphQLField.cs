using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>A field of an object or interface type: name, output type, arguments and an optional resolver.</summary>
public sealed class GraphQLField
{
    private static readonly IReadOnlyList<GraphQLArgument> NoArguments = Array.Empty<GraphQLArgument>();

    /// <summary>Creates a field.</summary>
    public GraphQLField(string name, GraphQLType type, IReadOnlyList<GraphQLArgument>? arguments = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Type = type ?? throw new ArgumentNullException(nameof(type));
        Arguments = arguments is { Count: > 0 } ? arguments : NoArguments;
    }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>The output type.</summary>
    public GraphQLType Type { get; }

    /// <summary>The arguments in declaration order.</summary>
    public IReadOnlyList<GraphQLArgument> Arguments { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; init; }

    /// <summary>Why the field is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>True when <see cref="DeprecationReason"/> is set.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The SDL node this field was built from, if any.</summary>
    public FieldDefinition? AstNode { get; init; }

    /// <summary>
    /// The resolver from the <see cref="ResolverMap"/>, or null to use the executor's default (read the field from
    /// the parent value).
    /// </summary>
    public FieldResolver? Resolver { get; set; }

    /// <summary>The argument with the given name, or null.</summary>
    public GraphQLArgument? GetArgument(string name)
    {
        var arguments = Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name == name)
            {
                return arguments[i];
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Name + ": " + Type;
}
