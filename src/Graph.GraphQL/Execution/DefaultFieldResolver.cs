using System.Text.Json;

namespace Graph.GraphQL.Execution;

/// <summary>
/// The resolver of fields that have none: reads the field's name from the parent value, which may be a JSON object
/// (<see cref="JsonElement"/>), a string-keyed dictionary, or a .NET object with a public property or field of that
/// name (matched exactly, then ignoring case). Anything else, or a missing member, reads as null.
/// </summary>
internal static class DefaultFieldResolver
{
    /// <summary>The value of <paramref name="field"/> on <paramref name="source"/>.</summary>
    public static object? Resolve(object? source, FieldPlan field) => field.ReadFrom(source);

    /// <summary>
    /// The <c>__typename</c> a value names for itself: a string <c>__typename</c> member of a JSON object, dictionary or
    /// .NET object; null when it has none.
    /// </summary>
    public static string? TypeNameOf(object value) =>
        MemberReader.For(value.GetType(), "__typename").Read(value) switch
        {
            string text => text,
            JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
            _ => null,
        };
}
