using Graph.Ingestion.Tests.Support;
using Graph.Model;

namespace Graph.Ingestion.Tests.Unseen;

/// <summary>
/// Documents the pipeline was not written against: invented news reports on other conflicts and mediations
/// (files next to this class). They keep the rules general: nothing here appears in the seeds.
/// </summary>
public class UnseenDocumentTests
{
    private static ExtractionResult Read(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Unseen", file);
        return Extract.Extractor.Extract(new DocumentInput { Bytes = File.ReadAllBytes(path), SourcePath = "Unseen/" + file });
    }

    [Fact]
    public void A_qatar_brokered_swap_is_an_exchange_with_its_broker_mediator_announcer_and_date()
    {
        var r = Read("qatar-prisoner-swap.txt");
        Assert.Equal(new DateOnly(2024, 3, 6), r.Metadata.PublishedAt!.Start);
        var swap = r.Event(EventType.PrisonerExchange);
        Assert.Equal(new DateOnly(2024, 3, 5), swap.Time!.Start);
        Assert.Equal(["South Sudan", "Sudan"], swap.With(RelationType.Participant, r).Order().ToList());
        Assert.Equal(["Qatar"], swap.With(RelationType.Broker, r));
        Assert.Equal(["International Committee of the Red Cross"], swap.With(RelationType.Mediator, r));
        Assert.Equal(["Ministry of Foreign Affairs of Sudan"], swap.With(RelationType.Announcer, r));
        Assert.Equal(42, Assert.Single(swap.Quantities).Value);
    }

    [Fact]
    public void The_qatar_report_introduces_its_officials_and_a_meeting_in_doha()
    {
        var r = Read("qatar-prisoner-swap.txt");
        Assert.Contains(r.Relations, x => x.Type == RelationType.HoldsOffice && x.FromKey == "person:amos-lado" && x.ToKey == "state:south-sudan" && x.Role == "Deputy Foreign Minister");
        Assert.Contains(r.Relations, x => x.Type == RelationType.HoldsOffice && x.FromKey == "person:khalid-al-mansouri" && x.ToKey == "state:qatar");
        var meeting = r.Event(EventType.Meeting);
        Assert.Equal(["Khalid Al Mansouri"], meeting.With(RelationType.Host, r));
        Assert.Equal(["Doha"], meeting.With(RelationType.Location, r));
        Assert.Equal((2024, 2), (meeting.Time!.Start.Year, meeting.Time.Start.Month));
        var lado = r.Events.Single(e => e.Type == EventType.Statement && e.With(RelationType.Speaker, r).Contains("Amos Lado"));
        Assert.Contains("first step toward lasting peace", lado.Summary);
        var war = r.Event(EventType.ArmedConflict);
        Assert.Equal(2012, war.Time!.Start.Year);
        Assert.Equal(["South Sudan", "Sudan"], war.With(RelationType.Participant, r).Order().ToList());
    }

    [Fact]
    public void A_ceasefire_signed_in_a_capital_has_signatories_broker_guarantor_and_place()
    {
        var r = Read("ceasefire-signing.txt");
        var ceasefire = r.Event(EventType.Ceasefire);
        Assert.Equal(new DateOnly(2022, 11, 2), ceasefire.Time!.Start);
        Assert.Equal(["Eritrea", "Ethiopia"], ceasefire.With(RelationType.Signatory, r).Order().ToList());
        Assert.Equal(["African Union"], ceasefire.With(RelationType.Broker, r));
        Assert.Equal(["Kenya"], ceasefire.With(RelationType.Guarantor, r));
        Assert.Equal(["Addis Ababa"], ceasefire.With(RelationType.Location, r));
        Assert.Contains(r.Relations, x => x.Type == RelationType.HoldsOffice && x.FromKey == "person:dawit-bekele" && x.ToKey == "state:ethiopia" && x.Role == "Prime Minister");
        Assert.Contains(r.Relations, x => x.Type == RelationType.HoldsOffice && x.FromKey == "person:samuel-tesfay" && x.ToKey == "state:eritrea" && x.Role == "President");
        var pledge = r.Event(EventType.Handover);
        Assert.Equal(["Eritrea"], pledge.With(RelationType.ReleasingSide, r));
        Assert.Equal(["Ethiopia"], pledge.With(RelationType.ReceivingSide, r));
        Assert.Equal(["Badme"], pledge.With(RelationType.Subject, r));
        Assert.DoesNotContain(r.Events, e => e.Type == EventType.Deployment); // "Kenyan troops will monitor": not yet
    }

    [Fact]
    public void A_deployment_and_demining_report_keeps_its_teasers_out()
    {
        var r = Read("demining-deployment.txt");
        var deployment = r.Event(EventType.Deployment);
        Assert.Equal(new DateOnly(2023, 5, 8), deployment.Time!.Start);
        Assert.Equal(["United Nations"], deployment.With(RelationType.Participant, r));
        Assert.Equal(["Abyei"], deployment.With(RelationType.Location, r));
        Assert.Equal(["UN Security Council"], deployment.With(RelationType.Announcer, r));
        Assert.Equal(300, Assert.Single(deployment.Quantities).Value);
        var demining = r.Event(EventType.Demining);
        Assert.Contains("HALO Trust", demining.With(RelationType.Participant, r));
        Assert.Equal(["UN Mine Action Service"], demining.With(RelationType.Announcer, r));
        Assert.Equal(1450, Assert.Single(demining.Quantities).Value);
        Assert.Null(demining.Time); // "since January" says when demining began, not when this happened
        Assert.False(r.HasEntity("Jeddah", NodeKind.Place));
        Assert.False(r.HasEntity("Ethiopia", NodeKind.State));
    }
}
