using Graph.Model;

namespace Graph.Ingestion.Recognizers;

/// <summary>
/// Turns date mentions into <see cref="TimeRange"/>s. Dates without a year take it from the sentence (an explicit
/// year before them) or from the document's reference date: with a stated publication date, the nearest occurrence,
/// preferring the past; with only an inferred lower bound, the first occurrence from a month before that bound on.
/// Weekdays and "last year" resolve against a stated date (weekdays need one). Everything that used the document
/// date is marked <see cref="TimeRange.Inferred"/>.
/// </summary>
public static class DateResolver
{
    public static void ResolveAll(DocumentContext doc)
    {
        TimeRange? previous = null;
        for (var s = 0; s < doc.Dates.Length; s++)
        {
            int? sentenceYear = null;
            foreach (var m in doc.Dates[s])
            {
                m.Resolved = Resolve(m, doc.Reference, doc.ReferenceIsLowerBound, sentenceYear, previous);
                if (m.Year is not null && !m.IsDecade) sentenceYear = m.RangeEnd?.Year ?? m.Year;
                if (m.Resolved is not null && m.Resolved.Precision == DatePrecision.Day) previous = m.Resolved;
            }
        }
    }

    public static TimeRange? Resolve(DateMention m, TimeRange? reference, bool lowerBound, int? sentenceYear, TimeRange? previous)
    {
        var text = m.Text;
        switch (m.Kind)
        {
            case DateKind.Absolute:
            {
                var start = RangeOf(m.Year!.Value, m, false, text);
                if (start is null) return null;
                if (m.RangeEnd is not null)
                {
                    var endYear = m.RangeEnd.Year ?? m.Year.Value;
                    var end = RangeOf(endYear, m.RangeEnd, false, text);
                    if (end is not null && end.End >= start.Start)
                        return new TimeRange(start.Start, end.End, Coarser(start.Precision, end.Precision), false, text);
                }
                return start;
            }
            case DateKind.Partial:
            {
                // A year named earlier in the sentence applies, unless it would put the date after the document's date.
                if (sentenceYear is not null && m.Month is not null && reference is not null && !lowerBound && new DateOnly(sentenceYear.Value, m.Month.Value, 1) > reference.End)
                    sentenceYear = null;
                var year = sentenceYear ?? ChooseYear(m, reference, lowerBound);
                if (year is null) return null;
                var inferred = sentenceYear is null;
                var r = RangeOf(year.Value, m, inferred, text);
                if (r is not null && m.RangeEnd is not null)
                {
                    var end = RangeOf(m.RangeEnd.Year ?? year.Value, m.RangeEnd, inferred, text);
                    if (end is not null && end.End >= r.Start) return new TimeRange(r.Start, end.End, Coarser(r.Precision, end.Precision), inferred, text);
                }
                return r;
            }
            case DateKind.Weekday:
            {
                if (reference is null || lowerBound) return null;
                var day = reference.Start;
                var back = ((int)day.DayOfWeek - (int)m.Weekday!.Value + 7) % 7;
                return TimeRange.Day(day.AddDays(-back), inferred: true, text: text);
            }
            case DateKind.Relative:
            {
                if (reference is null || lowerBound) return null;
                var anchor = reference.Start;
                return m.Unit switch
                {
                    RelativeUnit.Year => TimeRange.Year(anchor.Year + m.Offset, inferred: true, text: text),
                    RelativeUnit.Month => MonthOffset(anchor, m.Offset, text),
                    RelativeUnit.Week => m.Offset switch
                    {
                        < 0 => new TimeRange(anchor.AddDays(-13), anchor.AddDays(-7), DatePrecision.PartOfMonth, true, text),
                        0 => new TimeRange(anchor.AddDays(-6), anchor, DatePrecision.PartOfMonth, true, text),
                        _ => new TimeRange(anchor.AddDays(1), anchor.AddDays(7), DatePrecision.PartOfMonth, true, text),
                    },
                    _ => lowerBound ? null : TimeRange.Day(anchor.AddDays(m.Offset), inferred: true, text: text),
                };
            }
            case DateKind.SameDay:
                return previous is null ? null : previous with { Inferred = true, Text = text };
        }
        return null;
    }

    private static TimeRange MonthOffset(DateOnly anchor, int offset, string text)
    {
        var d = new DateOnly(anchor.Year, anchor.Month, 1).AddMonths(offset);
        return TimeRange.Month(d.Year, d.Month, inferred: true, text: text);
    }

    private static DatePrecision Coarser(DatePrecision a, DatePrecision b) => (DatePrecision)Math.Max((int)a, (int)b);

    /// <summary>The year for a month/day without one, from the document's reference date.</summary>
    private static int? ChooseYear(DateMention m, TimeRange? reference, bool lowerBound)
    {
        if (reference is null || m.Month is null) return null;
        var month = m.Month.Value;
        var day = m.Day ?? (m.Part switch { MonthPart.Mid => 15, MonthPart.Late => 25, _ => 1 });
        if (lowerBound)
        {
            var bound = reference.Start.AddDays(-31);
            for (var y = bound.Year; y <= bound.Year + 1; y++)
            {
                if (SafeDate(y, month, day) >= bound) return y;
            }
            return bound.Year + 1;
        }
        var anchor = reference.Start;
        int? best = null;
        var bestScore = double.MaxValue;
        for (var y = anchor.Year - 1; y <= anchor.Year + 1; y++)
        {
            var d = SafeDate(y, month, day);
            var diff = d.DayNumber - anchor.DayNumber;
            var score = diff > 0 ? diff * 3.0 : -diff;
            if (score < bestScore) { bestScore = score; best = y; }
        }
        return best;
    }

    private static DateOnly SafeDate(int y, int month, int day) => new(y, month, Math.Min(day, DateTime.DaysInMonth(y, month)));

    private static TimeRange? RangeOf(int year, DateMention m, bool inferred, string text)
    {
        if (year is < 1 or > 9998) return null;
        if (m.IsDecade)
        {
            var (a, b) = m.Part switch { MonthPart.Early => (0, 3), MonthPart.Mid => (4, 6), MonthPart.Late => (7, 9), _ => (0, 9) };
            return new TimeRange(new DateOnly(year + a, 1, 1), new DateOnly(year + b, 12, 31), DatePrecision.Decade, inferred, text);
        }
        if (m.Month is null)
        {
            if (m.Part == MonthPart.None) return TimeRange.Year(year, inferred, text);
            var (from, to) = m.Part switch { MonthPart.Early => (1, 4), MonthPart.Mid => (5, 8), _ => (9, 12) };
            return new TimeRange(new DateOnly(year, from, 1), new DateOnly(year, to, DateTime.DaysInMonth(year, to)), DatePrecision.Season, inferred, text);
        }
        var month = m.Month.Value;
        if (m.Day is not null)
        {
            if (m.Day > DateTime.DaysInMonth(year, month)) return null;
            return TimeRange.Day(new DateOnly(year, month, m.Day.Value), inferred, text);
        }
        if (m.Part == MonthPart.None) return TimeRange.Month(year, month, inferred, text);
        var last = DateTime.DaysInMonth(year, month);
        var (s, e) = m.Part switch { MonthPart.Early => (1, 10), MonthPart.Mid => (11, 20), _ => (21, last) };
        return new TimeRange(new DateOnly(year, month, s), new DateOnly(year, month, e), DatePrecision.PartOfMonth, inferred, text);
    }
}
