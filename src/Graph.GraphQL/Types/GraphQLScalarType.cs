using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>
/// A scalar type. The three coercions follow the spec's scalar section:
/// <see cref="Serialize"/> turns a resolver's value into a response value (result coercion),
/// <see cref="ParseValue"/> turns a variable value (a <see cref="System.Text.Json.JsonElement"/> or plain .NET value)
/// into the internal value, and <see cref="ParseLiteral"/> does the same for a literal in the document. Each throws a
/// <see cref="GraphQLCoercionError"/> when the value does not fit. This base class is the behaviour of a custom scalar
/// declared in SDL without an implementation: values pass through unchanged and literals become plain values.
/// </summary>
public class GraphQLScalarType : GraphQLNamedType
{
    /// <summary>Creates a scalar type.</summary>
    public GraphQLScalarType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the scalar's specification (<c>@specifiedBy(url:)</c>), or null.</summary>
    public string? SpecifiedByUrl { get; internal set; }

    /// <summary>True for Int, Float, String, Boolean and ID.</summary>
    public virtual bool IsSpecifiedScalar => false;

    /// <summary>Result coercion: the value to put in the response.</summary>
    public virtual object? Serialize(object? value) => value;

    /// <summary>Input coercion of a variable value.</summary>
    public virtual object? ParseValue(object? value) => value;

    /// <summary>Input coercion of a literal; variables inside list or object literals are looked up in <paramref name="variables"/>.</summary>
    public virtual object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null) =>
        AstValues.ValueFromAstUntyped(node, variables);
}
