using Graph.Ingestion.Tests.Support;
using Graph.Model;

namespace Graph.Ingestion.Tests.Recognizers;

public class PersonRecognitionTests
{
    [Fact]
    public void A_title_with_a_demonym_introduces_a_person_holding_an_office_of_that_state()
    {
        var r = Extract.Article("Armenian Prime Minister Nikol Pashinyan said the talks would continue.");
        var person = r.Entity("Nikol Pashinyan");
        Assert.Equal(NodeKind.Person, person.Kind);
        Assert.True(person.Discovered);
        Assert.True(person.Confidence < 0.95);
        var office = Assert.Single(r.Relations, x => x.Type == RelationType.HoldsOffice);
        Assert.Equal(("person:nikol-pashinyan", "state:armenia", "Prime Minister"), (office.FromKey, office.ToKey, office.Role));
    }

    [Fact]
    public void Possessive_qualifiers_and_acting_are_kept()
    {
        var r = Extract.Article("That same day, Armenia’s acting Prime Minister Nikol Pashinyan posted an image on Facebook.");
        var office = Assert.Single(r.Relations, x => x.Type == RelationType.HoldsOffice);
        Assert.Equal(("state:armenia", "acting Prime Minister"), (office.ToKey, office.Role));
    }

    [Fact]
    public void Long_titles_with_a_for_tail_and_organization_holders_are_read()
    {
        var r = Extract.Article("Officials thanked U.S. Secretary of State Antony Blinken, Acting Assistant Secretary of State for European and Eurasian Affairs Philip Reeker, and Russian Foreign Ministry spokesperson Maria Zakharova.");
        var offices = r.Relations.Where(x => x.Type == RelationType.HoldsOffice).ToList();
        Assert.Contains(offices, o => o.FromKey == "person:antony-blinken" && o.ToKey == "state:united-states" && o.Role == "Secretary of State");
        Assert.Contains(offices, o => o.FromKey == "person:philip-reeker" && o.ToKey == "state:united-states"
                                      && o.Role == "acting Assistant Secretary of State for European and Eurasian Affairs");
        Assert.Contains(offices, o => o.FromKey == "person:maria-zakharova" && o.ToKey == "org:ministry-of-foreign-affairs-of-russia" && o.Role == "spokesperson");
    }

    [Fact]
    public void Surnames_and_descriptions_by_office_refer_back_to_the_person()
    {
        var r = Extract.Article("Azerbaijani President Ilham Aliyev arrived in Moscow. Aliyev met Putin there. The Azerbaijani President later left.");
        var aliyev = r.Entity("Ilham Aliyev");
        Assert.Equal(3, aliyev.Evidence.Count);
        Assert.Contains("Aliyev", aliyev.Aliases);
    }

    [Fact]
    public void Apposition_with_a_person_noun_introduces_a_person()
    {
        var r = Extract.Article("Azerbaijan recently released a Lebanese citizen, Maral Najaryan, who was detained in Karabakh.");
        Assert.True(r.HasEntity("Maral Najaryan", NodeKind.Person));
        Assert.True(r.HasEntity("Lebanon", NodeKind.State));
    }

    [Fact]
    public void An_office_without_a_qualifier_takes_the_state_of_the_context()
    {
        var r = Extract.Article("Armenia’s negotiators asked for more time. Deputy Prime Minister Tigran Avinyan announced the return of four captives on December 28th, 2020.");
        Assert.Contains(r.Relations, x => x.Type == RelationType.HoldsOffice && x.FromKey == "person:tigran-avinyan" && x.ToKey == "state:armenia");
    }

    [Fact]
    public void Capitalized_words_that_are_not_names_make_no_person()
    {
        var r = Extract.Article("President Putin hosted the talks. The President said that Monday was a good day for Karabakh.");
        Assert.DoesNotContain(r.Entities, e => e.Kind == NodeKind.Person && e.Name is "Monday" or "Karabakh" or "The");
    }
}
