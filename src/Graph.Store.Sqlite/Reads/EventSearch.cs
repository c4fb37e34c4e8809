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

    private static readonly string Matching = $"""
        inv(id) AS (SELECT coalesce(rd.survivor_id, j.value) FROM json_each(@involving) j LEFT JOIN redirects rd ON rd.merged_id = j.value),
        med(id) AS (SELECT coalesce(rd.survivor_id, j.value) FROM json_each(@mediated) j LEFT JOIN redirects rd ON rd.merged_id = j.value),
        plc(id) AS (SELECT coalesce((SELECT survivor_id FROM redirects WHERE merged_id = @place), @place)),
        m AS (
            SELECT n.id, n.t_start IS NULL AS untimed, coalesce(n.t_start, 0) * @sign AS sortkey
            FROM nodes n
            WHERE n.kind = {EventKind}
              AND (@types IS NULL OR n.event_type IN (SELECT value FROM json_each(@types)))
              AND (@involving IS NULL OR n.id IN (
                    SELECT rel.from_id FROM relations rel
                    WHERE rel.to_id IN (SELECT id FROM inv)
                      AND (@roles IS NULL OR rel.type IN (SELECT value FROM json_each(@roles)))))
              AND (@mediated IS NULL OR n.id IN (
                    SELECT rel.from_id FROM relations rel
                    WHERE rel.to_id IN (SELECT id FROM med) AND rel.type IN ({Mediator}, {Broker})))
              AND (@place IS NULL OR n.id IN (
                    SELECT rel.from_id FROM relations rel
                    WHERE rel.to_id IN (SELECT id FROM plc) AND rel.type = {Location}))
              AND (@from IS NULL OR (n.t_end IS NOT NULL AND n.t_end >= @from))
              AND (@to IS NULL OR (n.t_start IS NOT NULL AND n.t_start <= @to))
        )
        """;

    private static readonly string CountSql = $"WITH {Matching} SELECT count(*) FROM m";

    private static readonly string PageSql = $"""
        WITH {Matching}
        SELECT m.untimed, m.sortkey, {NodeColumns.Select}
        FROM m JOIN nodes n ON n.id = m.id LEFT JOIN documents d ON d.id = n.id
        WHERE @after_id IS NULL OR (m.untimed, m.sortkey, m.id) > (@after_untimed, @after_key, @after_id)
        ORDER BY m.untimed, m.sortkey, m.id
        LIMIT @limit
        """;

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
            ("@mediated", query.MediatedBy is null ? null : SqlContext.Json(query.MediatedBy.Where(i => i is not null))),
            ("@place", query.Place),
            ("@from", query.From?.DayNumber),
            ("@to", query.To?.DayNumber),
            ("@sign", query.Order == EventOrder.TimeDescending ? -1 : 1),
        ];
        var total = Convert.ToInt32(await db.ScalarAsync(CountSql, ct, filter).ConfigureAwait(false), CultureInfo.InvariantCulture);
        var rows = await db.ListAsync(PageSql,
            r => (Cursor: Cursor.Encode("event", r.GetInt64(0).ToString(CultureInfo.InvariantCulture), r.GetInt64(1).ToString(CultureInfo.InvariantCulture), r.GetString(2)),
                  Event: (Event)NodeColumns.Read(r, 2)),
            ct,
            [.. filter, ("@after_untimed", afterUntimed), ("@after_key", afterKey), ("@after_id", afterId), ("@limit", query.First + 1)]).ConfigureAwait(false);
        var hasNext = rows.Count > query.First;
        if (hasNext) rows.RemoveAt(rows.Count - 1);
        return new Page<Event>(rows.Select(x => x.Event).ToList(), rows.Select(x => x.Cursor).ToList(), hasNext, total);
    }
}
