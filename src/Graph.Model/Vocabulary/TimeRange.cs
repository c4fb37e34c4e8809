namespace Graph.Model;

/// <summary>
/// A time as a text gives it: an inclusive range of days with the precision the text supports.
/// "June 12, 2021" is the single day 2021-06-12 at day precision; "mid-December 2020" is 2020-12-11..2020-12-20
/// at part-of-month precision; "1994" is the whole year. <see cref="Inferred"/> is true when the year or the
/// anchor came from the document's date rather than the phrase itself ("on Monday", "last year").
/// </summary>
public sealed record TimeRange(DateOnly Start, DateOnly End, DatePrecision Precision, bool Inferred = false, string? Text = null)
{
    public static TimeRange Day(DateOnly day, bool inferred = false, string? text = null) =>
        new(day, day, DatePrecision.Day, inferred, text);

    public static TimeRange Month(int year, int month, bool inferred = false, string? text = null) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), DatePrecision.Month, inferred, text);

    public static TimeRange Year(int year, bool inferred = false, string? text = null) =>
        new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year, inferred, text);

    /// <summary>True when the two ranges share at least one day.</summary>
    public bool Overlaps(TimeRange other) => Start <= other.End && other.Start <= End;

    /// <summary>True when this range lies within [from, to] (either bound may be open).</summary>
    public bool Within(DateOnly? from, DateOnly? to) => (from is null || End >= from) && (to is null || Start <= to);

    public override string ToString() => Start == End ? Start.ToString("yyyy-MM-dd") : $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}";
}
