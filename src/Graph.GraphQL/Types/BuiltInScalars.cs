namespace Graph.GraphQL.Types;

/// <summary>The five scalars every schema knows (shared instances), and lookup of the extra scalars this engine ships.</summary>
public static class BuiltInScalars
{
    /// <summary><c>Int</c>.</summary>
    public static IntScalar Int { get; } = Freeze(new IntScalar());

    /// <summary><c>Float</c>.</summary>
    public static FloatScalar Float { get; } = Freeze(new FloatScalar());

    /// <summary><c>String</c>.</summary>
    public static StringScalar String { get; } = Freeze(new StringScalar());

    /// <summary><c>Boolean</c>.</summary>
    public static BooleanScalar Boolean { get; } = Freeze(new BooleanScalar());

    /// <summary><c>ID</c>.</summary>
    public static IdScalar ID { get; } = Freeze(new IdScalar());

    /// <summary>The specified scalars in graphql-js order: String, Int, Float, Boolean, ID.</summary>
    public static IReadOnlyList<GraphQLScalarType> Specified { get; } = new GraphQLScalarType[] { String, Int, Float, Boolean, ID };

    /// <summary>The specified scalar with the given name, or null.</summary>
    public static GraphQLScalarType? GetSpecified(string name) => name switch
    {
        "String" => String,
        "Int" => Int,
        "Float" => Float,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };

    /// <summary>
    /// A fresh instance of one of the engine's extra scalars (<c>DateTime</c>, <c>Date</c>, <c>JSON</c>) for a schema
    /// whose SDL declares it, or null for other names.
    /// </summary>
    public static GraphQLScalarType? CreateExtra(string name, string? description) => name switch
    {
        "DateTime" => new DateTimeScalar(description),
        "Date" => new DateScalar(description),
        "JSON" => new JsonScalar(description),
        _ => null,
    };

    private static T Freeze<T>(T type)
        where T : GraphQLNamedType
    {
        type.Freeze();
        return type;
    }
}
