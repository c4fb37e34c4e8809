using System.Globalization;
using Graph.Model;

namespace Graph.Ingestion.Evaluation;

/// <summary>
/// Reads the dates of gold files: "2021-06-12" (a day), "2020-11" (a month), "1994" (a year), or a range of any two of
/// those written "start..end" ("1988..1994", "2016-04-01..2016-04-10"). The precision is the form's own unless the
/// file names one (a range takes the coarser of its two ends).
/// </summary>
public static class GoldDate
{
    public static bool TryParse(string text, DatePrecision? precision, bool inferred, out TimeRange? range, out string? error)
    {
        range = null;
        error = null;
        var parts = text.Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2 || parts.Any(p => p.Length == 0))
        {
            error = $"'{text}' is not a date or a range 'start..end'";
            return false;
        }
        if (!TryParseOne(parts[0], out var first) || !TryParseOne(parts[^1], out var last))
        {
            error = $"'{text}' is not made of yyyy, yyyy-MM or yyyy-MM-dd";
            return false;
        }
        if (last.End < first.Start)
        {
            error = $"'{text}' ends before it starts";
            return false;
        }
        var coarser = (DatePrecision)Math.Max((int)first.Precision, (int)last.Precision);
        range = new TimeRange(first.Start, last.End, precision ?? coarser, inferred, text);
        return true;
    }

    private static bool TryParseOne(string text, out TimeRange range)
    {
        range = null!;
        var ci = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", ci, DateTimeStyles.None, out var day))
        {
            range = TimeRange.Day(day);
            return true;
        }
        if (text.Length == 7 && int.TryParse(text[..4], NumberStyles.None, ci, out var y) && text[4] == '-'
            && int.TryParse(text[5..], NumberStyles.None, ci, out var m) && m is >= 1 and <= 12 && y >= 1)
        {
            range = TimeRange.Month(y, m);
            return true;
        }
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, ci, out var year) && year >= 1)
        {
            range = TimeRange.Year(year);
            return true;
        }
        return false;
    }
}
