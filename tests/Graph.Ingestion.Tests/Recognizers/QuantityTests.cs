using Graph.Ingestion.Tests.Support;
using Graph.Model;

namespace Graph.Ingestion.Tests.Recognizers;

public class QuantityTests
{
    private static IReadOnlyList<Quantity> Quantities(string sentence) =>
        Extract.Article(sentence).Events.SelectMany(e => e.Quantities).ToList();

    [Fact]
    public void A_number_is_attached_to_what_it_counts()
    {
        var q = Assert.Single(Quantities("On June 12, Azerbaijan released 15 Armenian military detainees."));
        Assert.Equal((15, "Armenian military detainees", false), (q.Value, q.Counted, q.Approximate));
    }

    [Fact]
    public void Approximation_words_set_the_flag_and_coordinated_counted_nouns_stay_together()
    {
        var q = Quantities("Moscow deployed nearly 2,000 peacekeeping troops and around 90 armored vehicles in the region.");
        Assert.Contains(q, x => x.Value == 2000 && x.Approximate && x.Counted == "peacekeeping troops");
        Assert.Contains(q, x => x.Value == 90 && x.Approximate && x.Counted == "armored vehicles");
        var mines = Quantities("Armenia provided a map of 97,000 anti-tank and anti-personnel land mines.");
        Assert.Contains(mines, x => x.Value == 97000 && x.Counted == "anti-tank and anti-personnel land mines");
    }

    [Fact]
    public void Number_words_scales_and_money_are_read()
    {
        var q = Quantities("Baku has already returned the bodies of sixty-two Armenian servicemen.");
        Assert.Contains(q, x => x.Value == 62);
        var money = Quantities("The UN has provided $2 million in aid to Azerbaijan.");
        Assert.Contains(money, x => x.Value == 2_000_000 && x.Counted.StartsWith("US dollars"));
    }

    [Fact]
    public void Durations_and_references_are_not_quantities()
    {
        var r = Extract.Article("After four days of talks, the two sides exchanged prisoners in a six-week process.");
        Assert.Empty(r.Events.SelectMany(e => e.Quantities));
    }

    [Fact]
    public void A_claimed_figure_belongs_to_the_claimant_statement()
    {
        var r = Extract.Article("Armenia claims that about 200 Armenian soldiers are detained by Azerbaijan, while Azerbaijan claims that detainees number around 60.");
        var claims = r.Events.Where(e => e.Type == EventType.Statement).SelectMany(e => e.Quantities).ToList();
        Assert.Contains(claims, q => q.Value == 200 && q.Approximate && q.ClaimedBy == "state:armenia");
        Assert.Contains(claims, q => q.Value == 60 && q.Approximate && q.Counted == "detainees" && q.ClaimedBy == "state:azerbaijan");
    }
}
