using Graph.Ingestion.Tests.Support;
using Graph.Model;

namespace Graph.Ingestion.Tests.Recognizers;

public class DateTests
{
    private static TimeRange TimeOf(string sentence, string date = "2021-03-30")
    {
        var r = Extract.Article(sentence, date);
        var timed = r.Events.Where(e => e.Time is not null).ToList();
        Assert.True(timed.Count > 0, "no dated event in: " + Extract.Describe(r));
        return timed[0].Time!;
    }

    [Fact]
    public void Absolute_dates_with_ordinal_days_are_days()
    {
        var t = TimeOf("Deputy Prime Minister Tigran Avinyan announced the return of four Armenian captives on December 28th, 2020.");
        Assert.Equal(new DateOnly(2020, 12, 28), t.Start);
        Assert.Equal(DatePrecision.Day, t.Precision);
        Assert.False(t.Inferred);
    }

    [Fact]
    public void Parts_of_months_follow_early_mid_late()
    {
        var early = TimeOf("Armenia and Azerbaijan exchanged their first prisoners in early December.", "2021-01-11");
        Assert.Equal(new TimeRange(new DateOnly(2020, 12, 1), new DateOnly(2020, 12, 10), DatePrecision.PartOfMonth, true), early with { Text = null });
        var mid = TimeOf("Azerbaijan released 62 Armenian soldiers in mid-December.");
        Assert.Equal((new DateOnly(2020, 12, 11), new DateOnly(2020, 12, 20)), (mid.Start, mid.End));
        Assert.True(mid.Inferred);
    }

    [Fact]
    public void A_partial_date_takes_the_year_nearest_the_document_date_preferring_the_past()
    {
        Assert.Equal(new DateOnly(2021, 6, 12), TimeOf("On June 12, Azerbaijan released 15 Armenian detainees.", "2021-06-14").Start);
        Assert.Equal(new DateOnly(2020, 11, 1), TimeOf("Russia brokered a ceasefire in November.", "2021-01-11").Start);
    }

    [Fact]
    public void Weekdays_resolve_to_the_latest_such_day_on_or_before_the_document_date()
    {
        var t = TimeOf("Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Moscow on Monday.", "2021-01-13");
        Assert.Equal(new DateOnly(2021, 1, 11), t.Start);
        Assert.True(t.Inferred);
    }

    [Fact]
    public void Ranges_and_decades_keep_their_extent()
    {
        var range = TimeOf("In the war between September 27 and November 9, 2020, Azerbaijan reclaimed territory.");
        Assert.Equal((new DateOnly(2020, 9, 27), new DateOnly(2020, 11, 9), DatePrecision.Day), (range.Start, range.End, range.Precision));
        var years = TimeOf("Fighting between Armenia and Azerbaijan spanned from 1988 to 1994.");
        Assert.Equal((new DateOnly(1988, 1, 1), new DateOnly(1994, 12, 31), DatePrecision.Year), (years.Start, years.End, years.Precision));
        var decade = TimeOf("Separatists gained control after a war in the 1990s which left 30,000 dead.");
        Assert.Equal((1990, 1999, DatePrecision.Decade), (decade.Start.Year, decade.End.Year, decade.Precision));
    }

    [Fact]
    public void Last_year_is_relative_to_the_document_date()
    {
        var t = TimeOf("The six-week war last year between Armenia and Azerbaijan ended with a ceasefire.", "2021-01-18");
        Assert.Equal((new DateOnly(2020, 1, 1), DatePrecision.Year, true), (t.Start, t.Precision, t.Inferred));
    }

    [Fact]
    public void Without_a_stated_date_the_publication_window_is_inferred_from_the_latest_date()
    {
        var r = Extract.Text("A Report Without A Date\n\nSince the November 2020 ceasefire, tensions remained. On June 12, Azerbaijan released 15 Armenian detainees. On June 13, Pashinyan said the maps were incomplete.");
        var published = r.Metadata.PublishedAt!;
        Assert.True(published.Inferred);
        Assert.Equal(new DateOnly(2021, 6, 13), published.Start);
        Assert.Equal(new DateOnly(2021, 6, 12), r.Event(EventType.PrisonerRelease).Time!.Start);
    }

    [Fact]
    public void A_dateline_gives_the_document_date_and_dates_no_event()
    {
        var r = Extract.Text("Talks Resume\n\nGENEVA, March 6, 2024 — Sudan and South Sudan exchanged 42 prisoners of war on Tuesday in a swap brokered by Qatar.");
        Assert.Equal(new DateOnly(2024, 3, 6), r.Metadata.PublishedAt!.Start);
        Assert.False(r.Metadata.PublishedAt.Inferred);
        Assert.Equal(new DateOnly(2024, 3, 5), r.Event(EventType.PrisonerExchange).Time!.Start);
    }
}
