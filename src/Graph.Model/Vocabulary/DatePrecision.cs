namespace Graph.Model;

/// <summary>How precisely a date is known.</summary>
public enum DatePrecision
{
    Day,
    /// <summary>Part of a month: early, mid or late.</summary>
    PartOfMonth,
    Month,
    Season,
    Year,
    Decade,
}
