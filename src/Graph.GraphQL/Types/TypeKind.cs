namespace Graph.GraphQL.Types;

/// <summary>The kinds of type, as introspection's <c>__TypeKind</c> lists them.</summary>
public enum TypeKind
{
    /// <summary>SCALAR</summary>
    Scalar,

    /// <summary>OBJECT</summary>
    Object,

    /// <summary>INTERFACE</summary>
    Interface,

    /// <summary>UNION</summary>
    Union,

    /// <summary>ENUM</summary>
    Enum,

    /// <summary>INPUT_OBJECT</summary>
    InputObject,

    /// <summary>LIST</summary>
    List,

    /// <summary>NON_NULL</summary>
    NonNull,
}
