namespace Graph.GraphQL.Types;

/// <summary>
/// Any GraphQL type: a named type or a <see cref="GraphQLList"/>/<see cref="GraphQLNonNull"/> wrapper.
/// <see cref="ToString"/> prints the type reference as SDL does, e.g. <c>[String!]!</c>.
/// </summary>
public abstract class GraphQLType
{
    private GraphQLList? _list;
    private GraphQLNonNull? _nonNull;

    /// <summary>The kind of this type.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>The named type at the core of this type (itself for named types).</summary>
    public abstract GraphQLNamedType NamedType { get; }

    /// <summary>This type without a top-level non-null wrapper.</summary>
    public GraphQLType NullableType => this is GraphQLNonNull nonNull ? nonNull.OfType : this;

    /// <summary>True for <see cref="GraphQLNonNull"/>.</summary>
    public bool IsNonNull => Kind == TypeKind.NonNull;

    /// <summary>True for <see cref="GraphQLList"/> (not for a non-null list).</summary>
    public bool IsList => Kind == TypeKind.List;

    /// <summary>True when the named type is a scalar, enum or input object: allowed for arguments and variables.</summary>
    public bool IsInputType => NamedType.Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>True when the named type is a scalar, object, interface, union or enum: allowed for fields.</summary>
    public bool IsOutputType => NamedType.Kind is not TypeKind.InputObject;

    /// <summary>True when this type itself is a scalar or an enum.</summary>
    public bool IsLeafType => Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>True when this type itself is an object, interface or union.</summary>
    public bool IsCompositeType => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    /// <summary>True when this type itself is an interface or a union.</summary>
    public bool IsAbstractType => Kind is TypeKind.Interface or TypeKind.Union;

    /// <summary>A list of this type (the same instance on every call).</summary>
    public GraphQLList ListOf() => _list ??= new GraphQLList(this);

    /// <summary>A non-null version of this type (the same instance on every call).</summary>
    /// <exception cref="ArgumentException">This type is already non-null.</exception>
    public GraphQLNonNull NonNull() => _nonNull ??= new GraphQLNonNull(this);
}
