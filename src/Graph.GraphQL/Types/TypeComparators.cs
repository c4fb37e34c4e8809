namespace Graph.GraphQL.Types;

/// <summary>Type relations used by validation and schema checks (graphql-js <c>typeComparators</c>).</summary>
public static class TypeComparators
{
    /// <summary>True when both types are the same named type with the same list/non-null wrapping.</summary>
    public static bool IsEqualType(GraphQLType typeA, GraphQLType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        return (typeA, typeB) switch
        {
            (GraphQLNonNull a, GraphQLNonNull b) => IsEqualType(a.OfType, b.OfType),
            (GraphQLList a, GraphQLList b) => IsEqualType(a.OfType, b.OfType),
            _ => false,
        };
    }

    /// <summary>
    /// True when a value of <paramref name="maybeSubType"/> may be used where <paramref name="superType"/> is expected
    /// (covariant output types: non-null narrows nullable, lists compare items, objects and interfaces narrow their
    /// abstract supertypes).
    /// </summary>
    public static bool IsTypeSubTypeOf(GraphQLSchema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType) || IsEqualType(maybeSubType, superType))
        {
            return true;
        }

        if (superType is GraphQLNonNull superNonNull)
        {
            return maybeSubType is GraphQLNonNull subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is GraphQLNonNull nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is GraphQLList superList)
        {
            return maybeSubType is GraphQLList subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is GraphQLList)
        {
            return false;
        }

        return superType.IsAbstractType &&
               maybeSubType is GraphQLObjectType or GraphQLInterfaceType &&
               schema.IsSubType((GraphQLNamedType)superType, (GraphQLNamedType)maybeSubType);
    }

    /// <summary>True when some object type could be both <paramref name="typeA"/> and <paramref name="typeB"/>.</summary>
    public static bool DoTypesOverlap(GraphQLSchema schema, GraphQLNamedType typeA, GraphQLNamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA.IsAbstractType)
        {
            if (typeB.IsAbstractType)
            {
                var possibleB = schema.GetPossibleTypes(typeB);
                return schema.GetPossibleTypes(typeA).Any(possibleB.Contains);
            }

            return schema.IsSubType(typeA, typeB);
        }

        if (typeB.IsAbstractType)
        {
            return schema.IsSubType(typeB, typeA);
        }

        return false;
    }
}
