namespace Graph.Store.Sqlite.Schema;

/// <summary>
/// Version 2: indexes that let a time-window search of events read only index entries of events that can overlap
/// the window (see <see cref="Reads.EventSearch"/>). Events are told apart by how long they last: up to 2 days (by
/// far the most), up to 40, up to 400 and longer; each index holds the start, type and end of its events, so the
/// search tests them without reading the rows. The conditions must match the search's statements word for word.
/// </summary>
internal static class SchemaV2
{
    public const string Script = """
        CREATE INDEX nodes_event_window ON nodes(kind, t_start, event_type, t_end);
        CREATE INDEX nodes_events_month ON nodes(kind, t_start, event_type, t_end)
            WHERE t_end - t_start > 2 AND t_end - t_start <= 40;
        CREATE INDEX nodes_events_year ON nodes(kind, t_start, event_type, t_end)
            WHERE t_end - t_start > 40 AND t_end - t_start <= 400;
        CREATE INDEX nodes_events_long ON nodes(kind, t_end, event_type, t_start)
            WHERE t_end - t_start > 400;
        """;
}
