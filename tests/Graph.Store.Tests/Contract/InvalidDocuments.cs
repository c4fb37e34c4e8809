using Graph.Model;
using static Graph.Store.Tests.Contract.SampleDocuments;

namespace Graph.Store.Tests.Contract;

/// <summary>Named ways to spoil a valid document (the exchange report); each must be rejected as invalid input.</summary>
public static class InvalidDocuments
{
    private static DocumentFacts Valid() => ExchangeReport().Build();

    private static DocumentFacts WithEntity(int index, Func<EntityFact, EntityFact> change)
    {
        var facts = Valid();
        var entities = facts.Entities.ToList();
        entities[index] = change(entities[index]);
        return facts with { Entities = entities };
    }

    private static DocumentFacts WithEvent(Func<EventFact, EventFact> change)
    {
        var facts = Valid();
        return facts with { Events = [change(facts.Events[0])] };
    }

    private static DocumentFacts WithRelation(Func<RelationFact, RelationFact> change)
    {
        var facts = Valid();
        var relations = facts.Relations.ToList();
        relations[^1] = change(relations[^1]);
        return facts with { Relations = relations };
    }

    private static DocumentFacts WithExtraRelation(RelationType type, string from, string to, string? role = null)
    {
        var facts = Valid();
        var evidence = facts.Relations[0].Evidence;
        return facts with { Relations = [.. facts.Relations, new RelationFact(type, from, to, role, null, 0.5, evidence)] };
    }

    public static readonly IReadOnlyDictionary<string, Func<DocumentFacts>> Cases = new Dictionary<string, Func<DocumentFacts>>
    {
        ["empty entity name"] = () => WithEntity(0, e => e with { Name = "" }),
        ["blank entity name"] = () => WithEntity(0, e => e with { Name = "   " }),
        ["oversized entity name"] = () => WithEntity(0, e => e with { Name = new string('a', FactLimits.MaxNameLength + 1) }),
        ["oversized alias"] = () => WithEntity(0, e => e with { Aliases = [new string('b', FactLimits.MaxNameLength + 1)] }),
        ["control character in a name"] = () => WithEntity(1, e => e with { Name = "Azer\u0000baijan" }),
        ["unknown node kind"] = () => WithEntity(0, e => e with { Kind = (NodeKind)99 }),
        ["event kind for an entity"] = () => WithEntity(0, e => e with { Kind = NodeKind.Event }),
        ["id prefix of another kind"] = () => WithEntity(0, e => e with { Id = "person:armenia" }),
        ["malformed id"] = () => WithEntity(0, e => e with { Id = "state:Armenia Republic" }),
        ["oversized id"] = () => WithEntity(0, e => e with { Id = "state:" + new string('a', FactIds.MaxIdLength) }),
        ["duplicate id"] = () => WithEntity(1, e => e with { Id = Armenia }),
        ["unknown event type"] = () => WithEvent(e => e with { Type = (EventType)99 }),
        ["event time ending before it starts"] = () => WithEvent(e => e with { Time = new TimeRange(new DateOnly(2021, 6, 12), new DateOnly(2021, 6, 1), DatePrecision.Day) }),
        ["quantity that is not a number"] = () => WithEvent(e => e with { Quantities = [new Quantity(double.NaN, "detainees")] }),
        ["unknown relation type"] = () => WithRelation(r => r with { Type = (RelationType)99 }),
        ["location pointing at a person"] = () => WithExtraRelation(RelationType.Location, Exchange, "person:nikol-pashinyan"),
        ["event role starting from an entity"] = () => WithExtraRelation(RelationType.Participant, Armenia, Exchange),
        ["structural relation from an event"] = () => WithExtraRelation(RelationType.MemberOf, Exchange, Armenia),
        ["holds office without a title"] = () => WithExtraRelation(RelationType.HoldsOffice, "person:nikol-pashinyan", Armenia),
        ["holds office from a state"] = () => WithExtraRelation(RelationType.HoldsOffice, Azerbaijan, Armenia, "Ally"),
        ["relation to itself"] = () => WithExtraRelation(RelationType.MemberOf, Armenia, Armenia),
        ["relation endpoint that is not an id"] = () => WithExtraRelation(RelationType.Mediator, Exchange, "Georgia"),
        ["fact without evidence"] = () => WithEntity(0, e => e with { Evidence = [] }),
        ["evidence from another document"] = () => WithEntity(0, e => e with { Evidence = [e.Evidence[0] with { DocumentId = "doc:elsewhere" }] }),
        ["evidence span outside the text"] = () => WithEntity(0, e => e with { Evidence = [e.Evidence[0] with { End = 1_000_000 }] }),
        ["confidence above one"] = () => WithRelation(r => r with { Confidence = 1.5 }),
        ["empty content hash"] = () => Valid() with { Document = Valid().Document with { ContentHash = "" } },
        ["document id of another kind"] = () => Valid() with { Document = Valid().Document with { Id = "state:exchange" } },
        ["missing text"] = () => Valid() with { Text = null! },
        ["missing entity list"] = () => Valid() with { Entities = null! },
        ["missing document"] = () => Valid() with { Document = null! },
        ["null entity"] = () => Valid() with { Entities = [null!] },
    };

    public static IEnumerable<object[]> Names() => Cases.Keys.Select(k => new object[] { k });
}
