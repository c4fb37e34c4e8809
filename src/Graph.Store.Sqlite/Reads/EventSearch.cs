using System.Globalization;
using Graph.Model;
using Graph.Store.Sqlite.Data;
using Graph.Store.Sqlite.Mapping;

namespace Graph.Store.Sqlite.Reads;

/// <summary>
/// Events filtered by type, participant (and role), mediator, place and time window, in a stable order with keyset
/// paging: events with a time first (by start, ascending or descending), then events without one; ties by id.
/// The sort key of an event is (untimed, start × direction, id), and the cursor carries the key of the last item.
/// </summary>
internal static class EventSearch
{
    private const int EventKind = (int)NodeKind.Event;
    private const int Mediator = (int)RelationType.Mediator;
    private const int Broker = (int)RelationType.Broker;
    private const int Location = (int)RelationType.Location;

    /// <summary>
    /// Most events last a day or two; longer ones (a month or a year given as the date, wars, missions) have partial
    /// indexes of their own by length (<see cref="Schema.SchemaV2"/>). The numbers are written into the statements as
    /// literals because SQLite only uses a partial index when the query repeats its condition word for word.
    /// </summary>
    public const int ShortDays = 2;

    /// <inheritdoc cref="ShortDays"/>
    public const int MonthDays = 40;

    /// <inheritdoc cref="ShortDays"/>
    public const int YearDays = 400;

    private const string Ids = """
        inv(id) AS (SELECT coalesce(rd.survivor_id, j.value) FROM json_each(@involving) j LEFT JOIN redirects rd ON rd.merged_id = j.value),
        med(id) AS (SELECT coalesce(rd.survivor_id, j.value) FROM json_each(@mediated) j LEFT JOIN redirects rd ON rd.merged_id = j.value),
        plc(id) AS (SELECT coalesce((SELECT survivor_id FROM redirects WHERE merged_id = @place), @place))
        """;

    /// <summary>Events with a relation to at least @at_least of the involved ids (read from the relations' target index alone).</summary>
    private static readonly string InvolvedEvents = """
        SELECT rel.from_id FROM relations rel
        WHERE rel.to_id IN (SELECT id FROM inv)
          AND (@roles IS NULL OR rel.type IN (SELECT value FROM json_each(@roles)))
        GROUP BY rel.from_id HAVING count(DISTINCT rel.to_id) >= @at_least
        """;

    private static readonly string MediatedEvents = $"""
        SELECT rel.from_id FROM relations rel
        WHERE rel.to_id IN (SELECT id FROM med) AND rel.type IN ({Mediator}, {Broker})
        """;

    /// <summary>The filters that every variant below tests on the rows it reads (the participant filter is apart).</summary>
    private static readonly string Filters = $"""
        (@types IS NULL OR n.event_type IN (SELECT value FROM json_each(@types)))
        AND (@mediated IS NULL OR n.id IN ({MediatedEvents}))
        AND (@place IS NULL OR n.id IN (
              SELECT rel.from_id FROM relations rel
              WHERE rel.to_id IN (SELECT id FROM plc) AND rel.type = {Location}))
        AND (@from IS NULL OR (n.t_end IS NOT NULL AND n.t_end >= @from))
        AND (@to IS NULL OR (n.t_start IS NOT NULL AND n.t_start <= @to))
        """;

    private static readonly string InvolvementFilter = $"(@involving IS NULL OR n.id IN ({InvolvedEvents}))";

    private const string Columns = "n.id, n.t_start IS NULL AS untimed, coalesce(n.t_start, 0) * @sign AS sortkey";

    /// <summary>Any filters: the events are read in the order of the kind index and each is tested.</summary>
    private static readonly string Scanned = $"""
        m AS (SELECT {Columns} FROM nodes n WHERE n.kind = {EventKind} AND {InvolvementFilter} AND {Filters})
        """;

    /// <summary>
    /// A time window: an event that overlaps it either starts at most <see cref="ShortDays"/> days before it (a range
    /// of the kind-and-time index), or lasts longer than that and is found among the fewer such events by its length:
    /// up to <see cref="MonthDays"/> or <see cref="YearDays"/> days by their start, longer ones by their end. The four
    /// sets do not meet and together hold every overlapping event; only index entries are read to find them.
    /// </summary>
    private static readonly string Windowed = $"""
        m AS (
            SELECT {Columns} FROM nodes n
            WHERE n.kind = {EventKind} AND n.t_start BETWEEN @from - {ShortDays} AND @to AND {InvolvementFilter} AND {Filters}
            UNION ALL
            SELECT {Columns} FROM nodes n
            WHERE n.kind = {EventKind} AND n.t_end - n.t_start > {ShortDays} AND n.t_end - n.t_start <= {MonthDays}
              AND n.t_start >= @from - {MonthDays} AND n.t_start < @from - {ShortDays} AND {InvolvementFilter} AND {Filters}
            UNION ALL
            SELECT {Columns} FROM nodes n
            WHERE n.kind = {EventKind} AND n.t_end - n.t_start > {MonthDays} AND n.t_end - n.t_start <= {YearDays}
              AND n.t_start >= @from - {YearDays} AND n.t_start < @from - {ShortDays} AND {InvolvementFilter} AND {Filters}
            UNION ALL
            SELECT {Columns} FROM nodes n
            WHERE n.kind = {EventKind} AND n.t_end - n.t_start > {YearDays} AND n.t_end >= @from
              AND n.t_start < @from - {ShortDays} AND {InvolvementFilter} AND {Filters})
        """;

    /// <summary>
    /// Involved entities given: the events come from the relations pointing at those entities (the relations' target
    /// index) and are then read by id; the unary plus keeps SQLite from scanning the kind index instead.
    /// </summary>
    private static readonly string Involved = $"""
        m AS (SELECT {Columns} FROM nodes n WHERE n.id IN ({InvolvedEvents}) AND +n.kind = {EventKind} AND {Filters})
        """;

    private static string CountSql(string source) => $"WITH {Ids}, {source} SELECT count(*) FROM m";

    private static string PageSql(string source) => $"""
        WITH {Ids}, {source}
        SELECT m.untimed, m.sortkey, {NodeColumns.Select}
        FROM m JOIN nodes n ON n.id = m.id LEFT JOIN documents d ON d.id = n.id
        WHERE @after_id IS NULL OR (m.untimed, m.sortkey, m.id) > (@after_untimed, @after_key, @after_id)
        ORDER BY m.untimed, m.sortkey, m.id
        LIMIT @limit
        """;

    private static readonly (string Count, string Page) ScannedSql = (CountSql(Scanned), PageSql(Scanned));
    private static readonly (string Count, string Page) WindowedSql = (CountSql(Windowed), PageSql(Windowed));
    private static readonly (string Count, string Page) InvolvedSql = (CountSql(Involved), PageSql(Involved));

    /// <summary>
    /// The statements for a query: a participant filter drives the search when there is one (it names the few
    /// events an entity takes part in), else a time window with both ends, else a scan of the events.
    /// </summary>
    internal static (string Count, string Page) StatementsFor(EventQuery query) =>
        query.Involving is not null ? InvolvedSql
        : query.From is not null && query.To is not null ? WindowedSql
        : ScannedSql;

    /// <summary>Runs in a read transaction so that the count and the page see the same data.</summary>
    public static async Task<Page<Event>> FindAsync(SqlContext db, EventQuery query, CancellationToken ct)
    {
        object? afterUntimed = null, afterKey = null, afterId = null;
        if (query.After is not null)
        {
            var parts = Cursor.Decode(query.After, "event", 3, "after");
            afterUntimed = Cursor.DecodeLong(parts[0], "after");
            afterKey = Cursor.DecodeLong(parts[1], "after");
            afterId = parts[2];
        }
        (string, object?)[] filter =
        [
            ("@types", query.Types is null ? null : SqlContext.Json(query.Types.Select(t => (int)t))),
            ("@involving", query.Involving is null ? null : SqlContext.Json(query.Involving.Where(i => i is not null))),
            ("@roles", RelationReads.TypesJson(query.Roles)),
            ("@at_least", query.InvolvingAtLeast),
            ("@mediated", query.MediatedBy is null ? null : SqlContext.Json(query.MediatedBy.Where(i => i is not null))),
            ("@place", query.Place),
            ("@from", query.From?.DayNumber),
            ("@to", query.To?.DayNumber),
            ("@sign", query.Order == EventOrder.TimeDescending ? -1 : 1),
        ];
        var (countSql, pageSql) = StatementsFor(query);
        var total = Convert.ToInt32(await db.ScalarAsync(countSql, ct, filter).ConfigureAwait(false), CultureInfo.InvariantCulture);
        var rows = await db.ListAsync(pageSql,
            r => (Cursor: Cursor.Encode("event", r.GetInt64(0).ToString(CultureInfo.InvariantCulture), r.GetInt64(1).ToString(CultureInfo.InvariantCulture), r.GetString(2)),
                  Event: (Event)NodeColumns.Read(r, 2)),
            ct,
            [.. filter, ("@after_untimed", afterUntimed), ("@after_key", afterKey), ("@after_id", afterId), ("@limit", query.First + 1)]).ConfigureAwait(false);
        var hasNext = rows.Count > query.First;
        if (hasNext) rows.RemoveAt(rows.Count - 1);
        return new Page<Event>(rows.Select(x => x.Event).ToList(), rows.Select(x => x.Cursor).ToList(), hasNext, total);
    }
}
