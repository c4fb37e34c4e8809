using System.Collections;
using System.Globalization;
using Graph.GraphQL.Execution;
using Graph.Model;

namespace Graph.Server.Api;

/// <summary>Typed reads of coerced GraphQL arguments, with the bounds the API promises.</summary>
public static class Args
{
    public static string? String(this ResolveContext ctx, string name) => ctx.Arguments.TryGetValue(name, out var v) ? v?.ToString() : null;

    public static string RequiredString(this ResolveContext ctx, string name) =>
        ctx.String(name) ?? throw new ApiInputException($"Argument '{name}' is required.");

    public static int Int(this ResolveContext ctx, string name, int fallback, int min, int max)
    {
        if (!ctx.Arguments.TryGetValue(name, out var v) || v is null) return fallback;
        var value = Convert.ToInt64(v, CultureInfo.InvariantCulture);
        if (value < min || value > max) throw new ApiInputException($"Argument '{name}' must be between {min} and {max}; got {value}.");
        return (int)value;
    }

    public static IReadOnlyList<string>? StringList(this ResolveContext ctx, string name) =>
        ctx.Arguments.TryGetValue(name, out var v) ? ToStrings(v) : null;

    public static IReadOnlyList<T>? EnumList<T>(this ResolveContext ctx, string name) where T : struct, Enum =>
        ctx.Arguments.TryGetValue(name, out var v) ? ToEnums<T>(v) : null;

    public static T? Enum<T>(this ResolveContext ctx, string name) where T : struct, Enum =>
        ctx.Arguments.TryGetValue(name, out var v) && v is not null ? ToEnum<T>(v) : null;

    public static DateOnly? Date(this ResolveContext ctx, string name) =>
        ctx.Arguments.TryGetValue(name, out var v) ? ToDate(v) : null;

    public static IReadOnlyDictionary<string, object?>? Input(this ResolveContext ctx, string name) =>
        ctx.Arguments.TryGetValue(name, out var v) ? v as IReadOnlyDictionary<string, object?> : null;

    public static IReadOnlyList<string>? ToStrings(object? v) => v switch
    {
        null => null,
        string s => [s],
        IEnumerable e => e.Cast<object?>().Where(x => x is not null).Select(x => x!.ToString()!).ToArray(),
        _ => [v.ToString()!],
    };

    public static IReadOnlyList<T>? ToEnums<T>(object? v) where T : struct, Enum => v switch
    {
        null => null,
        IEnumerable e and not string => e.Cast<object?>().Where(x => x is not null).Select(x => ToEnum<T>(x!)).ToArray(),
        _ => [ToEnum<T>(v)],
    };

    public static T ToEnum<T>(object v) where T : struct, Enum => v switch
    {
        T t => t,
        string s when EnumNames.TryParse<T>(s, out var parsed) => parsed,
        _ => throw new ApiInputException($"'{v}' is not a {typeof(T).Name}."),
    };

    public static DateOnly? ToDate(object? v) => v switch
    {
        null => null,
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        DateTimeOffset dto => DateOnly.FromDateTime(dto.UtcDateTime),
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        _ => throw new ApiInputException($"'{v}' is not a date (yyyy-MM-dd)."),
    };
}

/// <summary>A client's argument is out of bounds or inconsistent; reported as a GraphQL error with code BAD_USER_INPUT.</summary>
public sealed class ApiInputException(string message) : Exception(message)
{
    public const string Code = "BAD_USER_INPUT";
}
