using System.Globalization;
using System.Text;
using Graph.Model;

namespace Graph.Benchmarks.Store;

/// <summary>
/// A deterministic synthetic corpus for the store benchmarks. Each document reports one event with three to five
/// parties (drawn with a skew, so a few actors appear in thousands of events and most in a few dozen), where it
/// happened, and one structural fact (membership, location or office). With 100,000 documents that is 20,000
/// entities, 100,000 events, about 650,000 relations and 1.3 million pieces of evidence.
/// </summary>
public sealed class SyntheticCorpus(int documents, int seed = 20240601)
{
    public const int Persons = 8_000;
    public const int Organizations = 4_000;
    public const int States = 2_000;
    public const int Places = 6_000;
    public const int Actors = Persons + Organizations + States;

    private static readonly string[] Syllables =
        ["ar", "ba", "ke", "lo", "mi", "na", "or", "pa", "ri", "sa", "tu", "va", "ze", "kh", "dan", "ver", "gor", "lis", "mar", "tin", "yan", "ov", "ez", "ul"];

    private static readonly RelationType[] PartyRoles =
    [
        RelationType.Participant, RelationType.Participant, RelationType.Signatory, RelationType.Mediator, RelationType.Host,
        RelationType.Attendee, RelationType.Subject, RelationType.Speaker, RelationType.Guarantor, RelationType.Broker,
        RelationType.ReleasingSide, RelationType.ReceivingSide, RelationType.Announcer,
    ];

    public int Documents { get; } = documents;

    /// <summary>Actor index (0..<see cref="Actors"/>) to entity: persons, then organizations, then states.</summary>
    public static (string Id, NodeKind Kind, string Name) Actor(int index) => index switch
    {
        < Persons => Entity(NodeKind.Person, index),
        < Persons + Organizations => Entity(NodeKind.Organization, index - Persons),
        _ => Entity(NodeKind.State, index - Persons - Organizations),
    };

    public static (string Id, NodeKind Kind, string Name) Place(int index) => Entity(NodeKind.Place, index);

    public static string EventId(int document) => "event:synthetic-" + document.ToString(CultureInfo.InvariantCulture);

    private static (string Id, NodeKind Kind, string Name) Entity(NodeKind kind, int index)
    {
        var name = Name(kind, index);
        return ($"{kind.IdPrefix()}:{FactIds.Slug(name)}-{index}", kind, name);
    }

    private static string Name(NodeKind kind, int index)
    {
        var r = new Random(index * 31 + (int)kind);
        string Word(int syllables)
        {
            var sb = new StringBuilder();
            for (var i = 0; i < syllables; i++) sb.Append(Syllables[r.Next(Syllables.Length)]);
            sb[0] = char.ToUpperInvariant(sb[0]);
            return sb.ToString();
        }
        return kind switch
        {
            NodeKind.Person => $"{Word(2)} {Word(3)}",
            NodeKind.Organization => $"{Word(2)} {(index % 3 == 0 ? "Council" : index % 3 == 1 ? "Committee" : "Mission")}",
            NodeKind.State => $"Republic of {Word(3)}",
            _ => $"{Word(2)} {(index % 2 == 0 ? "district" : "city")}",
        };
    }

    /// <summary>A skewed index in [0, n): low indices are far more frequent.</summary>
    private static int Skewed(Random r, int n) => Math.Min(n - 1, (int)(n * Math.Pow(r.NextDouble(), 2.0)));

    public IEnumerable<DocumentFacts> Generate()
    {
        for (var i = 0; i < Documents; i++) yield return Document(i);
    }

    public DocumentFacts Document(int i)
    {
        var r = new Random(seed + i);
        var docId = "doc:synthetic-" + i.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        var sentences = new List<string>();
        var pending = new List<(string FactKey, int Start, int End, string Rule)>();
        var spans = new List<(string FactKey, int Sentence, int Start, int End, string Rule)>();

        void Mention(string factKey, string words, string rule)
        {
            var start = text.Length;
            text.Append(words);
            pending.Add((factKey, start, text.Length, rule));
        }
        void EndSentence()
        {
            text.Append(". ");
            var start = sentences.Sum(s => s.Length + 1);
            sentences.Add(text.ToString(start, text.Length - start - 1));
            foreach (var p in pending) spans.Add((p.FactKey, sentences.Count - 1, p.Start, p.End, p.Rule));
            pending.Clear();
        }

        var partyCount = 3 + r.Next(3);
        var parties = new List<int>();
        while (parties.Count < partyCount)
        {
            var a = Skewed(r, Actors);
            if (!parties.Contains(a)) parties.Add(a);
        }
        var place = Skewed(r, Places);
        var type = (EventType)(i % Enum.GetValues<EventType>().Length);
        var eventId = EventId(i);
        var eventName = $"{type} {i}";
        TimeRange? time = i % 10 == 9 ? null : TimeRange.Day(new DateOnly(2000, 1, 1).AddDays(i % 9000));

        // Sentence 0: the event, its parties and place.
        for (var p = 0; p < parties.Count; p++)
        {
            if (p > 0) text.Append(p == parties.Count - 1 ? " and " : ", ");
            var actor = Actor(parties[p]);
            Mention(actor.Id, actor.Name, "name");
        }
        text.Append(" took part in ");
        Mention(eventId, eventName, "event-cue");
        text.Append(" in ");
        var placeEntity = Place(place);
        Mention(placeEntity.Id, placeEntity.Name, "name");
        if (time is not null) text.Append(" on ").Append(time.Start.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture));
        EndSentence();

        // Sentence 1: one structural fact.
        (string From, string To, RelationType Type, string? Role) structural;
        switch (i % 3)
        {
            case 0:
            {
                var person = Actor(Skewed(r, Persons));
                var org = Actor(Persons + Skewed(r, Organizations));
                Mention(person.Id, person.Name, "name");
                text.Append(" is a member of ");
                Mention(org.Id, org.Name, "name");
                structural = (person.Id, org.Id, RelationType.MemberOf, null);
                break;
            }
            case 1:
            {
                var state = Actor(Persons + Organizations + Skewed(r, States));
                Mention(placeEntity.Id, placeEntity.Name, "name");
                text.Append(" lies in ");
                Mention(state.Id, state.Name, "name");
                structural = (placeEntity.Id, state.Id, RelationType.LocatedIn, null);
                break;
            }
            default:
            {
                var person = Actor(Skewed(r, Persons));
                var state = Actor(Persons + Organizations + Skewed(r, States));
                Mention(person.Id, person.Name, "name");
                text.Append(" is Minister of ");
                Mention(state.Id, state.Name, "name");
                structural = (person.Id, state.Id, RelationType.HoldsOffice, "Minister");
                break;
            }
        }
        EndSentence();

        var body = text.ToString();
        Evidence EvidenceOf(string key, string rule)
        {
            var s = spans.First(x => x.FactKey == key);
            return new Evidence(docId, s.Sentence, s.Start, s.End, sentences[s.Sentence], rule, 0.8);
        }

        var entities = new List<EntityFact>();
        foreach (var key in spans.Select(s => s.FactKey).Where(k => k != eventId).Distinct())
        {
            FactIds.TryGetKind(key, out var kind);
            var name = body[spans.First(x => x.FactKey == key).Start..spans.First(x => x.FactKey == key).End];
            entities.Add(new EntityFact(key, kind, name, [], null, false, 0.9, [EvidenceOf(key, "name")]));
        }
        var relations = new List<RelationFact>();
        foreach (var party in parties)
        {
            var actor = Actor(party);
            relations.Add(new RelationFact(PartyRoles[r.Next(PartyRoles.Length)], eventId, actor.Id, null, null, 0.7, [EvidenceOf(actor.Id, "role")]));
        }
        relations.Add(new RelationFact(RelationType.Location, eventId, placeEntity.Id, null, null, 0.7, [EvidenceOf(placeEntity.Id, "location")]));
        relations.Add(new RelationFact(structural.Type, structural.From, structural.To, structural.Role, null, 0.7, [EvidenceOf(structural.To, "structure")]));

        var events = new List<EventFact>
        {
            new(eventId, type, eventName, time, i % 4 == 0 ? [new Quantity(r.Next(1, 500), "people")] : [], null, 0.8, [EvidenceOf(eventId, "event-cue")]),
        };
        var document = new DocumentRecord(docId, FactIds.ContentHash(body), $"Synthetic report {i}", "Synthetic wire", null,
            time, null, null, DateTimeOffset.UnixEpoch.AddMinutes(i), body.Length);
        return new DocumentFacts(document, body, entities, events, relations);
    }
}
