using Graph.Ingestion.Tests.Support;

namespace Graph.Ingestion.Tests.Text;

public class ZoneClassifierTests
{
    private static List<(TextZone Zone, string Text)> Zones(string text, string? title = null)
    {
        var r = Extract.Text(text, title);
        return r.Sentences.Select(s => (s.Zone, r.Text[s.Start..s.End])).ToList();
    }

    private const string Article = """
        SITE NEWS AGENCY

        Search

        Leaders Meet To Discuss A Ceasefire

        By Jane Doe for AFP

        January 11, 2021

        The two leaders met in the capital on Monday and agreed to continue talks on a lasting settlement. Officials said the meeting lasted four hours.

        Photo Source: AFP.

        Related Articles

        Another Region Did Not Wait For Change In The New Year

        Perhaps the greatest change of the year was the speed of reform across the region.  This review

        Reshaping Realities: The Year In Review

        Original url:

        https://www.example.org/2021/01/11/leaders-meet
        """;

    [Fact]
    public void Mastheads_bylines_and_datelines_are_header_and_the_title_is_found()
    {
        var zones = Zones(Article, title: "Leaders Meet To Discuss A Ceasefire");
        Assert.Contains(zones, z => z.Zone == TextZone.Header && z.Text == "SITE NEWS AGENCY");
        Assert.Contains(zones, z => z.Zone == TextZone.Header && z.Text == "Search");
        Assert.Contains(zones, z => z.Zone == TextZone.Title && z.Text == "Leaders Meet To Discuss A Ceasefire");
        Assert.Contains(zones, z => z.Zone == TextZone.Header && z.Text.StartsWith("By Jane Doe"));
        Assert.Contains(zones, z => z.Zone == TextZone.Header && z.Text == "January 11, 2021");
    }

    [Fact]
    public void The_body_is_body_and_teasers_labels_and_urls_after_it_are_boilerplate()
    {
        var zones = Zones(Article, title: "Leaders Meet To Discuss A Ceasefire");
        Assert.Contains(zones, z => z.Zone == TextZone.Body && z.Text.StartsWith("The two leaders met"));
        foreach (var tail in new[] { "Photo Source", "Related Articles", "Another Region", "Perhaps the greatest", "Reshaping Realities", "Original url", "https://" })
            Assert.Contains(zones, z => z.Zone == TextZone.Boilerplate && z.Text.StartsWith(tail));
        Assert.DoesNotContain(zones, z => z.Zone == TextZone.Body && z.Text.Contains("Reshaping"));
    }

    [Fact]
    public void Photo_captions_with_credits_and_embedded_posts_are_not_body()
    {
        var zones = Zones("""
            Putin thanked the two leaders for their cooperation. **Roman Ismailov / EPA / TASS**

            The three leaders met in Moscow and issued a joint statement on the future of the region after long talks.

            Embed:

            #Кремль: Встреча https://t.co/iNAPN3gaLX pic.twitter.com/VyRKPn835e
            """);
        Assert.Contains(zones, z => z.Zone == TextZone.Caption && z.Text.StartsWith("Putin thanked"));
        Assert.Contains(zones, z => z.Zone == TextZone.Body && z.Text.StartsWith("The three leaders"));
        Assert.Contains(zones, z => z.Zone == TextZone.Boilerplate && z.Text.StartsWith("#Кремль"));
    }

    [Fact]
    public void Boilerplate_is_not_mined_for_entities_or_events()
    {
        var r = Extract.Text("""
            Azerbaijan and Armenia held talks in Baku on Monday about the return of prisoners and the opening of roads.

            Related Articles

            Kazakhstan Did Not Wait For Opportunity In 2023

            Turkmenistan and Uzbekistan saw both continuity and the beginnings of a shift away from old partners
            """);
        Assert.True(r.HasEntity("Azerbaijan", Graph.Model.NodeKind.State));
        Assert.False(r.HasEntity("Kazakhstan", Graph.Model.NodeKind.State));
        Assert.False(r.HasEntity("Turkmenistan", Graph.Model.NodeKind.State));
    }
}
