using System.Globalization;
using System.Text;
using System.Text.Json;
using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>
/// The spec's CoerceVariableValues: turns the request's JSON variable values into internal values of the declared
/// types (lists as <see cref="List{T}"/>, input objects as <see cref="Dictionary{TKey,TValue}"/>), applying defaults
/// and reporting every problem with graphql-js's wording, up to a limit.
/// </summary>
internal sealed class VariableCoercion
{
    /// <summary>The message added when the error limit is reached.</summary>
    public const string TooManyErrorsMessage = "Too many errors processing variables, error limit reached. Execution aborted.";

    private readonly List<GraphQLError> _errors;
    private readonly int _maxErrors;
    private readonly List<object> _path = new();
    private VariableDefinition _definition = null!;

    private VariableCoercion(List<GraphQLError> errors, int maxErrors)
    {
        _errors = errors;
        _maxErrors = maxErrors;
    }

    /// <summary>
    /// Coerces the variables of <paramref name="operation"/>. Problems are added to <paramref name="errors"/>; the
    /// returned values are only meaningful when none were added.
    /// </summary>
    public static Dictionary<string, object?> Coerce(
        GraphQLSchema schema,
        OperationDefinition operation,
        JsonElement? inputs,
        int maxErrors,
        List<GraphQLError> errors)
    {
        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        var given = inputs ?? default;
        if (given.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
        {
            errors.Add(new GraphQLError("Variables must be provided as a JSON object."));
            return coerced;
        }

        var hasInputs = given.ValueKind == JsonValueKind.Object;
        var coercion = new VariableCoercion(errors, maxErrors);
        try
        {
            foreach (var definition in operation.VariableDefinitions)
            {
                coercion._definition = definition;
                var name = definition.Variable.Name.Value;
                var type = schema.GetTypeFromAst(definition.Type);
                if (type is null || !type.IsInputType)
                {
                    coercion.Report(new GraphQLError(
                        $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                        definition.Type));
                    continue;
                }

                if (!hasInputs || !given.TryGetProperty(name, out var value))
                {
                    if (definition.DefaultValue is { } defaultValue)
                    {
                        if (AstValues.TryValueFromAst(defaultValue, type, null, out var defaulted))
                        {
                            coerced[name] = defaulted;
                        }
                    }
                    else if (type.IsNonNull)
                    {
                        coercion.Report(new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
                    }

                    continue;
                }

                if (value.ValueKind == JsonValueKind.Null && type.IsNonNull)
                {
                    coercion.Report(new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
                    continue;
                }

                coercion._path.Clear();
                coerced[name] = coercion.CoerceInput(value, type);
            }
        }
        catch (TooManyErrors)
        {
            errors.Add(new GraphQLError(TooManyErrorsMessage));
        }

        return coerced;
    }

    private object? CoerceInput(JsonElement value, GraphQLType type)
    {
        if (type is GraphQLNonNull nonNull)
        {
            if (value.ValueKind != JsonValueKind.Null)
            {
                return CoerceInput(value, nonNull.OfType);
            }

            Invalid(value, $"Expected non-nullable type \"{type}\" not to be null.");
            return null;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        switch (type)
        {
            case GraphQLList list:
                if (value.ValueKind != JsonValueKind.Array)
                {
                    return new List<object?>(1) { CoerceInput(value, list.OfType) };
                }

                var items = new List<object?>(value.GetArrayLength());
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    _path.Add(index++);
                    items.Add(CoerceInput(item, list.OfType));
                    _path.RemoveAt(_path.Count - 1);
                }

                return items;

            case GraphQLInputObjectType inputObject:
                return CoerceInputObject(value, inputObject);

            case GraphQLEnumType enumType:
                return ParseLeaf(value, enumType, () => enumType.ParseValue(value));

            case GraphQLScalarType scalar:
                return ParseLeaf(value, scalar, () => scalar.ParseValue(value));

            default:
                Invalid(value, $"Expected type \"{type}\".");
                return null;
        }
    }

    private Dictionary<string, object?>? CoerceInputObject(JsonElement value, GraphQLInputObjectType type)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            Invalid(value, $"Expected type \"{type.Name}\" to be an object.");
            return null;
        }

        var coerced = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!value.TryGetProperty(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = field.DefaultValue;
                }
                else if (field.Type.IsNonNull)
                {
                    Invalid(value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            _path.Add(field.Name);
            coerced[field.Name] = CoerceInput(fieldValue, field.Type);
            _path.RemoveAt(_path.Count - 1);
        }

        foreach (var property in value.EnumerateObject())
        {
            if (type.GetField(property.Name) is null)
            {
                var suggestions = Suggestions.SuggestionList(property.Name, type.Fields.Select(f => f.Name));
                Invalid(value, $"Field \"{property.Name}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(suggestions));
            }
        }

        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                Invalid(value, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }
            else
            {
                var (key, only) = coerced.First();
                if (only is null)
                {
                    _path.Add(key);
                    InvalidValue(null, $"Field \"{key}\" must be non-null.");
                    _path.RemoveAt(_path.Count - 1);
                }
            }
        }

        return coerced;
    }

    private object? ParseLeaf(JsonElement value, GraphQLNamedType type, Func<object?> parse)
    {
        object? parsed;
        try
        {
            parsed = parse();
        }
        catch (GraphQLError error)
        {
            Invalid(value, error.Message, error);
            return null;
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or ArgumentException or OverflowException or InvalidOperationException)
        {
            Invalid(value, $"Expected type \"{type.Name}\". " + exception.Message, exception);
            return null;
        }

        if (parsed is null)
        {
            Invalid(value, $"Expected type \"{type.Name}\".");
        }

        return parsed;
    }

    private void Invalid(JsonElement value, string reason, Exception? cause = null) => InvalidValue(value, reason, cause);

    private void InvalidValue(object? value, string reason, Exception? cause = null)
    {
        var name = _definition.Variable.Name.Value;
        var message = new StringBuilder("Variable \"$").Append(name).Append("\" got invalid value ").Append(ValueInspector.Inspect(value));
        if (_path.Count > 0)
        {
            message.Append(" at \"").Append(name);
            foreach (var segment in _path)
            {
                if (segment is int index)
                {
                    message.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
                else
                {
                    message.Append('.').Append(segment);
                }
            }

            message.Append('"');
        }

        message.Append("; ").Append(reason);
        Report(new GraphQLError(message.ToString(), new Node[] { _definition }, originalError: cause));
    }

    private void Report(GraphQLError error)
    {
        if (_errors.Count >= _maxErrors)
        {
            throw new TooManyErrors();
        }

        _errors.Add(error);
    }

    private sealed class TooManyErrors : Exception
    {
    }
}
