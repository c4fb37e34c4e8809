using Graph.Ingestion.Tests.Support;
using Graph.Model;

namespace Graph.Ingestion.Tests.Recognizers;

public class OrganizationAndPlaceTests
{
    [Fact]
    public void Organizations_are_found_by_their_form_with_the_acronym_defined_after_them()
    {
        var r = Extract.Article("According to the Azerbaijan National Agency for Mine Action (ANAMA), 750 mines were destroyed. ANAMA said more work remains.");
        var anama = r.Entity("Azerbaijan National Agency for Mine Action");
        Assert.Equal(NodeKind.Organization, anama.Kind);
        Assert.True(anama.Discovered);
        Assert.Contains("ANAMA", anama.Aliases);
        Assert.True(anama.Evidence.Count >= 2);
        Assert.Contains(r.Relations, x => x.Type == RelationType.PartOf && x.FromKey == anama.Key && x.ToKey == "state:azerbaijan");
    }

    [Fact]
    public void Institutions_named_with_a_state_are_organizations_of_that_state()
    {
        var r = Extract.Article("The Azerbaijani army and the Armenian armed forces clashed, said the Azerbaijani Foreign Ministry, while the Georgian government stayed silent.");
        Assert.True(r.HasEntity("Armed Forces of Azerbaijan", NodeKind.Organization));
        Assert.True(r.HasEntity("Armed Forces of Armenia", NodeKind.Organization));
        Assert.True(r.HasEntity("Ministry of Foreign Affairs of Azerbaijan", NodeKind.Organization));
        Assert.False(r.HasEntity("Government of Georgia", NodeKind.Organization));
        Assert.Contains(r.Entity("Georgia").Evidence, e => e.Rule == "institution.government");
    }

    [Fact]
    public void Military_as_an_adjective_makes_no_armed_force()
    {
        var r = Extract.Article("Azerbaijan released 15 Armenian military detainees on June 12.");
        Assert.DoesNotContain(r.Entities, e => e.Name == "Armed Forces of Armenia");
    }

    [Fact]
    public void Places_are_found_by_context_and_heads_and_located_in_their_container()
    {
        var r = Extract.Article("Armenians visited the Khudavang Monastery in the Kalbajar region of Azerbaijan and the Zangilan district.");
        Assert.True(r.HasEntity("Khudavang Monastery", NodeKind.Place));
        Assert.True(r.HasEntity("Zangilan", NodeKind.Place));
        Assert.Contains(r.Relations, x => x.Type == RelationType.LocatedIn && x.FromKey == "place:khudavang-monastery" && x.ToKey == "place:kalbajar");
        Assert.Contains(r.Relations, x => x.Type == RelationType.LocatedIn && x.FromKey == "place:kalbajar" && x.ToKey == "state:azerbaijan");
    }

    [Fact]
    public void A_border_named_by_two_demonyms_is_one_place_whatever_the_order()
    {
        var a = Extract.Article("The detainees were handed over on the Azerbaijani-Georgian border.");
        var b = Extract.Article("The detainees were handed over on the Georgian-Azerbaijani border.");
        Assert.Equal(a.Entity("Azerbaijani-Georgian border").Key, b.Entity("Georgian-Azerbaijani border").Key);
    }

    [Fact]
    public void Alternate_spellings_of_a_place_are_one_entity()
    {
        var r = Extract.Article("Armenian authorities still control Stepanakert/Khankendi, which Azerbaijan calls Khankendi.");
        var city = r.Entity("Stepanakert");
        Assert.Equal(3, city.Evidence.Count);
    }

    [Fact]
    public void Led_co_chair_and_part_of_relations_are_read()
    {
        var r = Extract.Article("The United States, France and Russia co-chair the so-called Minsk Group. Armenia called on the Russian-led CSTO to mediate. Karabakh is recognized internationally as part of Azerbaijan.");
        Assert.Equal(3, r.Relations.Count(x => x.Type == RelationType.CoChairs && x.ToKey == "org:osce-minsk-group"));
        Assert.Contains(r.Relations, x => x.Type == RelationType.Leads && x.FromKey == "state:russia" && x.ToKey == "org:collective-security-treaty-organization");
        Assert.Contains(r.Relations, x => x.Type == RelationType.PartOf && x.FromKey == "place:nagorno-karabakh" && x.ToKey == "state:azerbaijan");
    }
}
