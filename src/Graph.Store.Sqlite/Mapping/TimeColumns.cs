using Graph.Model;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Mapping;

/// <summary>A <see cref="TimeRange"/> as five columns: start and end day numbers, precision, inferred, text.</summary>
internal static class TimeColumns
{
    public static (string, object?)[] Parameters(TimeRange? time) =>
    [
        ("@t_start", time?.Start.DayNumber),
        ("@t_end", time?.End.DayNumber),
        ("@t_precision", time is null ? null : (int)time.Precision),
        ("@t_inferred", time is null ? null : time.Inferred ? 1 : 0),
        ("@t_text", time?.Text),
    ];

    public static TimeRange? Read(SqliteDataReader r, int first)
    {
        if (r.IsDBNull(first)) return null;
        return new TimeRange(
            DateOnly.FromDayNumber(r.GetInt32(first)),
            DateOnly.FromDayNumber(r.GetInt32(first + 1)),
            (DatePrecision)r.GetInt32(first + 2),
            r.GetInt32(first + 3) != 0,
            r.IsDBNull(first + 4) ? null : r.GetString(first + 4));
    }
}
