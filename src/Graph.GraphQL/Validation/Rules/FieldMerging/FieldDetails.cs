using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules.FieldMerging;

/// <summary>A field node as collected for merging: the type it was selected on and its definition there.</summary>
internal sealed class FieldDetails
{
    public FieldDetails(GraphQLType? parentType, Field node, GraphQLField? definition)
    {
        ParentType = parentType;
        Node = node;
        Definition = definition;
        IsSimpleLeaf = node.Arguments.Count == 0 && node.SelectionSet is null;
    }

    /// <summary>The type the field was selected on (a type condition may name any type, or none the schema knows).</summary>
    public GraphQLType? ParentType { get; }

    public Field Node { get; }

    public GraphQLField? Definition { get; }

    /// <summary>No arguments and no sub-selection: two of these with the same name and type never conflict.</summary>
    public bool IsSimpleLeaf { get; }

    /// <summary>Comparison data, prepared the first time the field is compared with another.</summary>
    public FieldInfo Info => _info ??= new FieldInfo(Definition?.Type.NamedType, Node.Arguments);

    private FieldInfo? _info;
}
