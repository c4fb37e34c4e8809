using Graph.Ingestion.Recognizers;
using Graph.Ingestion.Text;
using Graph.Model;

namespace Graph.Ingestion.Events;

/// <summary>
/// Merges the mentions of one event within a document. A mention joins an earlier event of the same family when
/// their times overlap, or when one has no time and the mention refers back ("the agreement"), shares a
/// participant, or follows closely; directional roles must not contradict (who released whom) and counts of
/// captives must agree. A handover of maps answering a release ("while", "in return") makes the release an
/// exchange. "This agreement" refers to the event in focus. Also resolves pronouns for subjects.
/// </summary>
public sealed class EventCoreference
{
    private readonly DocumentContext _doc;
    private DocEvent? _focus;
    private int _focusSentence = -1;

    public EventCoreference(DocumentContext doc) => _doc = doc;

    private List<DocEvent> Events => _doc.Events;

    internal void AddSentence(SentenceFrame f, List<EventMention> mentions)
    {
        foreach (var m in mentions)
        {
            // "They agreed to …" right after a meeting: the same occasion, the same day.
            if (m.Time is null && LastPluralEvent?.Time is { } then && m.Roles.Exists(r => r.Evidence.Rule == "role.pronoun.plural"))
                m.Time = then with { Inferred = true };
            Add(f, m);
        }
        // "At the start of the meeting, Putin thanked …": remarks made at a dated meeting share its day.
        foreach (var m in mentions)
        {
            if (m.Family != EventFamily.Statement || m.Event is not { Time: null } statement) continue;
            foreach (var other in mentions)
            {
                if (other.Family == EventFamily.Meeting && other.Event?.Time is { Precision: DatePrecision.Day } day)
                {
                    statement.Time = day with { Inferred = true };
                    break;
                }
            }
        }
    }

    private void Add(SentenceFrame f, EventMention m)
    {
        DocEvent? target = m.Family switch
        {
            EventFamily.Statement or EventFamily.Request => FindStatement(m),
            EventFamily.Maps => FindReciprocal(f, m) ?? FindSameFamily(m),
            _ => FindSameFamily(m),
        };
        if (target is null)
        {
            if (!WorthCreating(m)) return;
            target = new DocEvent { Type = m.Type, FirstSentence = m.Sentence, LastSentence = m.Sentence, Background = true, Family = m.Family };
            Events.Add(target);
        }
        Merge(target, m);
        target.AddNamedFamily(m.Family);
        m.Event = target;
        if (!m.Cue.Background && m.Family is not (EventFamily.Statement or EventFamily.Request or EventFamily.Election))
        {
            _focus = target;
            _focusSentence = m.Sentence;
        }
    }

    private static bool WorthCreating(EventMention m)
    {
        if (m.Cue.ProperName is not null) return true;
        if (m.Family is EventFamily.Statement or EventFamily.Request) return HasRole(m, RelationType.Speaker);
        if (m.Time is not null) return m.Roles.Count > 0 || m.Family is EventFamily.Fight or EventFamily.Pact or EventFamily.Meeting or EventFamily.Election || m.Quantities.Count > 0;
        if (m.WeakRolesOnly && m.Quantities.Count == 0) return false;
        if (m.Cue.IsVerb) return m.Roles.Count > 0 || m.Quantities.Count > 0;
        return !m.WeakRolesOnly && m.Roles.Count > 0;
    }

    private static bool NamesParties(EventMention m)
    {
        foreach (var r in m.Roles) if (r.Strong && r.Role is RelationType.Participant or RelationType.Signatory && r.Evidence.Rule != "role.participant.armed-force") return true;
        return false;
    }

    private static bool HasRole(EventMention m, RelationType role)
    {
        foreach (var r in m.Roles) if (r.Role == role) return true;
        return false;
    }

    private DocEvent? FindStatement(EventMention m)
    {
        for (var i = Events.Count - 1; i >= 0; i--)
        {
            var e = Events[i];
            if (e.Family != m.Family) continue;
            if (e.Time is not null && m.Time is not null)
            {
                if (!e.Time.Overlaps(m.Time)) continue;
            }
            else if (m.Sentence - e.LastSentence > 5)
            {
                continue; // another occasion, as far as the text tells
            }
            foreach (var r in m.Roles)
            {
                if (r.Role == RelationType.Speaker && e.Has(RelationType.Speaker, r.Entity)) return e;
            }
        }
        return null;
    }

    /// <summary>A handover of maps answering a release in the same or the previous sentences makes one exchange.</summary>
    private DocEvent? FindReciprocal(SentenceFrame f, EventMention m)
    {
        var t = f.Tokens;
        var answers = m.Sentence == f.Sentence && HasReciprocityWord(f);
        for (var i = Events.Count - 1; i >= 0; i--)
        {
            var e = Events[i];
            if (e.Family != EventFamily.Captives) continue;
            var sameSentence = e.LastSentence == m.Sentence;
            if (!sameSentence && !(answers && m.Sentence - e.LastSentence <= 2)) continue;
            foreach (var r in m.Roles)
            {
                if (r.Role == RelationType.ReleasingSide && e.Has(RelationType.ReleasingSide, r.Entity)) return null;
            }
            if (m.Time is not null && e.Time is not null && !e.Time.Overlaps(m.Time)) return null;
            return e;
        }
        return null;
    }

    private static bool HasReciprocityWord(SentenceFrame f)
    {
        var t = f.Tokens;
        for (var k = f.Start; k + 1 < f.End && k < f.Start + 4; k++)
        {
            if (t[k].Lower == "in" && t[k + 1].Lower is "return" or "exchange") return true;
        }
        for (var k = f.Start; k + 1 < f.End; k++)
        {
            if (t[k].Lower == "in" && t[k + 1].Lower is "exchange" && k + 2 < f.End && t[k + 2].Lower == "for") return true;
        }
        return false;
    }

    private DocEvent? FindSameFamily(EventMention m)
    {
        if (m.Cue.Demonstrative && _focus is not null && m.Sentence - _focusSentence <= 12 && !Conflicts(_focus, m)
            && (_focus.Family == m.Family || m.Family is EventFamily.Pact or EventFamily.Captives or EventFamily.Maps or EventFamily.Negotiation))
            return _focus;
        // "The agreement": the event most recently named with a word of the same family.
        if (m.Cue.Anaphoric && !m.Cue.IsVerb && m.Time is null)
        {
            DocEvent? latest = null;
            foreach (var e in Events)
            {
                if (!e.WasNamedAs(m.Family) || Conflicts(e, m)) continue;
                if (latest is null || e.LastSentence >= latest.LastSentence) latest = e;
            }
            if (latest is not null) return latest;
        }
        // A dated mention goes first to an event of the same time.
        if (m.Time is not null)
        {
            for (var i = Events.Count - 1; i >= 0; i--)
            {
                var e = Events[i];
                if (e.Family == m.Family && e.Time is not null && e.Time.Overlaps(m.Time) && !Conflicts(e, m) && !QuantitiesDisagree(e, m)) return e;
            }
        }
        for (var i = Events.Count - 1; i >= 0; i--)
        {
            var e = Events[i];
            if (e.Family != m.Family) continue;
            if (Conflicts(e, m) || QuantitiesDisagree(e, m)) continue;
            if (e.Time is not null && m.Time is not null)
            {
                if (e.Time.Overlaps(m.Time)) return e;
                continue;
            }
            if (m.Cue.Anaphoric) return e;
            if (ShareParticipant(e, m)) return e;
            if (m.Cue.Novel) continue;
            // A named war does not absorb another dated war mentioned next to it.
            if (e.ProperName is not null && e.Time is null && m.Time is not null && !m.Cue.Anaphoric && m.Cue.ProperName != e.ProperName) continue;
            if (m.Sentence - e.LastSentence <= 2) return e;
            // An undated mention of an agreement, a war or demining is the one the report is about — unless it names its
            // own parties ("war between Armenia and Azerbaijan erupted soon after"): then only a close one is the same.
            if (m.Time is null && m.Family is EventFamily.Pact or EventFamily.Fight or EventFamily.Demining && (m.Cue.Anaphoric || !NamesParties(m))) return e;
        }
        return null;
    }

    private static bool Conflicts(DocEvent e, EventMention m)
    {
        // Two different givers are two different handovers or releases.
        var mine = false;
        var shared = false;
        var theirs = false;
        foreach (var r in m.Roles)
        {
            if (r.Role != RelationType.ReleasingSide) continue;
            mine = true;
            if (e.Has(RelationType.ReleasingSide, r.Entity)) shared = true;
        }
        foreach (var r in e.Roles) if (r.Role == RelationType.ReleasingSide) theirs = true;
        if (mine && theirs && !shared) return true;
        foreach (var r in m.Roles)
        {
            if (r.Role == RelationType.ReleasingSide && e.Has(RelationType.ReceivingSide, r.Entity) && !e.Has(RelationType.ReleasingSide, r.Entity)) return true;
            if (r.Role == RelationType.ReceivingSide && e.Has(RelationType.ReleasingSide, r.Entity) && !e.Has(RelationType.ReceivingSide, r.Entity)) return true;
        }
        return false;
    }

    private static bool QuantitiesDisagree(DocEvent e, EventMention m)
    {
        foreach (var a in e.Quantities)
        {
            foreach (var b in m.Quantities)
            {
                if (a.Value != b.Value && SameHead(a.Counted, b.Counted) && !a.Approximate && !b.Approximate) return true;
            }
        }
        return false;
    }

    private static bool SameHead(string a, string b)
    {
        var ha = a.Length == 0 ? "" : a[(a.LastIndexOf(' ') + 1)..];
        var hb = b.Length == 0 ? "" : b[(b.LastIndexOf(' ') + 1)..];
        return string.Equals(ha, hb, StringComparison.OrdinalIgnoreCase) || (IsCaptiveWord(ha) && IsCaptiveWord(hb));
    }

    private static bool IsCaptiveWord(string w) => w is "prisoners" or "detainees" or "captives" or "war" or "POWs" or "hostages" or "servicemen" or "soldiers";

    private static bool ShareParticipant(DocEvent e, EventMention m)
    {
        foreach (var r in m.Roles)
        {
            if (r.Role == RelationType.Location) continue;
            foreach (var x in e.Roles) if (x.Entity == r.Entity && x.Role != RelationType.Location) return true;
        }
        return false;
    }

    private void Merge(DocEvent e, EventMention m)
    {
        var cue = m.Cue;
        var reciprocal = m.Family == EventFamily.Maps && e.Family == EventFamily.Captives;
        if (reciprocal) e.Type = EventType.PrisonerExchange;
        else if (e.Type == EventType.Agreement && m.Type == EventType.Ceasefire) e.Type = EventType.Ceasefire;
        e.Mentions++;
        var t = _doc.Tokens;
        var confidence = cue.IsVerb ? 0.75 : 0.65;
        e.Evidence.Add(new Span(m.Sentence, t[cue.Start].Start, t[cue.End - 1].End, RuleNames.Event(m.Type, cue.IsVerb), confidence));
        e.Confidence = Math.Min(0.95, Math.Max(e.Confidence, confidence) + (e.Mentions > 1 ? 0.05 : 0));
        var corroborating = e.Mentions > 1 && !cue.IsVerb && cue.Anaphoric && m.Time is null;
        foreach (var (role, entity, span, strong) in m.Roles)
        {
            if (corroborating && !strong) continue;
            if (reciprocal && role is RelationType.ReleasingSide or RelationType.ReceivingSide) continue;
            if (role is RelationType.Participant && (e.Has(RelationType.ReleasingSide, entity) || e.Has(RelationType.ReceivingSide, entity))) continue;
            e.AddRole(role, entity, span);
        }
        if (m.Time is not null)
        {
            if (e.Time is null || (e.Time.Overlaps(m.Time) && Width(m.Time) < Width(e.Time)) || (e.Time.Inferred && !m.Time.Inferred && e.Time.Overlaps(m.Time)))
                e.Time = m.Time;
        }
        foreach (var q in m.Quantities)
        {
            var dup = false;
            foreach (var x in e.Quantities) if (x.Value == q.Value && string.Equals(x.Counted, q.Counted, StringComparison.OrdinalIgnoreCase)) dup = true;
            if (!dup) e.Quantities.Add(q);
        }
        foreach (var quote in m.Quotes) if (!e.Quotes.Contains(quote)) e.Quotes.Add(quote);
        e.ProperName ??= cue.ProperName;
        if (!cue.Background) e.Background = false;
        if (cue.Commitment) e.Commitment = true;
        e.FirstSentence = Math.Min(e.FirstSentence, m.Sentence);
        e.LastSentence = Math.Max(e.LastSentence, m.Sentence);
    }

    private static int Width(TimeRange t) => t.End.DayNumber - t.Start.DayNumber;

    internal EventFamily FamilyOf(DocEvent e) => e.Family;

    /// <summary>The event the text is about at this point: the latest non-background event that is not a statement.</summary>
    internal DocEvent? Focus(int sentence) => _focus is not null && sentence - _focusSentence <= 12 ? _focus : null;

    internal DocEvent? RecentEvent(EventFamily family, int sentence, int window)
    {
        for (var i = Events.Count - 1; i >= 0; i--)
        {
            var e = Events[i];
            if (e.Family == family && sentence - e.LastSentence <= window) return e;
        }
        return null;
    }

    /// <summary>"they", "them": the parties of the latest event of this or the two sentences before that had several of them.</summary>
    internal List<DocEntity> ResolvePlural(int sentence)
    {
        for (var i = Events.Count - 1; i >= 0; i--)
        {
            var e = Events[i];
            if (sentence - e.LastSentence > 2 || e.Family == EventFamily.Statement) continue;
            var parties = new List<DocEntity>();
            foreach (var r in e.Roles)
            {
                if (r.Role is RelationType.Attendee or RelationType.Participant or RelationType.Signatory && !parties.Contains(r.Entity)) parties.Add(r.Entity);
            }
            if (parties.Count >= 2)
            {
                LastPluralEvent = e;
                return parties;
            }
        }
        return [];
    }

    /// <summary>The event whose parties the last "they" stood for.</summary>
    internal DocEvent? LastPluralEvent { get; private set; }

    /// <summary>"he"/"she": the latest person mentioned (this sentence, then up to three before); "it": the latest state or organization acting in this sentence.</summary>
    internal DocEntity? ResolvePronoun(SentenceFrame f, int token, string pronoun)
    {
        if (pronoun is "he" or "she")
        {
            DocEntity? found = null;
            foreach (var m in f.Mentions)
            {
                if (m.TokenStart >= token) break;
                if (m.Entity is { Kind: NodeKind.Person }) found = m.Entity;
            }
            if (found is not null) return found;
            for (var s = f.Sentence - 1; s >= 0 && s >= f.Sentence - 3; s--)
            {
                if (_doc.Text.Sentences[s].Zone != TextZone.Body) continue;
                var list = _doc.Mentions[s];
                for (var i = list.Count - 1; i >= 0; i--)
                {
                    if (!list[i].Inner && list[i].Entity is { Kind: NodeKind.Person } p && !_doc.Tokens[list[i].TokenStart].Is(TokenFlags.InQuote)) return p;
                }
            }
            return null;
        }
        DocEntity? actor = null;
        foreach (var m in f.Mentions)
        {
            if (m.TokenStart >= token) break;
            if (m.Entity is { Kind: NodeKind.State or NodeKind.Organization } && f.PrepOf(m) is null && !f.RelativeClauses.Contains(f.ClauseOf(m.TokenStart))) actor = m.Entity;
        }
        if (actor is not null || f.Sentence == 0) return actor;
        // "Azerbaijan said it had fulfilled its commitments. … it said in Baku.": the subject of the sentence before.
        foreach (var m in _doc.Mentions[f.Sentence - 1])
        {
            if (!m.Inner && m.Entity is { Kind: NodeKind.State or NodeKind.Organization } && m.TokenStart == _doc.Text.Sentences[f.Sentence - 1].TokenStart) return m.Entity;
        }
        return null;
    }

    /// <summary>Drops events with nothing to say. Events keep only the times the text gives them.</summary>
    internal void Finish()
    {
        Events.RemoveAll(e => e.Roles.Count == 0 && e.Time is null && e.Quantities.Count == 0 && e.ProperName is null);
    }
}
