using System.Text;
using Graph.Ingestion.Events;
using Graph.Ingestion.Recognizers;
using Graph.Ingestion.Text;
using Graph.Model;

namespace Graph.Ingestion;

/// <summary>Turns a read document into its <see cref="ExtractionResult"/>: entities, events and relations with evidence.</summary>
internal static class ResultBuilder
{
    public static ExtractionResult Build(DocumentContext doc, DocumentInput input, string hash)
    {
        var text = doc.Text;
        var sentenceTexts = new string?[text.Sentences.Length];
        string SentenceText(int i) => sentenceTexts[i] ??= text.SentenceText(i);
        Evidence Ev(Span s) => new(doc.DocumentId, s.Sentence, s.Start, s.End, SentenceText(s.Sentence), s.Rule, Math.Round(s.Confidence, 3));

        var sentences = new List<SentenceInfo>(text.Sentences.Length);
        foreach (var s in text.Sentences) sentences.Add(new SentenceInfo(s.Index, s.Start, s.End, s.Zone));

        // Entities that facts refer to are kept even when their only mention is nested in another name.
        var referenced = new HashSet<DocEntity>();
        foreach (var ev in doc.Events) foreach (var r in ev.Roles) referenced.Add(r.Entity);
        foreach (var r in doc.Relations) { referenced.Add(r.From); referenced.Add(r.To); }

        var entities = new List<ExtractedEntity>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in doc.Entities.All)
        {
            var evidence = new List<Evidence>(e.Mentions.Count);
            var aliases = new List<string>(e.Aliases);
            foreach (var m in e.Mentions)
            {
                var zone = text.Sentences[m.Sentence].Zone;
                if (zone is not (TextZone.Body or TextZone.Title)) continue;
                // A name nested in another proper name ("Azerbaijan" in "Azerbaijan National Agency for Mine Action") is no mention of its own.
                if (m.Outer?.Rule is "organization.form" or "place.form" && !referenced.Contains(e)) continue;
                evidence.Add(Ev(new Span(m.Sentence, m.Start, m.End, m.Rule, m.Confidence)));
                if (m.Form is MentionForm.Name or MentionForm.Acronym && m.Office is null && m.Entity == e && !m.NoAlias)
                {
                    // Most mentions repeat the name or a known alias as written: no string is made for those.
                    var raw = text.Text.AsSpan(m.Start, m.End - m.Start);
                    if (IsClean(raw) && (raw.SequenceEqual(e.Name) || Contains(aliases, raw))) continue;
                    var surface = Clean(text.Slice(m.Start, m.End));
                    if (surface != e.Name && !aliases.Contains(surface) && surface.Length <= FactLimits.MaxNameLength) aliases.Add(surface);
                }
            }
            if (evidence.Count == 0) continue;
            var confidence = e.Discovered ? Math.Min(0.9, e.Confidence + 0.02 * (evidence.Count - 1)) : e.Confidence;
            entities.Add(new ExtractedEntity(e.Key, e.Kind, e.Name, aliases, e.Subtype, e.Discovered, Math.Round(confidence, 3), evidence));
            keys.Add(e.Key);
        }

        var events = new List<ExtractedEvent>();
        var n = 0;
        foreach (var e in doc.Events)
        {
            var roles = new List<ExtractedRole>();
            foreach (var r in e.Roles)
            {
                if (!keys.Contains(r.Entity.Key)) continue;
                var ev = new List<Evidence>(r.Evidence.Count);
                foreach (var s in r.Evidence) ev.Add(Ev(s));
                roles.Add(new ExtractedRole(r.Role, r.Entity.Key, Math.Round(r.Confidence, 3), ev, r.Qualifier));
            }
            var quantities = new List<Quantity>(e.Quantities.Count);
            foreach (var q in e.Quantities)
            {
                var claimed = q.ClaimedBy is not null && keys.Contains(q.ClaimedBy.Key) ? q.ClaimedBy.Key : null;
                quantities.Add(new Quantity(q.Value, q.Counted, q.Approximate, q.Text, claimed));
            }
            var evidence = new List<Evidence>(e.Evidence.Count);
            foreach (var s in e.Evidence) evidence.Add(Ev(s));
            var summary = e.Quotes.Count == 0 ? null : string.Join(" … ", e.Quotes);
            events.Add(new ExtractedEvent("e" + (++n), e.Type, NameOf(e), e.Time, quantities, summary, Math.Round(e.Confidence, 3), evidence, roles));
        }

        var relations = new List<ExtractedRelation>();
        foreach (var r in doc.Relations)
        {
            if (!keys.Contains(r.From.Key) || !keys.Contains(r.To.Key)) continue;
            var evidence = new List<Evidence>(r.Evidence.Count);
            foreach (var s in r.Evidence) evidence.Add(Ev(s));
            relations.Add(new ExtractedRelation(r.Type, r.From.Key, r.To.Key, r.Role, r.Time, Math.Round(r.Confidence, 3), evidence));
        }

        var title = input.Title;
        if (string.IsNullOrWhiteSpace(title))
        {
            foreach (var s in text.Sentences)
            {
                if (s.Zone == TextZone.Title) { title = Clean(text.SentenceText(s.Index)); break; }
            }
        }
        if (string.IsNullOrWhiteSpace(title) && text.Sentences.Length > 0) title = Clean(text.SentenceText(0));
        if (string.IsNullOrWhiteSpace(title)) title = "Untitled document";
        if (title.Length > FactLimits.MaxNameLength) title = title[..FactLimits.MaxNameLength];
        var metadata = new DocumentMetadata(title, Blank(input.Publisher), Blank(input.Author), doc.Publication, Blank(input.Url), Blank(input.SourcePath));
        return new ExtractionResult(doc.DocumentId, hash, text.Text, metadata, sentences, entities, events, relations);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Clean(string s)
    {
        if (IsClean(s)) return s;
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>True when <see cref="Clean"/> would return the text unchanged: single spaces between words only, no control characters.</summary>
    private static bool Contains(List<string> list, ReadOnlySpan<char> value)
    {
        foreach (var s in list) if (value.SequenceEqual(s)) return true;
        return false;
    }

    private static bool IsClean(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (!char.IsWhiteSpace(c) && !char.IsControl(c)) continue;
            if (c != ' ' || i == 0 || i == s.Length - 1) return false;
            var next = s[i + 1];
            if (char.IsWhiteSpace(next) || char.IsControl(next)) return false;
        }
        return true;
    }

    /// <summary>The roles whose entities name an event, in the order they are listed.</summary>
    private static readonly RelationType[] NamingRoles =
    [
        RelationType.ReleasingSide, RelationType.ReceivingSide, RelationType.Signatory, RelationType.Host, RelationType.Attendee,
        RelationType.Participant, RelationType.Speaker, RelationType.Subject,
    ];

    /// <summary>"PrisonerExchange" as "Prisoner exchange", for each event type.</summary>
    private static readonly Dictionary<EventType, string> TypeNames = Enum.GetValues<EventType>().ToDictionary(t => t, SpacedName);

    private static string SpacedName(EventType type)
    {
        var name = type.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) sb.Append(' ').Append(char.ToLowerInvariant(name[i]));
            else sb.Append(name[i]);
        }
        return sb.ToString();
    }

    /// <summary>Scratch builder of the calling thread for <see cref="NameOf"/>.</summary>
    [ThreadStatic] private static StringBuilder? _nameBuilder;

    /// <summary>"Prisoner exchange, 2021-06-12: Azerbaijan, Armenia".</summary>
    private static string NameOf(DocEvent e)
    {
        if (e.ProperName is not null) return e.ProperName;
        var sb = _nameBuilder ??= new StringBuilder(128);
        sb.Clear();
        sb.Append(TypeNames.TryGetValue(e.Type, out var typeName) ? typeName : SpacedName(e.Type));
        if (e.Time is not null) sb.Append(", ").Append(e.Time.ToString());
        var names = new List<string>();
        foreach (var role in NamingRoles)
        {
            foreach (var r in e.Roles)
            {
                if (r.Role == role && !names.Contains(r.Entity.Name) && names.Count < 4) names.Add(r.Entity.Name);
            }
        }
        for (var i = 0; i < names.Count; i++) sb.Append(i == 0 ? ": " : ", ").Append(names[i]);
        return sb.ToString();
    }
}
