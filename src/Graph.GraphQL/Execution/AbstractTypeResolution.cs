using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>Finds the object type of a value of an interface or union type (the spec's ResolveAbstractType).</summary>
internal sealed partial class ExecutionState
{
    /// <summary>
    /// The sub-selection plan for the runtime object type of <paramref name="value"/>. The type comes from the
    /// abstract type's <see cref="TypeResolver"/> when one is registered; otherwise from the value's <c>__typename</c>,
    /// or from the name of its .NET type when that names a possible type.
    /// </summary>
    /// <exception cref="GraphQLError">No object type, an unknown type, or a type that is not possible here.</exception>
    private SelectionPlan ResolveRuntimePlan(
        GraphQLNamedType abstractType,
        FieldPlan field,
        object value,
        ResolveContext? context,
        ResultNode parent,
        int slot)
    {
        var resolver = abstractType switch
        {
            GraphQLInterfaceType interfaceType => interfaceType.ResolveType,
            GraphQLUnionType union => union.ResolveType,
            _ => null,
        };

        string? typeName;
        if (resolver is not null)
        {
            context ??= new ResolveContext(this, field, parent, slot, OwnerSource(parent), field.CoerceArguments(Variables));
            typeName = resolver(value, context);
        }
        else
        {
            typeName = DefaultFieldResolver.TypeNameOf(value) ?? ClrTypeName(abstractType, value);
        }

        if (typeName is null)
        {
            throw new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.ParentType.Name}.{field.FieldName}\". " +
                $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                field.Nodes);
        }

        var runtimeType = Schema.GetType(typeName);
        if (runtimeType is null)
        {
            throw new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.",
                field.Nodes);
        }

        if (runtimeType is not GraphQLObjectType objectType)
        {
            throw new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".",
                field.Nodes);
        }

        if (!Schema.IsSubType(abstractType, objectType))
        {
            throw new GraphQLError(
                $"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".",
                field.Nodes);
        }

        return field.GetChildPlan(objectType);
    }

    private string? ClrTypeName(GraphQLNamedType abstractType, object value)
    {
        if (value is System.Text.Json.JsonElement or System.Collections.IDictionary)
        {
            return null;
        }

        var name = value.GetType().Name;
        return Schema.GetType(name) is GraphQLObjectType candidate && Schema.IsSubType(abstractType, candidate) ? name : null;
    }

    private static object? OwnerSource(ResultNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            if (current is ResultObject owner)
            {
                return owner.Source;
            }
        }

        return null;
    }
}
