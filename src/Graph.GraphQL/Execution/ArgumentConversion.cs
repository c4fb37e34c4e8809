using System.Collections;
using System.Globalization;

namespace Graph.GraphQL.Execution;

/// <summary>Converts coerced argument values to the .NET types resolvers ask for.</summary>
internal static class ArgumentConversion
{
    /// <summary>Converts <paramref name="value"/> of argument <paramref name="name"/> to <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidCastException">No conversion applies.</exception>
    public static T? Convert<T>(string name, object? value)
    {
        if (value is T typed)
        {
            return typed;
        }

        if (value is null)
        {
            return default;
        }

        return (T?)ConvertTo(name, value, typeof(T));
    }

    private static object? ConvertTo(string name, object? value, Type target)
    {
        if (value is null || target.IsInstanceOfType(value))
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsEnum)
        {
            var text = value is Enum ? value.ToString() : value as string;
            if (text is not null && Enum.TryParse(underlying, text, ignoreCase: true, out var member))
            {
                return member;
            }
        }
        else if (underlying == typeof(string))
        {
            if (value is Enum or IFormattable)
            {
                return System.Convert.ToString(value, CultureInfo.InvariantCulture);
            }
        }
        else if (IsNumeric(underlying) && value is IConvertible && (IsNumeric(value.GetType()) || value is string))
        {
            // Numbers convert between numeric types; strings (IDs) convert when they hold a number.
            try
            {
                return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
            }
            catch (Exception exception) when (exception is OverflowException or FormatException)
            {
                throw Fail(name, value, target);
            }
        }
        else if (value is IEnumerable items and not string && ItemTypeOf(target) is { } itemType)
        {
            var converted = new List<object?>();
            foreach (var item in items)
            {
                converted.Add(ConvertTo(name, item, itemType));
            }

            if (target.IsArray)
            {
                var array = Array.CreateInstance(itemType, converted.Count);
                for (var i = 0; i < converted.Count; i++)
                {
                    array.SetValue(converted[i], i);
                }

                return array;
            }

            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
            foreach (var item in converted)
            {
                list.Add(item);
            }

            return list;
        }

        throw Fail(name, value, target);
    }

    private static InvalidCastException Fail(string name, object value, Type target) =>
        new($"Argument \"{name}\" holds a {value.GetType().Name} that cannot be read as {target.Name}.");

    private static bool IsNumeric(Type type) => Type.GetTypeCode(type) is TypeCode.Byte or TypeCode.SByte or TypeCode.Int16
        or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64 or TypeCode.Single
        or TypeCode.Double or TypeCode.Decimal;

    private static Type? ItemTypeOf(Type target)
    {
        if (target.IsArray)
        {
            return target.GetElementType();
        }

        if (!target.IsGenericType)
        {
            return null;
        }

        var definition = target.GetGenericTypeDefinition();
        return definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyList<>) ||
               definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(ICollection<>)
            ? target.GetGenericArguments()[0]
            : null;
    }
}
