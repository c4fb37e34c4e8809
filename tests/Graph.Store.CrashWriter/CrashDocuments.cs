using Graph.Model;

namespace Graph.Store.CrashWriter;

/// <summary>
/// Documents generated from their index alone, so that the test can tell exactly what a document must have put
/// in the store. Document i states three entities (its own state and person, and one of ten shared organizations),
/// one event with two pieces of evidence, and five relations: ten pieces of evidence in all.
/// </summary>
public static class CrashDocuments
{
    public const int EvidencePerDocument = 10;

    public static string DocumentId(int i) => $"doc:crash-{i:0000}";

    public static string State(int i) => $"state:crash-s{i}";

    public static string Person(int i) => $"person:crash-p{i}";

    public static string Organization(int i) => $"org:crash-o{i % 10}";

    public static string Event(int i) => $"event:crash-e{i}";

    public static string Text(int i) =>
        $"Report {i}. Minister {i} of State {i} attended meeting {i} hosted by Council {i % 10}. State {i} is a member of Council {i % 10}.";

    public static DocumentFacts Generate(int i)
    {
        var text = Text(i);
        var id = DocumentId(i);
        Evidence At(string cue, string rule)
        {
            var start = text.IndexOf(cue, StringComparison.Ordinal);
            return new Evidence(id, 1, start, start + cue.Length, text[(text.IndexOf('.') + 2)..], rule, 0.8);
        }
        var document = new DocumentRecord(id, FactIds.ContentHash(text), $"Crash report {i}", "Crash writer", null,
            TimeRange.Day(new DateOnly(2020, 1, 1).AddDays(i)), null, null, DateTimeOffset.UnixEpoch.AddDays(i), text.Length);
        return new DocumentFacts(document, text,
            [
                new EntityFact(State(i), NodeKind.State, $"State {i}", [$"S{i}"], null, true, 0.9, [At($"State {i}", "name")]),
                new EntityFact(Person(i), NodeKind.Person, $"Minister {i}", [], null, true, 0.9, [At($"Minister {i}", "name")]),
                new EntityFact(Organization(i), NodeKind.Organization, $"Council {i % 10}", [], null, true, 0.9, [At($"Council {i % 10}", "name")]),
            ],
            [
                new EventFact(Event(i), EventType.Meeting, $"Meeting {i}", TimeRange.Day(new DateOnly(2020, 1, 1).AddDays(i)),
                    [new Quantity(i, "delegates")], null, 0.7, [At("attended", "meeting-cue"), At("hosted", "host-cue")]),
            ],
            [
                new RelationFact(RelationType.Participant, Event(i), State(i), null, null, 0.7, [At($"State {i}", "participant")]),
                new RelationFact(RelationType.Attendee, Event(i), Person(i), null, null, 0.7, [At($"Minister {i}", "attendee")]),
                new RelationFact(RelationType.Host, Event(i), Organization(i), null, null, 0.7, [At("hosted", "host")]),
                new RelationFact(RelationType.MemberOf, State(i), Organization(i), null, null, 0.7, [At("member", "member")]),
                new RelationFact(RelationType.HoldsOffice, Person(i), State(i), "Minister", null, 0.7, [At($"Minister {i}", "office")]),
            ]);
    }
}
