using System.Globalization;
using System.Text;
using Graph.Ingestion;

namespace Graph.Benchmarks.Ingestion;

/// <summary>
/// Lays out one synthetic news article as a site would print it: masthead, title, byline and dateline, sometimes a
/// photo caption, then paragraphs (a lead on the main topic, then a mix of topic sentences, quotes, background and
/// connective sentences, now and then a subheading), then the page's tail: photo source, related articles with a
/// cut-off teaser, share line, original URL, tags, copyright. About 5 KB of text in all.
/// </summary>
public static class ArticleWriter
{
    private static readonly (string Name, string Domain)[] Outlets =
    [
        ("Caspian Review", "caspianreview.example"), ("South Caucasus Monitor", "scmonitor.example"), ("Eurasia Brief", "eurasiabrief.example"),
        ("Frontline Dispatch", "frontlinedispatch.example"), ("The Regional Observer", "regionalobserver.example"), ("Borderlands Daily", "borderlands.example"),
        ("Peace & Conflict Wire", "pcwire.example"), ("Continental Affairs Journal", "continentalaffairs.example"),
    ];

    private const int MinBody = 3_900;
    private const int MaxBody = 4_600;

    public static DocumentInput Write(ArticleCast cast, int seed, int index)
    {
        var r = new Random(unchecked(seed * 100_003 + index));
        var anchor = new DateOnly(2015, 1, 1).AddDays(r.Next(3_650));
        var published = new DateTimeOffset(anchor.ToDateTime(new TimeOnly(r.Next(6, 23), r.Next(60))), TimeSpan.Zero);
        var scene = new ArticleScene(cast, r, anchor);
        var topic = (ArticleTopic)r.Next(Enum.GetValues<ArticleTopic>().Length);
        var outlet = Outlets[r.Next(Outlets.Length)];
        var author = InventedNames.Given(r) + " " + InventedNames.Family(r, "");
        var title = Title(scene, topic);
        var url = $"https://{outlet.Domain}/{anchor:yyyy'/'MM'/'dd}/{Slug(title)}-{index.ToString(CultureInfo.InvariantCulture)}";

        var text = new StringBuilder(6_000);
        Header(text, r, outlet.Name, title, author, scene, published);
        Body(text, scene, topic);
        Tail(text, scene, outlet.Name, url, anchor);

        return new DocumentInput
        {
            Text = text.ToString(),
            Title = title,
            Publisher = r.Next(4) == 0 ? null : outlet.Name,
            Author = r.Next(3) == 0 ? null : author,
            PublishedAt = r.Next(5) < 3 ? published : null,
            Url = url,
        };
    }

    private static string Title(ArticleScene s, ArticleTopic topic)
    {
        var a = s.SideA.Name;
        var b = s.SideB.Name;
        return (topic, s.R.Next(2)) switch
        {
            (ArticleTopic.PrisonerRelease, 0) => $"{a} Frees {s.R.Next(2, 40)} {s.Demonym(s.SideB)} Detainees",
            (ArticleTopic.PrisonerRelease, _) => $"{b} Says Dozens of Its Citizens Still Held by {a}",
            (ArticleTopic.PrisonerExchange, 0) => $"{a} and {b} Swap Prisoners and Minefield Maps",
            (ArticleTopic.PrisonerExchange, _) => $"Prisoner Exchange Near {s.Region.Name} Brings Hope to Families",
            (ArticleTopic.ReturnOfRemains, 0) => $"{b} Receives Remains of {s.R.Next(3, 60)} Soldiers",
            (ArticleTopic.ReturnOfRemains, _) => $"Search for the Missing Continues in {s.Region.Name}",
            (ArticleTopic.Ceasefire, 0) => $"Ceasefire Between {a} and {b} Holds Despite Violations",
            (ArticleTopic.Ceasefire, _) => $"{s.Demonym(s.ThirdState)}-Brokered Truce Takes Effect in {s.Region.Name}",
            (ArticleTopic.Meeting, 0) => $"Leaders of {a} and {b} Meet in {s.HostCity.Name}",
            (ArticleTopic.Meeting, _) => $"Talks in {s.HostCity.Name} End Without Breakthrough",
            (_, 0) => $"{s.Mediator.Name} Offers to Mediate Between {a} and {b}",
            _ => $"Mediators Push {a} and {b} Back to the Table",
        };
    }

    private static void Header(StringBuilder text, Random r, string outlet, string title, string author, ArticleScene scene, DateTimeOffset published)
    {
        switch (r.Next(4))
        {
            case 0: text.Append(outlet.ToUpperInvariant()).Append("\n\nSearch\n\n"); break;
            case 1: text.Append(outlet).Append(" - news and analysis\n\n\n"); break;
            case 2: text.Append("Menu\n").Append(outlet).Append("\n\n"); break;
            default: text.Append("\n\n"); break;
        }
        text.Append(title).Append("\n\n");
        switch (r.Next(4))
        {
            case 0: text.Append("By ").Append(author).Append("\n\n"); break;
            case 1: text.Append("Author: ").Append(author).Append("\n\n\n"); break;
            case 2: text.Append("By ").Append(author).Append(" for ").Append(scene.Organization(scene.Agency)).Append("\n\n"); break;
        }
        text.Append(DatePhrases.Dateline(r, published)).Append("\n\n");
        if (r.Next(10) < 3)
        {
            text.Append(ArticleSentences.Cap(ArticleSentences.Filler(scene).TrimEnd('.'))).Append(". ");
            text.Append("**").Append(InventedNames.Given(r)).Append(' ').Append(InventedNames.Family(r, "")).Append(" / ")
                .Append(scene.Agency.Name).Append("**\n\n");
        }
    }

    private static void Body(StringBuilder text, ArticleScene s, ArticleTopic topic)
    {
        var r = s.R;
        var start = text.Length;
        var target = r.Next(MinBody, MaxBody);
        var main = ArticleSentences.For(topic);
        var paragraph = new StringBuilder(800);

        // The lead: the main topic, in three or four sentences.
        var leadLength = 3 + r.Next(2);
        for (var i = 0; i < leadLength; i++) AddSentence(paragraph, s.Say(main));
        text.Append(paragraph).Append("\n\n");

        while (text.Length - start < target)
        {
            paragraph.Clear();
            var count = 3 + r.Next(4);
            for (var i = 0; i < count; i++)
            {
                var roll = r.Next(20);
                var sentence = roll switch
                {
                    < 6 => s.Say(main),
                    < 10 => s.Say(ArticleSentences.For((ArticleTopic)r.Next(6))),
                    < 13 => s.Say(ArticleSentences.Quote),
                    < 16 => s.Say(ArticleSentences.Background),
                    _ => s.Say(ArticleSentences.Connective),
                };
                AddSentence(paragraph, sentence);
            }
            if (r.Next(10) == 0) text.Append(Subheading(s)).Append("\n\n");
            text.Append(paragraph).Append("\n\n");
        }
    }

    private static void AddSentence(StringBuilder paragraph, string sentence)
    {
        // A person introduced by apposition ("X, the Foreign Minister of Y,") may meet the sentence's own punctuation.
        sentence = sentence.Replace(",,", ",", StringComparison.Ordinal).Replace(",.", ".", StringComparison.Ordinal).Replace(",:", ":", StringComparison.Ordinal);
        if (paragraph.Length > 0) paragraph.Append(' ');
        paragraph.Append(sentence);
    }

    private static string Subheading(ArticleScene s) => s.R.Next(4) switch
    {
        0 => "A Fragile Process",
        1 => "What Comes Next",
        2 => $"The View from {s.SideB.Name}",
        _ => "Humanitarian Concerns",
    };

    private static void Tail(StringBuilder text, ArticleScene s, string outlet, string url, DateOnly anchor)
    {
        var r = s.R;
        if (r.Next(2) == 0) text.Append("Photo Source: ").Append(s.Agency.Name).Append(".\n\n");
        if (r.Next(3) > 0)
        {
            text.Append("Related Articles\n\n");
            var teasers = 2 + r.Next(2);
            for (var i = 0; i < teasers; i++)
            {
                text.Append(Title(s, (ArticleTopic)r.Next(6))).Append("\n\n");
                if (r.Next(2) == 0)
                {
                    // A teaser cut off in mid-sentence, as related-article blocks print them.
                    var blurb = s.Pick(ArticleSentences.Background)(s);
                    text.Append(blurb.AsSpan(0, Math.Max(20, blurb.Length * 2 / 3)).TrimEnd()).Append("\n\n");
                }
            }
        }
        if (r.Next(2) == 0) text.Append("Share this article\n\nFacebook Twitter Email\n\n");
        if (r.Next(2) == 0) text.Append("Original url:\n\n");
        text.Append(url).Append("\n\n");
        if (r.Next(2) == 0) text.Append("Tags: ").Append(s.SideA.Name).Append(", ").Append(s.SideB.Name).Append(", ").Append(s.Region.Name).Append("\n\n");
        text.Append("© ").Append(anchor.Year.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(outlet).Append(". All rights reserved.\n");
    }

    private static string Slug(string title)
    {
        var sb = new StringBuilder(title.Length);
        foreach (var c in title.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().TrimEnd('-');
    }
}
