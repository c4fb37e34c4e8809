using Graph.Ingestion.Lexicon;
using Graph.Ingestion.Tests.Support;
using Graph.Model;

namespace Graph.Ingestion.Tests.Lexicon;

public class LexiconTests
{
    [Fact]
    public void The_built_in_lexicon_knows_states_organizations_places_and_seats()
    {
        var lex = Graph.Ingestion.Lexicon.Lexicon.LoadEmbedded();
        Assert.Equal(NodeKind.State, lex.FindByName("Armenia")!.Kind);
        Assert.Equal("state:united-states", lex.FindByName("U.S.")!.Id);
        Assert.Equal(NodeKind.Organization, lex.FindByName("OSCE")!.Kind);
        var stepanakert = lex.FindByName("Khankendi")!;
        Assert.Equal("Stepanakert", stepanakert.Name);
        Assert.Equal("state:azerbaijan", lex.FindByName("Baku")!.StandsFor!.Id);
    }

    [Fact]
    public void The_seeds_lexicon_file_is_found_by_walking_up_from_the_test_folder()
    {
        var lex = Graph.Ingestion.Lexicon.Lexicon.LoadDefault();
        Assert.NotNull(lex.FindByName("Nagorno-Karabakh"));
    }

    [Fact]
    public void Acronyms_match_only_in_capitals()
    {
        var r = Extract.Article("The US envoy told us that the talks would continue in Geneva next week, officials said.");
        Assert.True(r.HasEntity("United States", NodeKind.State));
        Assert.Single(r.Entity("United States").Evidence);
    }

    [Fact]
    public void Demonyms_mention_their_state_and_seats_used_as_actors_stand_for_it()
    {
        var r = Extract.Article("Baku accused Yerevan of delays, while Armenian officials met in Baku with Russian diplomats.");
        var azerbaijan = r.Entity("Azerbaijan");
        Assert.Contains(azerbaijan.Evidence, e => e.Rule == "lexicon.metonym");
        Assert.True(r.HasEntity("Baku", NodeKind.Place));
        Assert.Contains(r.Entity("Armenia").Evidence, e => e.Rule == "lexicon.demonym");
        Assert.Contains(r.Entity("Russia").Evidence, e => e.Rule == "lexicon.demonym");
    }

    [Fact]
    public void A_lexicon_with_an_unknown_event_type_is_refused_with_the_entry_named()
    {
        var e = Assert.Throws<LexiconException>(() => Graph.Ingestion.Lexicon.Lexicon.Parse("""
            events:
              - type: Parade
                nouns: [parade]
            """));
        Assert.Contains("Parade", e.Message);
    }

    [Fact]
    public void Invalid_yaml_is_a_typed_error_with_a_line_number()
    {
        var e = Assert.Throws<LexiconException>(() => Graph.Ingestion.Lexicon.Lexicon.Parse("states: [ {name: Armenia", "broken.yaml"));
        Assert.Contains("broken.yaml", e.Message);
        Assert.Contains("line", e.Message);
    }

    [Fact]
    public void A_standsFor_naming_no_state_is_refused()
    {
        var e = Assert.Throws<LexiconException>(() => Graph.Ingestion.Lexicon.Lexicon.Parse("""
            places:
              - { name: Atlantis City, standsFor: Atlantis }
            """));
        Assert.Contains("Atlantis", e.Message);
    }

    [Fact]
    public void A_small_custom_lexicon_drives_recognition()
    {
        var lex = Graph.Ingestion.Lexicon.Lexicon.Parse("""
            states:
              - { name: Freedonia, demonyms: [Freedonian], seats: [Fredville] }
              - { name: Sylvania, demonyms: [Sylvanian] }
            titles:
              - { name: President, class: head of state }
            events:
              - type: PrisonerRelease
                needs: captives
                verbs: [released]
            arguments:
              captives: [prisoners]
            """);
        var r = new Extractor(lex).Extract(DocumentInput.FromText("Freedonia released 12 Sylvanian prisoners on Monday, said Freedonian President Rufus Firefly."));
        var release = r.Event(EventType.PrisonerRelease);
        Assert.Equal(["Freedonia"], release.With(RelationType.ReleasingSide, r));
        Assert.Equal(["Sylvania"], release.With(RelationType.ReceivingSide, r));
        Assert.Contains(r.Entities, e => e.Name == "Rufus Firefly" && e.Kind == NodeKind.Person && e.Discovered);
    }
}
