using Graph.Ingestion.Tests.Support;
using Graph.Model;

namespace Graph.Ingestion.Tests.Events;

public class EventExtractionTests
{
    [Fact]
    public void A_release_has_a_releasing_and_a_receiving_side_a_date_and_a_count()
    {
        var r = Extract.Article("On June 12, Azerbaijan released 15 Armenian military detainees.");
        var e = r.Event(EventType.PrisonerRelease);
        Assert.Equal(["Azerbaijan"], e.With(RelationType.ReleasingSide, r));
        Assert.Equal(["Armenia"], e.With(RelationType.ReceivingSide, r));
        Assert.Equal(new DateOnly(2021, 6, 12), e.Time!.Start);
        Assert.Equal(15, Assert.Single(e.Quantities).Value);
    }

    [Fact]
    public void A_release_answered_by_a_map_handover_is_one_exchange()
    {
        var r = Extract.Article("On June 12, Azerbaijan released 15 Armenian detainees while Armenia provided a map of 97,000 land mines in the Agdam region.");
        var e = r.Event(EventType.PrisonerExchange);
        Assert.Equal(["Azerbaijan"], e.With(RelationType.ReleasingSide, r));
        Assert.Equal(["Armenia"], e.With(RelationType.ReceivingSide, r));
        Assert.Equal(["Agdam"], e.With(RelationType.Subject, r));
        Assert.Equal(2, e.Quantities.Count);
        Assert.DoesNotContain(r.Events, x => x.Type == EventType.Handover);
    }

    [Fact]
    public void In_return_in_the_next_sentence_also_makes_one_exchange()
    {
        var r = Extract.Article("Azerbaijan returns 15 prisoners of war to Armenia. In return, Armenia presented a map of mines.");
        var e = r.Event(EventType.PrisonerExchange);
        Assert.Equal(["Armenia"], e.With(RelationType.ReceivingSide, r));
    }

    [Fact]
    public void Mediators_announcers_and_locations_come_from_role_phrases()
    {
        var r = Extract.Article("According to a statement by the Azerbaijani Foreign Ministry, the detainees were handed over to Armenia on the Azerbaijani-Georgian border with the participation of Georgian representatives.");
        var e = r.Event(EventType.PrisonerRelease);
        Assert.Equal(["Georgia"], e.With(RelationType.Mediator, r));
        Assert.Equal(["Ministry of Foreign Affairs of Azerbaijan"], e.With(RelationType.Announcer, r));
        Assert.Equal(["Azerbaijani-Georgian border"], e.With(RelationType.Location, r));
        Assert.Equal(["Armenia"], e.With(RelationType.ReceivingSide, r));
    }

    [Fact]
    public void A_list_after_a_mediation_phrase_gives_every_mediator()
    {
        var r = Extract.Article("""
            On June 12, Azerbaijan released 15 Armenian detainees.
            Baku’s statement expressed appreciation for the mediating role played by Georgian Prime Minister Irakli Garibashvili, U.S. Secretary of State Antony Blinken, and OSCE and European Union officials.
            """);
        var e = r.Event(EventType.PrisonerRelease);
        var mediators = e.With(RelationType.Mediator, r);
        Assert.Equal(["Irakli Garibashvili", "Antony Blinken", "Organization for Security and Co-operation in Europe", "European Union"], mediators);
        Assert.Contains("Azerbaijan", e.With(RelationType.Announcer, r));
    }

    [Fact]
    public void Agreements_get_signatories_brokers_and_guarantors_and_their_mentions_merge()
    {
        var r = Extract.Article("""
            The fighting stopped on November 10, 2020, when Azerbaijan, Armenia, and Russia signed the Trilateral Agreement.
            With the November ceasefire agreement, Moscow became a key guarantor for the ceasefire.
            The Russian-brokered deal also reopened transport routes.
            """, "2021-03-30");
        var e = r.Event(EventType.Ceasefire);
        Assert.Equal("Trilateral Agreement", e.Name);
        Assert.Equal(new DateOnly(2020, 11, 10), e.Time!.Start);
        Assert.Equal(["Armenia", "Azerbaijan", "Russia"], e.With(RelationType.Signatory, r).Order().ToList());
        Assert.Equal(["Russia"], e.With(RelationType.Guarantor, r));
        Assert.Equal(["Russia"], e.With(RelationType.Broker, r));
    }

    [Fact]
    public void Meetings_have_a_host_attendees_and_a_location()
    {
        var r = Extract.Article("""
            Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Moscow on Monday.
            President Vladimir Putin hosted the talks in the Kremlin.
            """, "2021-01-11");
        var e = r.Event(EventType.Meeting);
        Assert.Equal(new DateOnly(2021, 1, 11), e.Time!.Start);
        Assert.Equal(["Nikol Pashinyan", "Ilham Aliyev"], e.With(RelationType.Attendee, r));
        Assert.Equal(["Vladimir Putin"], e.With(RelationType.Host, r));
        Assert.Contains("Moscow", e.With(RelationType.Location, r));
    }

    [Fact]
    public void Statements_have_a_speaker_and_the_quote_and_pronouns_refer_back()
    {
        var r = Extract.Article("""
            Armenian Prime Minister Nikol Pashinyan spoke after the meeting.
            “Unfortunately, this conflict is still not settled,” he told journalists.
            """);
        var e = r.Event(EventType.Statement);
        Assert.Equal(["Nikol Pashinyan"], e.With(RelationType.Speaker, r));
        Assert.Contains("this conflict is still not settled", e.Summary);
    }

    [Fact]
    public void Requests_have_a_speaker_and_an_addressee_and_what_is_asked_does_not_happen()
    {
        var r = Extract.Article("Armenia had previously called on the Russian-led CSTO to mediate a border dispute. Azerbaijan is demanding that Armenia provide maps of minefields.");
        var requests = r.Events.Where(e => e.Type == EventType.Request).ToList();
        Assert.Equal(2, requests.Count);
        Assert.Contains(requests, e => e.With(RelationType.Speaker, r).SequenceEqual(["Armenia"]) && e.With(RelationType.Subject, r).SequenceEqual(["Collective Security Treaty Organization"]));
        Assert.Contains(requests, e => e.With(RelationType.Speaker, r).SequenceEqual(["Azerbaijan"]) && e.With(RelationType.Subject, r).SequenceEqual(["Armenia"]));
        Assert.DoesNotContain(r.Events, e => e.Type == EventType.Handover);
    }

    [Fact]
    public void Unreal_and_negated_events_are_not_extracted()
    {
        var r = Extract.Article("""
            Armenia should provide minefield maps to Azerbaijan.
            The reason Armenian prisoners have yet to be returned is unclear.
            Azerbaijan has not released all prisoners.
            The group will hold its first meeting before January 30.
            """);
        Assert.Empty(r.Events.Where(e => e.Type is EventType.Handover or EventType.PrisonerRelease or EventType.Meeting));
    }

    [Fact]
    public void Wars_need_a_time_a_name_or_their_parties()
    {
        var r = Extract.Article("""
            The conflict has persisted for decades.
            The Second Karabakh War between Armenia and Azerbaijan changed the status quo.
            Fighting over the region spanned from 1988 to 1994, resulting in 30,000 casualties.
            """);
        var wars = r.Events.Where(e => e.Type == EventType.ArmedConflict).ToList();
        Assert.Equal(2, wars.Count);
        Assert.Contains(wars, w => w.Name == "Second Karabakh War" && w.With(RelationType.Participant, r).Count == 2);
        Assert.Contains(wars, w => w.Time?.Start.Year == 1988 && w.Quantities.Any(q => q.Value == 30000));
    }

    [Fact]
    public void Deployments_founding_and_demining_are_recognized()
    {
        var r = Extract.Article("""
            Moscow deployed nearly 2,000 peacekeeping troops to the Karabakh region.
            The “Joint Russian-Turkish Center for Monitoring the Ceasefire” was opened in the Agdam region.
            According to the Azerbaijan National Agency for Mine Action (ANAMA), 4,500 anti-personnel mines have been found and destroyed.
            """);
        var deployment = r.Event(EventType.Deployment);
        Assert.Equal(["Russia"], deployment.With(RelationType.Participant, r));
        Assert.Equal(["Nagorno-Karabakh"], deployment.With(RelationType.Location, r));
        var founding = r.Event(EventType.Founding);
        Assert.Equal(["Joint Russian-Turkish Center for Monitoring the Ceasefire"], founding.With(RelationType.Subject, r));
        Assert.Equal(["Agdam"], founding.With(RelationType.Location, r));
        var demining = r.Event(EventType.Demining);
        Assert.Equal(["Azerbaijan National Agency for Mine Action"], demining.With(RelationType.Announcer, r));
        Assert.Equal("org:azerbaijan-national-agency-for-mine-action", Assert.Single(demining.Quantities).ClaimedBy);
    }

    [Fact]
    public void Media_cited_as_the_source_are_not_announcers_but_hold_the_figures()
    {
        var r = Extract.Article("As stated by the Council on Foreign Relations, fighting over the region spanned from 1988 to 1994, resulting in 30,000 casualties.");
        var war = r.Event(EventType.ArmedConflict);
        Assert.Empty(war.With(RelationType.Announcer, r));
        Assert.Equal("org:council-on-foreign-relations", Assert.Single(war.Quantities).ClaimedBy);
    }

    [Fact]
    public void Every_event_role_and_relation_carries_evidence_with_a_span_of_its_sentence()
    {
        var r = Extract.Article("On June 12, Azerbaijan released 15 Armenian detainees through mediation by the International Committee of the Red Cross.");
        var e = r.Event(EventType.PrisonerRelease);
        var all = e.Evidence.Concat(e.Roles.SelectMany(x => x.Evidence)).ToList();
        Assert.NotEmpty(all);
        foreach (var ev in all)
        {
            var sentence = r.Sentences[ev.SentenceIndex];
            Assert.InRange(ev.Start, sentence.Start, sentence.End);
            Assert.InRange(ev.End, ev.Start, sentence.End);
            Assert.Equal(r.Text[sentence.Start..sentence.End], ev.Sentence);
            Assert.False(string.IsNullOrEmpty(ev.Rule));
            Assert.InRange(ev.Confidence, 0.01, 1.0);
            Assert.Equal(r.DocumentId, ev.DocumentId);
        }
        Assert.Equal("International Committee of the Red Cross", r.Text[e.Roles.Single(x => x.Role == RelationType.Mediator).Evidence[0].Start..e.Roles.Single(x => x.Role == RelationType.Mediator).Evidence[0].End]);
    }
}
