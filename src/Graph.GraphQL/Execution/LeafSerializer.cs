using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>
/// Result coercion of scalar values. Values that already have the output representation of a built-in scalar are
/// kept as they are (no new box); everything else goes through the scalar's <see cref="GraphQLScalarType.Serialize"/>.
/// </summary>
internal static class LeafSerializer
{
    /// <summary>The output value of <paramref name="value"/> for <paramref name="scalar"/>.</summary>
    /// <exception cref="GraphQLError">The value cannot be represented (the scalar's coercion error).</exception>
    /// <exception cref="InvalidOperationException">The scalar serialized the value to null.</exception>
    public static object Serialize(GraphQLScalarType scalar, object value)
    {
        if (ReferenceEquals(scalar, BuiltInScalars.String) || ReferenceEquals(scalar, BuiltInScalars.ID))
        {
            if (value is string)
            {
                return value;
            }
        }
        else if (ReferenceEquals(scalar, BuiltInScalars.Int))
        {
            if (value is int)
            {
                return value;
            }
        }
        else if (ReferenceEquals(scalar, BuiltInScalars.Boolean))
        {
            if (value is bool flag)
            {
                return BoxedValues.Bool(flag);
            }
        }
        else if (ReferenceEquals(scalar, BuiltInScalars.Float))
        {
            if (value is double real && double.IsFinite(real))
            {
                return value;
            }
        }

        return scalar.Serialize(value)
            ?? throw new InvalidOperationException(
                $"Expected `{scalar.Name}.serialize({ValueInspector.Inspect(value)})` to return non-nullable value, returned: null");
    }
}
