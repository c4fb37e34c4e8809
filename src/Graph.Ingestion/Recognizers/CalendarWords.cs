namespace Graph.Ingestion.Recognizers;

/// <summary>English month and weekday names (full and abbreviated), and number words.</summary>
public static class CalendarWords
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["jan."] = 1,
        ["february"] = 2, ["feb"] = 2, ["feb."] = 2,
        ["march"] = 3, ["mar."] = 3,
        ["april"] = 4, ["apr"] = 4, ["apr."] = 4,
        ["may"] = 5,
        ["june"] = 6, ["jun"] = 6, ["jun."] = 6,
        ["july"] = 7, ["jul"] = 7, ["jul."] = 7,
        ["august"] = 8, ["aug"] = 8, ["aug."] = 8,
        ["september"] = 9, ["sep"] = 9, ["sep."] = 9, ["sept"] = 9, ["sept."] = 9,
        ["october"] = 10, ["oct"] = 10, ["oct."] = 10,
        ["november"] = 11, ["nov"] = 11, ["nov."] = 11,
        ["december"] = 12, ["dec"] = 12, ["dec."] = 12,
    };

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["thousand"] = 1000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
        ["dozen"] = 12,
    };

    /// <summary>Month number for a lower-case month word. "May" and "March" are only months when capitalized (checked by callers).</summary>
    /// <remarks>Month words are 3 to 9 characters long; other lengths are rejected without a lookup.</remarks>
    public static bool TryMonth(string lower, out int month)
    {
        if (lower.Length is < 3 or > 9) { month = 0; return false; }
        return Months.TryGetValue(lower, out month);
    }

    /// <remarks>Weekday names are 6 to 9 characters long and end in "day"; other words are rejected without a lookup.</remarks>
    public static bool TryWeekday(string lower, out DayOfWeek day)
    {
        if (lower.Length is < 6 or > 9 || !lower.EndsWith("day", StringComparison.Ordinal)) { day = default; return false; }
        return Weekdays.TryGetValue(lower, out day);
    }

    /// <remarks>Number words are 3 to 9 characters long; other lengths are rejected without a lookup.</remarks>
    public static bool TryNumberWord(string lower, out int value)
    {
        if (lower.Length is < 3 or > 9) { value = 0; return false; }
        return NumberWords.TryGetValue(lower, out value);
    }

    public static bool IsScale(string lower) => lower is "hundred" or "thousand" or "million" or "billion";
}
