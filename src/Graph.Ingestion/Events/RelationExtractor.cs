using Graph.Ingestion.Lexicon;
using Graph.Ingestion.Recognizers;
using Graph.Ingestion.Text;
using Graph.Model;

namespace Graph.Ingestion.Events;

/// <summary>
/// Relations between entities: offices held (title + person + state, with the time the sentence gives, "acting"
/// kept), institutions part of their state, places located in places ("the Agdam region of
/// Azerbaijan"), co-chairs ("The United States, France and Russia co-chair the … Minsk Group"), leadership
/// ("the Russian-led CSTO", "led by"), membership ("a member of").
/// </summary>
public static class RelationExtractor
{
    public static void Run(DocumentContext doc)
    {
        var t = doc.Tokens;
        foreach (var s in doc.Text.Sentences)
        {
            if (s.Zone != TextZone.Body) continue;
            var mentions = doc.Mentions[s.Index];
            var sentenceTime = SentenceTime(doc, s.Index);
            foreach (var m in mentions)
            {
                // Offices.
                if (m.Office is { Holder: not null } office && m.Entity is { Kind: NodeKind.Person } person && m.Form != MentionForm.Descriptor)
                {
                    // The office carries the time the text gives it ("That same day, … acting Prime Minister …"), no other.
                    Add(doc, RelationType.HoldsOffice, person, office.Holder, office.Role, sentenceTime, new Span(s.Index, m.Start, m.End, office.HolderInferred ? "office.title.inferred-holder" : "office.title", office.HolderInferred ? 0.5 : 0.85));
                }
            }
            LocatedIn(doc, s);
            Capitals(doc, s);
            PartOfPhrase(doc, s);
            OrganizationParts(doc, s);
            CoChairs(doc, s);
            Leads(doc, s);
            MemberOf(doc, s);
        }
        // Organizations founded at a place are located there ("was opened in the Agdam region").
        foreach (var ev in doc.Events)
        {
            if (ev.Type != EventType.Founding) continue;
            foreach (var subject in ev.Roles)
            {
                if (subject.Role != RelationType.Subject || subject.Entity.Kind != NodeKind.Organization) continue;
                foreach (var place in ev.Roles)
                {
                    if (place.Role == RelationType.Location && place.Entity.Kind == NodeKind.Place)
                        Add(doc, RelationType.LocatedIn, subject.Entity, place.Entity, null, null, place.Evidence[0] with { Rule = "organization.founded-at" });
                }
            }
        }
        // Institutions and agencies named after their state.
        foreach (var e in doc.Entities.All)
        {
            if (e.PartOf is null || e.Mentions.Count == 0) continue;
            var first = e.Mentions[0];
            Add(doc, RelationType.PartOf, e, e.PartOf, null, null, new Span(first.Sentence, first.Start, first.End, "organization.of-state", 0.8));
        }
    }

    private static TimeRange? SentenceTime(DocumentContext doc, int sentence)
    {
        foreach (var d in doc.Dates[sentence])
        {
            if (d.Resolved is { Precision: DatePrecision.Day or DatePrecision.PartOfMonth or DatePrecision.Month } r) return r;
        }
        return null;
    }

    private static void Add(DocumentContext doc, RelationType type, DocEntity from, DocEntity to, string? role, TimeRange? time, Span evidence)
    {
        if (from == to) return;
        foreach (var r in doc.Relations)
        {
            if (r.Type == type && r.From == from && r.To == to && string.Equals(r.Role, role, StringComparison.OrdinalIgnoreCase))
            {
                r.Evidence.Add(evidence);
                r.Confidence = Math.Max(r.Confidence, evidence.Confidence);
                if (time is not null && (r.Time is null || (r.Time.Inferred && !time.Inferred))) r.Time = time;
                return;
            }
        }
        var rel = new DocRelation { Type = type, From = from, To = to, Role = role, Time = time, Confidence = evidence.Confidence };
        rel.Evidence.Add(evidence);
        doc.Relations.Add(rel);
    }

    /// <summary>"the Agdam region of Azerbaijan", "the Khudavang Monastery in the Kalbajar region".</summary>
    private static void LocatedIn(DocumentContext doc, SentenceSpan s)
    {
        var t = doc.Tokens;
        var list = doc.Mentions[s.Index];
        foreach (var a in list)
        {
            if (a.Inner || a.Entity is not { Kind: NodeKind.Place } place) continue;
            var generic = a.TokenCount > 1 && doc.Lexicon.PlaceNouns.ContainsKey(t[a.TokenEnd - 1].Lower) || place.Discovered;
            if (!generic) continue;
            var k = a.TokenEnd;
            if (k >= s.TokenEnd || t[k].Lower is not ("of" or "in")) continue;
            k++;
            if (k < s.TokenEnd && t[k].Lower == "the") k++;
            var b = RecognizerHelpers.MentionStartingAt(doc, s.Index, k);
            if (b?.Entity is not { Kind: NodeKind.Place or NodeKind.State } container || b.Inner || container == place) continue;
            if (b.Form is MentionForm.Demonym or MentionForm.People) continue;
            Add(doc, RelationType.LocatedIn, place, container, null, null, new Span(s.Index, a.Start, b.End, "place.located-in", 0.8));
        }
    }

    /// <summary>"the cultural capital of Azerbaijan, Shusha city"; "the capital Baku" (a seat of government of the lexicon).</summary>
    private static void Capitals(DocumentContext doc, SentenceSpan s)
    {
        var t = doc.Tokens;
        for (var k = s.TokenStart; k < s.TokenEnd; k++)
        {
            if (t[k].Lower != "capital") continue;
            // "capital of STATE, PLACE"
            if (k + 2 < s.TokenEnd && t[k + 1].Lower == "of")
            {
                var state = RecognizerHelpers.MentionStartingAt(doc, s.Index, k + 2);
                if (state?.Entity is { Kind: NodeKind.State } st && state.TokenEnd + 1 < s.TokenEnd && t[state.TokenEnd].Lower == ",")
                {
                    var place = RecognizerHelpers.MentionStartingAt(doc, s.Index, state.TokenEnd + 1);
                    if (place?.Entity is { Kind: NodeKind.Place } pl)
                        Add(doc, RelationType.LocatedIn, pl, st, null, null, new Span(s.Index, t[k].Start, place.End, "place.capital-of", 0.8));
                }
            }
            // "the capital Baku"
            var seat = RecognizerHelpers.MentionStartingAt(doc, s.Index, k + 1);
            if (seat?.Entity is { Kind: NodeKind.Place, Lexicon.StandsFor: { } of })
                Add(doc, RelationType.LocatedIn, seat.Entity, doc.Entities.FromLexicon(of), null, null, new Span(s.Index, t[k].Start, seat.End, "place.capital", 0.75));
        }
    }

    /// <summary>"Karabakh, an ethnic Armenian enclave recognized internationally as part of Azerbaijan".</summary>
    private static void PartOfPhrase(DocumentContext doc, SentenceSpan s)
    {
        var t = doc.Tokens;
        for (var k = s.TokenStart + 1; k + 1 < s.TokenEnd; k++)
        {
            if (t[k].Lower != "part" || t[k + 1].Lower != "of" || t[k - 1].Lower is not ("as" or "is" or "was" or "remains")) continue;
            var whole = RecognizerHelpers.MentionStartingAt(doc, s.Index, k + 2);
            if (whole?.Entity is not { Kind: NodeKind.State or NodeKind.Place } container) continue;
            Mention? part = null;
            foreach (var m in doc.Mentions[s.Index])
            {
                if (m.TokenEnd <= k && !m.Inner && m.Entity is { Kind: NodeKind.Place } && m.Form != MentionForm.Descriptor) part = m;
            }
            if (part is null || part.Entity == container) continue;
            Add(doc, RelationType.PartOf, part.Entity!, container, null, null, new Span(s.Index, part.Start, whole.End, "place.part-of", 0.7));
        }
    }

    /// <summary>
    /// Organizations named after another: "OSCE Minsk Group", "United Nations Development Programme" (the name
    /// begins with the other's name or acronym), "the UN’s Central Emergency Response Fund" (possessive).
    /// </summary>
    private static void OrganizationParts(DocumentContext doc, SentenceSpan s)
    {
        var t = doc.Tokens;
        foreach (var m in doc.Mentions[s.Index])
        {
            if (m.Inner || m.Entity is not { Kind: NodeKind.Organization } org) continue;
            // possessive: "the UN’s Central Emergency Response Fund"
            if (m.TokenStart >= s.TokenStart + 2 && t[m.TokenStart - 1].Kind == TokenKind.Possessive)
            {
                var owner = RecognizerHelpers.MentionEndingAt(doc, s.Index, m.TokenStart - 1, actorsOnly: true);
                if (owner?.Entity is { Kind: NodeKind.Organization } parent && parent != org && org.Discovered)
                    Add(doc, RelationType.PartOf, org, parent, null, null, new Span(s.Index, owner.Start, m.End, "organization.possessive", 0.7));
            }
            // a name that begins with another organization's name or acronym
            foreach (var other in doc.Entities.All)
            {
                if (other == org || other.Kind != NodeKind.Organization || other.Lexicon is null) continue;
                if (StartsWithName(org.Name, other.Name) || StartsWithAcronym(org.Name, other))
                    Add(doc, RelationType.PartOf, org, other, null, null, new Span(s.Index, m.Start, m.End, "organization.named-after", 0.75));
            }
        }
    }

    private static bool StartsWithName(string name, string prefix) =>
        name.Length > prefix.Length + 1 && name.StartsWith(prefix + " ", StringComparison.Ordinal);

    private static bool StartsWithAcronym(string name, DocEntity other)
    {
        foreach (var a in other.Aliases)
        {
            if (a.Length >= 2 && a.All(char.IsUpper) && StartsWithName(name, a)) return true;
        }
        return false;
    }

    /// <summary>"The United States, France and Russia co-chair the so-called Minsk Group"; "co-chaired by X and Y".</summary>
    private static void CoChairs(DocumentContext doc, SentenceSpan s)
    {
        var t = doc.Tokens;
        for (var k = s.TokenStart; k + 1 < s.TokenEnd; k++)
        {
            if (t[k].Lower != "co" || !t[k + 1].Is(TokenFlags.HyphenJoined) || t[k + 1].Lower is not ("chair" or "chairs" or "chaired")) continue;
            var verbEnd = k + 2;
            var passive = t[k + 1].Lower == "chaired" && verbEnd < s.TokenEnd && t[verbEnd].Lower == "by";
            var chairs = new List<Mention>();
            Mention? group = null;
            if (passive)
            {
                group = Nearest(doc, s, k, left: true, NodeKind.Organization);
                var j = verbEnd + 1;
                while (j < s.TokenEnd)
                {
                    if (t[j].Lower is "the" or "," or "and") { j++; continue; }
                    var m = RecognizerHelpers.MentionStartingAt(doc, s.Index, j);
                    if (m?.Entity is not { Kind: NodeKind.State or NodeKind.Organization }) break;
                    chairs.Add(m);
                    j = m.TokenEnd;
                }
            }
            else
            {
                var j = k - 1;
                while (j >= s.TokenStart)
                {
                    if (t[j].Lower is "the" or "," or "and") { j--; continue; }
                    var m = EndingAt(doc, s.Index, j + 1);
                    if (m?.Entity is not { Kind: NodeKind.State or NodeKind.Organization }) break;
                    chairs.Insert(0, m);
                    j = m.TokenStart - 1;
                }
                group = Nearest(doc, s, verbEnd, left: false, NodeKind.Organization);
            }
            if (group?.Entity is null) continue;
            foreach (var c in chairs)
            {
                if (c.Entity == group.Entity) continue;
                Add(doc, RelationType.CoChairs, c.Entity!, group.Entity, null, null, new Span(s.Index, c.Start, t[verbEnd - 1].End, "relation.co-chairs", 0.8));
            }
        }
    }

    /// <summary>"the Russian-led CSTO"; "X, led by Y".</summary>
    private static void Leads(DocumentContext doc, SentenceSpan s)
    {
        var t = doc.Tokens;
        for (var k = s.TokenStart + 1; k < s.TokenEnd; k++)
        {
            if (t[k].Lower != "led") continue;
            if (t[k].Is(TokenFlags.HyphenJoined))
            {
                var leader = EndingAt(doc, s.Index, k);
                var led = RecognizerHelpers.MentionStartingAt(doc, s.Index, k + 1);
                if (leader?.Entity is { Kind: NodeKind.State or NodeKind.Organization or NodeKind.Person } && led?.Entity is { Kind: NodeKind.Organization })
                    Add(doc, RelationType.Leads, leader.Entity, led.Entity, null, null, new Span(s.Index, leader.Start, led.End, "relation.led-by.hyphen", 0.8));
            }
            else if (k + 1 < s.TokenEnd && t[k + 1].Lower == "by" && t[k - 1].Lower == ",")
            {
                var led = EndingAt(doc, s.Index, k - 1);
                var j = k + 2;
                if (j < s.TokenEnd && t[j].Lower == "the") j++;
                var leader = RecognizerHelpers.MentionStartingAt(doc, s.Index, j);
                if (leader?.Entity is { Kind: NodeKind.State or NodeKind.Organization or NodeKind.Person } && led?.Entity is { Kind: NodeKind.Organization })
                    Add(doc, RelationType.Leads, leader.Entity, led.Entity, null, null, new Span(s.Index, led.Start, leader.End, "relation.led-by", 0.75));
            }
        }
    }

    /// <summary>"Armenia is a member of the CSTO".</summary>
    private static void MemberOf(DocumentContext doc, SentenceSpan s)
    {
        var t = doc.Tokens;
        for (var k = s.TokenStart + 1; k + 1 < s.TokenEnd; k++)
        {
            if (t[k].Lower is not ("member" or "members") || t[k + 1].Lower != "of") continue;
            var j = k - 1;
            while (j >= s.TokenStart && t[j].Lower is "a" or "an" or "the" or "is" or "are" or "was" or "were" or "full" or "founding") j--;
            var member = EndingAt(doc, s.Index, j + 1);
            var g = k + 2;
            if (g < s.TokenEnd && t[g].Lower == "the") g++;
            var org = RecognizerHelpers.MentionStartingAt(doc, s.Index, g);
            if (member?.Entity is { Kind: NodeKind.State or NodeKind.Organization or NodeKind.Person } && org?.Entity is { Kind: NodeKind.Organization })
                Add(doc, RelationType.MemberOf, member.Entity, org.Entity, null, null, new Span(s.Index, member.Start, org.End, "relation.member-of", 0.75));
        }
    }

    private static Mention? EndingAt(DocumentContext doc, int sentence, int tokenEnd)
    {
        Mention? best = null;
        foreach (var m in doc.Mentions[sentence])
        {
            if (m.TokenEnd != tokenEnd || m.Entity is null || m.Inner && m.Entity.Kind == NodeKind.Place) continue;
            if (best is null || m.TokenCount > best.TokenCount) best = m;
        }
        return best;
    }

    private static Mention? Nearest(DocumentContext doc, SentenceSpan s, int from, bool left, NodeKind kind)
    {
        Mention? best = null;
        foreach (var m in doc.Mentions[s.Index])
        {
            if (m.Entity?.Kind != kind) continue;
            if (left ? m.TokenEnd <= from && from - m.TokenEnd <= 6 : m.TokenStart >= from && m.TokenStart - from <= 6)
            {
                if (best is null || (left ? m.TokenEnd > best.TokenEnd : m.TokenStart < best.TokenStart)) best = m;
            }
        }
        return best;
    }
}
