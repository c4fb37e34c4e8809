using System.Globalization;
using Graph.Model;
using Graph.Store.Neo4j.Transport;

namespace Graph.Store.Neo4j.Mapping;

/// <summary>
/// How model values are written as Cypher parameters and read back from the Query API's plain JSON: enums by name
/// (relation types by <see cref="RelationTypes.CypherName"/>), dates as <c>yyyy-MM-dd</c> (stored as Cypher DATE),
/// instants as ISO-8601 UTC strings.
/// </summary>
internal static class GraphValues
{
    public static string? Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ReadInstant(CypherValue value) =>
        DateTimeOffset.Parse(value.AsString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).ToUniversalTime();

    public static DateOnly ReadDate(CypherValue value) =>
        DateOnly.ParseExact(value.AsString(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The five time properties of a fact under a prefix ("time" or "published").</summary>
    public static void AddTime(IDictionary<string, object?> target, string prefix, TimeRange? time)
    {
        target[prefix + "Start"] = Date(time?.Start);
        target[prefix + "End"] = Date(time?.End);
        target[prefix + "Precision"] = time?.Precision.ToString();
        target[prefix + "Inferred"] = time?.Inferred;
        target[prefix + "Text"] = time?.Text;
    }

    public static TimeRange? ReadTime(CypherMap map, string prefix)
    {
        var start = map[prefix + "Start"];
        if (start.IsNull) return null;
        return new TimeRange(
            ReadDate(start),
            ReadDate(map[prefix + "End"]),
            ParseEnum<DatePrecision>(map[prefix + "Precision"]),
            !map[prefix + "Inferred"].IsNull && map[prefix + "Inferred"].AsBoolean(),
            map[prefix + "Text"].AsStringOrNull());
    }

    public static T ParseEnum<T>(CypherValue value) where T : struct, Enum =>
        Enum.TryParse<T>(value.AsString(), ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new Neo4jProtocolException($"'{value}' is not a {typeof(T).Name}");

    public static RelationType ParseRelationType(CypherValue value) =>
        RelationTypes.TryParseCypherName(value.AsString(), out var type)
            ? type
            : throw new Neo4jProtocolException($"'{value}' is not a relationship type of the graph");
}
