using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules.FieldMerging;

/// <summary>What comparing a field needs, built only for fields that overlap with another.</summary>
internal sealed class FieldInfo
{
    public FieldInfo(GraphQLNamedType? namedType, IReadOnlyList<Argument> arguments)
    {
        NamedType = namedType;
        Arguments = arguments;
        if (arguments.Count > 0)
        {
            ValuesByName = new Dictionary<string, ValueNode>(arguments.Count, StringComparer.Ordinal);
            foreach (var argument in arguments)
            {
                ValuesByName[argument.Name.Value] = argument.Value;
            }
        }
    }

    /// <summary>The named return type of the field, or null when the field is unknown.</summary>
    public GraphQLNamedType? NamedType { get; }

    /// <summary>The argument nodes as written.</summary>
    public IReadOnlyList<Argument> Arguments { get; }

    /// <summary>Argument values by name (the last one for a repeated name); null when there are no arguments.</summary>
    public Dictionary<string, ValueNode>? ValuesByName { get; }

    /// <summary>Outcome of comparing names and arguments with another field: a reason, or null when they agree.</summary>
    public Dictionary<FieldInfo, string?> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);
}
