namespace Graph.GraphQL.Language.Ast;

/// <summary>A type reference: <see cref="NamedType"/>, <see cref="ListType"/> or <see cref="NonNullType"/>.</summary>
public abstract class TypeNode : Node
{
    /// <summary>The innermost named type of this reference (strips list and non-null wrappers).</summary>
    public NamedType GetNamedType()
    {
        TypeNode current = this;
        while (true)
        {
            switch (current)
            {
                case NamedType named:
                    return named;
                case ListType list:
                    current = list.Type;
                    break;
                case NonNullType nonNull:
                    current = nonNull.Type;
                    break;
                default:
                    throw new InvalidOperationException($"Unknown type node {current.GetType().Name}.");
            }
        }
    }
}
