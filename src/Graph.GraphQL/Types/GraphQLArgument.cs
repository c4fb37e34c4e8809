namespace Graph.GraphQL.Types;

/// <summary>An argument of a field or a directive.</summary>
public sealed class GraphQLArgument : GraphQLInputValue
{
    /// <summary>Creates an argument.</summary>
    public GraphQLArgument(string name, GraphQLType type)
        : base(name, type)
    {
    }
}
