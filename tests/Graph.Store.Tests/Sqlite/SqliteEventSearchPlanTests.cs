using Graph.Model;
using Graph.Store.Sqlite.Reads;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Tests.Sqlite;

/// <summary>
/// The event searches ingestion runs for every event it reads must not read every event of the graph: SQLite's own
/// query plans show which index finds the first rows. A partial index whose condition the statement no longer
/// repeats word for word, or a participant search that falls back to the kind index, fails here.
/// </summary>
public sealed class SqliteEventSearchPlanTests : SqliteStoreTest
{
    private async Task<string> PlanAsync(string sql)
    {
        var store = await OpenAsync();
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store.DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(3));
        return string.Join('\n', lines);
    }

    [Fact]
    public async Task Time_window_reads_index_ranges_only()
    {
        var (count, page) = EventSearch.StatementsFor(new EventQuery(From: new DateOnly(2021, 6, 1), To: new DateOnly(2021, 6, 7)));
        foreach (var sql in new[] { count, page })
        {
            var plan = await PlanAsync(sql);
            Assert.Contains("USING COVERING INDEX nodes_event_window (kind=? AND t_start>? AND t_start<?)", plan);
            Assert.Contains("USING COVERING INDEX nodes_events_month (kind=? AND t_start>? AND t_start<?)", plan);
            Assert.Contains("USING COVERING INDEX nodes_events_year (kind=? AND t_start>? AND t_start<?)", plan);
            Assert.Contains("USING COVERING INDEX nodes_events_long (kind=? AND t_end>?)", plan);
            Assert.DoesNotContain("(kind=?)\n", plan + "\n");
        }
    }

    [Fact]
    public async Task Participant_search_starts_from_the_relations_of_the_participants()
    {
        var (count, page) = EventSearch.StatementsFor(new EventQuery(Types: [EventType.Statement], Involving: ["state:armenia"]));
        foreach (var sql in new[] { count, page })
        {
            var plan = await PlanAsync(sql);
            Assert.Contains("SEARCH n USING PRIMARY KEY (id=?)", plan);
            Assert.Contains("USING COVERING INDEX relations_to (to_id=?", plan);
            Assert.DoesNotMatch(@"INDEX nodes_\w+ \(kind=", plan);
        }
    }

    [Fact]
    public async Task Query_without_participants_or_window_scans_the_events()
    {
        var (count, _) = EventSearch.StatementsFor(new EventQuery(Types: [EventType.Statement]));
        Assert.Matches(@"SEARCH n USING (COVERING )?INDEX nodes_\w+ \(kind=\?\)", await PlanAsync(count));
    }
}
