using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>An enum type: a closed set of named values, each standing for an internal value.</summary>
public sealed class GraphQLEnumType : GraphQLNamedType
{
    private readonly List<GraphQLEnumValue> _values = new();
    private readonly Dictionary<string, GraphQLEnumValue> _byName = new(StringComparer.Ordinal);
    private Dictionary<object, GraphQLEnumValue>? _byValue;

    /// <summary>Creates an enum type with no values yet.</summary>
    public GraphQLEnumType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The values in declaration order.</summary>
    public IReadOnlyList<GraphQLEnumValue> Values => _values;

    /// <summary>The value with the given name, or null.</summary>
    public GraphQLEnumValue? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Adds a value; false when the name is already present.</summary>
    public bool AddValue(GraphQLEnumValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        EnsureNotFrozen();
        if (!_byName.TryAdd(value.Name, value))
        {
            return false;
        }

        _values.Add(value);
        _byValue = null;
        return true;
    }

    /// <summary>
    /// Result coercion: the name of the value whose internal value equals <paramref name="value"/>. A .NET enum
    /// member whose name equals a value name is accepted too.
    /// </summary>
    public string Serialize(object? value)
    {
        if (value is not null)
        {
            var lookup = _byValue ??= BuildValueLookup();
            if (lookup.TryGetValue(value, out var found))
            {
                return found.Name;
            }

            if (value is Enum member && _byName.TryGetValue(member.ToString(), out var byName))
            {
                return byName.Name;
            }

            if (value is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } json &&
                lookup.TryGetValue(json.GetString()!, out var fromJson))
            {
                return fromJson.Name;
            }
        }

        throw new GraphQLCoercionError($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Input coercion of a variable value: the value's name as a string.</summary>
    public object ParseValue(object? value)
    {
        if (!JsValue.TryGetString(value, out var text))
        {
            var shown = ValueInspector.Inspect(value);
            throw new GraphQLCoercionError($"Enum \"{Name}\" cannot represent non-string value: {shown}." + DidYouMean(shown));
        }

        var enumValue = GetValue(text)
            ?? throw new GraphQLCoercionError($"Value \"{text}\" does not exist in \"{Name}\" enum." + DidYouMean(text));
        return enumValue.Value;
    }

    /// <summary>Input coercion of a literal: an enum literal naming one of the values.</summary>
    public object ParseLiteral(ValueNode node)
    {
        if (node is not EnumValue literal)
        {
            var shown = Printer.Print(node);
            throw new GraphQLCoercionError($"Enum \"{Name}\" cannot represent non-enum value: {shown}." + DidYouMean(shown), node);
        }

        var enumValue = GetValue(literal.Value)
            ?? throw new GraphQLCoercionError(
                $"Value \"{literal.Value}\" does not exist in \"{Name}\" enum." + DidYouMean(literal.Value), node);
        return enumValue.Value;
    }

    /// <inheritdoc />
    internal override void Freeze()
    {
        _byValue ??= BuildValueLookup();
        base.Freeze();
    }

    private string DidYouMean(string input) =>
        Suggestions.DidYouMean(Suggestions.SuggestionList(input, _values.Select(v => v.Name)), "the enum value");

    private Dictionary<object, GraphQLEnumValue> BuildValueLookup()
    {
        var lookup = new Dictionary<object, GraphQLEnumValue>();
        foreach (var value in _values)
        {
            lookup.TryAdd(value.Value, value);
        }

        return lookup;
    }
}
