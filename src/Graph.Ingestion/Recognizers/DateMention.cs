using Graph.Model;

namespace Graph.Ingestion.Recognizers;

public enum DateKind
{
    /// <summary>Has its own year: "January 18th, 2021", "November 2020", "1994", "the 1990s".</summary>
    Absolute,
    /// <summary>Month (and day) without a year: "June 12", "mid-December".</summary>
    Partial,
    /// <summary>A weekday: "on Monday".</summary>
    Weekday,
    /// <summary>Relative to the document date: "last year", "yesterday".</summary>
    Relative,
    /// <summary>"That same day": the date mentioned just before.</summary>
    SameDay,
}

public enum MonthPart : byte
{
    None,
    Early,
    Mid,
    Late,
}

public enum RelativeUnit : byte
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>A date expression as written; <see cref="Resolved"/> is filled once the document's reference date is known.</summary>
public sealed class DateMention
{
    public int Sentence;
    public int TokenStart;
    public int TokenEnd;
    public int Start;
    public int End;
    public DateKind Kind;
    public int? Year;
    public int? Month;
    public int? Day;
    public MonthPart Part;
    /// <summary>A decade: "the 1990s" has Year 1990 and IsDecade.</summary>
    public bool IsDecade;
    public DayOfWeek? Weekday;
    public RelativeUnit Unit;
    public int Offset;
    /// <summary>The end of a range ("from 1988 to 1994", "between September 27 and November 9, 2020").</summary>
    public DateMention? RangeEnd;
    /// <summary>"As of January 18th, 2021": the state of affairs at the time of writing.</summary>
    public bool AsOf;
    /// <summary>The date of a dateline ("KHARTOUM, March 6, 2024 —"): the document's date, not an event's.</summary>
    public bool IsDateline;
    public required string Text;
    public TimeRange? Resolved;

    public bool HasYear => Year is not null;

    public override string ToString() => $"{Text} -> {Resolved}";
}
