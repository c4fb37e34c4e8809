using System.Globalization;

namespace Graph.Benchmarks.Ingestion;

/// <summary>
/// Ways news text names a day relative to the article's own date: absolute ("on June 12, 2021", "on 12 June 2021",
/// "on 2021-06-12", "on June 12th, 2021"), partial ("in June 2021", "on June 12", "in late September", "in 2019"),
/// and relative ("on Monday", "yesterday", "last week", "two days later", "earlier this year").
/// </summary>
public static class DatePhrases
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;
    private static readonly string[] Counts = ["two", "three", "four", "five", "six"];
    private static readonly string[] Parts = ["early ", "mid-", "late "];

    /// <summary>A phrase, with its preposition, for a day shortly before <paramref name="anchor"/> (the publication day).</summary>
    public static string Recent(Random r, DateOnly anchor)
    {
        var day = anchor.AddDays(-r.Next(0, 45));
        return r.Next(14) switch
        {
            0 => "on " + day.ToString("MMMM d, yyyy", En),
            1 => "on " + day.ToString("d MMMM yyyy", En),
            2 => "on " + day.ToString("MMMM ", En) + Ordinal(day.Day) + day.ToString(", yyyy", En),
            3 => "on " + day.ToString("yyyy-MM-dd", En),
            4 => "on " + day.ToString("MMMM d", En),
            5 => "on " + day.ToString("d MMMM", En),
            6 => "in " + day.ToString("MMMM yyyy", En),
            7 => "on " + anchor.AddDays(-1 - r.Next(6)).DayOfWeek.ToString(),
            8 => "yesterday",
            9 => "last week",
            10 => "earlier this month",
            11 => Counts[r.Next(Counts.Length)] + " days later",
            12 => "on " + day.ToString("MMM. d", En),
            _ => "on " + anchor.AddDays(-1 - r.Next(6)).DayOfWeek + (r.Next(2) == 0 ? " evening" : " morning"),
        };
    }

    /// <summary>A phrase for a time months or years back: the background of the conflict.</summary>
    public static string Past(Random r, DateOnly anchor)
    {
        var back = anchor.AddMonths(-r.Next(3, 60));
        return r.Next(9) switch
        {
            0 => "in " + back.Year.ToString(En),
            1 => "in " + back.ToString("MMMM yyyy", En),
            2 => "in " + Parts[r.Next(Parts.Length)] + back.ToString("MMMM", En),
            3 => "last year",
            4 => "earlier this year",
            5 => "in the spring of " + back.Year.ToString(En),
            6 => Counts[r.Next(Counts.Length)] + " years ago",
            7 => "on " + back.ToString("MMMM d, yyyy", En),
            _ => "in " + Parts[r.Next(Parts.Length)] + back.Year.ToString(En),
        };
    }

    /// <summary>The dateline under a title, in one of the shapes news sites print.</summary>
    public static string Dateline(Random r, DateTimeOffset published) => r.Next(6) switch
    {
        0 => published.ToString("MMMM d, yyyy", En),
        1 => published.ToString("yyyy-MM-dd HH:mm", En),
        2 => published.ToString("d MMMM yyyy", En),
        3 => "Published " + published.ToString("d MMMM yyyy, HH:mm", En),
        4 => published.ToString("ddd, d MMM yyyy", En),
        _ => published.ToString("dddd, MMMM d, yyyy", En),
    };

    private static string Ordinal(int day) => day + (day % 100 is 11 or 12 or 13 ? "th" : (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
