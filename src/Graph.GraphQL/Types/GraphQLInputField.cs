namespace Graph.GraphQL.Types;

/// <summary>A field of an input object type.</summary>
public sealed class GraphQLInputField : GraphQLInputValue
{
    /// <summary>Creates an input field.</summary>
    public GraphQLInputField(string name, GraphQLType type)
        : base(name, type)
    {
    }
}
