using Graph.Ingestion.Lexicon;
using Graph.Ingestion.Recognizers;
using Graph.Ingestion.Text;
using Graph.Model;

namespace Graph.Ingestion.Events;

/// <summary>
/// Finds the event cues of a sentence and reads their context: verb or noun, passive, unreal ("will", "yet to",
/// "refused to"), negated, background ("since the ceasefire"), anaphoric ("the agreement"), a proper name
/// ("the Trilateral Agreement"), where its arguments are, and whether what it needs is there (a release needs
/// captives, a handover maps or territory, a deployment forces…).
/// </summary>
internal static class CueFinder
{
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "a", "an", "any", "every", "such", "'s", "’s",
    };

    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal) { "was", "were", "been", "be", "is", "are", "being", "get", "got" };

    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "already", "previously", "recently", "also", "still", "just", "reportedly", "finally", "then", "now", "since", "again",
        "jointly", "formally", "officially", "unofficially", "repeatedly", "successfully", "eventually", "later", "earlier", "first",
    };

    private static readonly CueNeed[] NeedOrder =
    [
        CueNeed.Remains, CueNeed.Maps, CueNeed.Captives, CueNeed.Territory, CueNeed.Forces, CueNeed.Goods, CueNeed.Organization, CueNeed.Addressee, CueNeed.Time, CueNeed.None,
    ];

    public static List<Cue> Find(SentenceFrame f)
    {
        var cues = new List<Cue>();
        foreach (var p in f.Phrases)
        {
            var hasVerb = false;
            var hasNoun = false;
            foreach (var e in p.Entries)
            {
                if (e.Kind == PhraseKind.EventVerb) hasVerb = true;
                else if (e.Kind == PhraseKind.EventNoun) hasNoun = true;
            }
            if (!hasVerb && !hasNoun) continue;
            if (CoveredByName(f, p.TokenStart, p.TokenEnd)) continue;
            // "so-called", "Russian-brokered": part of a compound word, not a cue.
            if (f.Tokens[p.TokenStart].Is(TokenFlags.HyphenJoined)) continue;
            // "Mine Clearing Equipment": a word inside a longer capitalized name.
            if (f.Tokens[p.TokenStart].IsCapitalized && p.TokenStart > f.Start && p.TokenEnd < f.End && f.Tokens[p.TokenEnd].IsCapitalized && !f.Tokens[p.TokenEnd].Is(TokenFlags.LineBreakBefore)) continue;
            var cue = new Cue { Start = p.TokenStart, End = p.TokenEnd, Match = p };
            var nounContext = LooksLikeNoun(f, p.TokenStart, p.TokenEnd);
            // "Both sides struggle with …": a noun-only cue right after its subject is used as a verb.
            if (!hasVerb && p.TokenStart > f.Start && !nounContext && (f.Tokens[p.TokenStart - 1].Lower is "they" or "sides" or "parties" || f.MentionAt(p.TokenStart - 1) is not null && !f.Tokens[p.TokenStart].IsCapitalized && p.TokenEnd < f.End && f.Tokens[p.TokenEnd].Lower is "with" or "over" or "to" or "for")) continue;
            // "these claims", "the released detainees": a verb form after a determiner is not a verb.
            if (hasVerb && !hasNoun && nounContext && p.TokenStart > f.Start && Determiners.Contains(f.Tokens[p.TokenStart - 1].Lower)) continue;
            // "a crucial element in negotiating disagreements": a gerund after a preposition names no event.
            if (hasVerb && !hasNoun && p.TokenStart > f.Start && f.Tokens[p.TokenStart - 1].Kind == TokenKind.Word && f.Tokens[p.TokenStart - 1].Lower is "in" or "of" or "for" or "by" or "about" && f.Tokens[p.TokenStart].Lower.EndsWith("ing", StringComparison.Ordinal)) continue;
            // "over disputed Nagorno-Karabakh": a participle after a preposition is an adjective.
            if (hasVerb && !hasNoun && p.TokenStart > f.Start && f.Tokens[p.TokenStart - 1].Kind == TokenKind.Word && SentenceFrame.Prepositions.Contains(f.Tokens[p.TokenStart - 1].Lower) && f.Tokens[p.TokenStart].Lower.EndsWith("ed", StringComparison.Ordinal)) continue;
            cue.IsVerb = hasVerb && (!hasNoun || !nounContext);
            ReadContext(f, cue);
            cues.Add(cue);
        }
        foreach (var cue in cues) ChooseEntry(f, cue);
        cues.RemoveAll(c => c.Entry is null);
        AssignLightVerbs(f, cues);
        return cues;
    }

    private static bool CoveredByName(SentenceFrame f, int start, int end)
    {
        foreach (var m in f.Doc.Mentions[f.Sentence])
        {
            if (m.TokenStart < end && start < m.TokenEnd && m.Entity is { Kind: NodeKind.Organization or NodeKind.Place or NodeKind.Person }) return true;
            if (m.TokenStart < end && start < m.TokenEnd && m.Form is MentionForm.Name or MentionForm.Acronym or MentionForm.Metonym) return true;
            if (m.Form == MentionForm.Descriptor && m.TokenStart < end && start < m.TokenEnd) return true;
        }
        return false;
    }

    /// <summary>A word that is both noun and verb ("return", "exchange") is a noun after a determiner or before "of".</summary>
    private static bool LooksLikeNoun(SentenceFrame f, int start, int end)
    {
        var t = f.Tokens;
        if (end < f.End && t[end].Lower == "of") return true;
        var p = start - 1;
        if (p < f.Start) return false;
        var prev = t[p].Lower;
        if (Determiners.Contains(prev) || t[p].Kind == TokenKind.Possessive) return true;
        if (t[p].Kind == TokenKind.Word && SentenceFrame.Prepositions.Contains(prev) && prev is not ("to" or "as")) return true;
        if (t[p].Kind == TokenKind.Number) return true;
        if (prev is "to" or "will" or "would" or "can" or "could" or "should" or "must" or "may" or "might" or "did" or "not" or "and" or "has" or "have" or "had") return false;
        // An adjective or a noun modifier before it ("sluggish exchange", "detainee deal", "prisoner swap").
        if (t[p].IsLowerWord && p - 1 >= f.Start && Determiners.Contains(t[p - 1].Lower)) return true;
        if (t[p].IsCapitalized && !t[start].Is(TokenFlags.HyphenJoined)) return false;
        return false;
    }

    private static void ReadContext(SentenceFrame f, Cue cue)
    {
        var t = f.Tokens;
        var clauseStart = f.ClauseStart(cue.Start);
        var clauseEnd = f.ClauseEnd(cue.Start);

        if (cue.IsVerb)
        {
            var p = cue.Start - 1;
            while (p >= clauseStart && (Adverbs.Contains(t[p].Lower) || t[p].Kind == TokenKind.Quote)) p--;
            cue.Passive = p >= clauseStart && BeForms.Contains(t[p].Lower) && !t[cue.End - 1].Lower.EndsWith("ing", StringComparison.Ordinal);
            cue.ArgStart = clauseStart;
            cue.ArgEnd = clauseEnd;
            // Skip back over a relative clause to reach the subject of the main clause.
            var k = clauseStart - 1;
            while (k >= f.Start && f.RelativeClauses.Contains(f.ClauseOf(k))) k--;
            if (k >= f.Start && k < clauseStart - 1 && f.ClauseOf(k) == f.ClauseOf(cue.Start)) cue.ArgStart = f.ClauseStart(k);
        }
        else
        {
            // Noun phrase: premodifiers back to a determiner, postmodifiers as a chain of prepositional phrases.
            var s = cue.Start;
            var steps = 0;
            while (s - 1 >= clauseStart && steps < 6)
            {
                ref readonly var prev = ref t[s - 1];
                if (prev.Kind == TokenKind.Punctuation || prev.Kind == TokenKind.Quote) break;
                if (prev.Kind == TokenKind.Word && SentenceFrame.Prepositions.Contains(prev.Lower) && !prev.Is(TokenFlags.HyphenJoined)) break;
                if (prev.Kind == TokenKind.Word && prev.IsLowerWord && IsVerbLike(f, s - 1)) break;
                s--;
                steps++;
                if (prev.Lower is "new" or "revised" or "another" or "fresh" or "separate" or "further" or "second" or "renewed") cue.Novel = true;
                if (prev.Kind == TokenKind.Possessive) continue;
                if (Determiners.Contains(prev.Lower))
                {
                    if (prev.Lower is "the" or "this" or "that" or "these" or "those" or "its" or "their" or "his" or "her" or "our") cue.Anaphoric = true;
                    if (prev.Lower is "this" or "that" or "these" or "those") cue.Demonstrative = true;
                    break;
                }
            }
            cue.ArgStart = s;
            var e = cue.End;
            var chain = 0;
            while (e < clauseEnd && chain < 4)
            {
                var w = t[e].Lower;
                if (!(SentenceFrame.Prepositions.Contains(w) && t[e].Kind == TokenKind.Word) || w is "as" or "than" or "like" or "since" or "after" or "before" or "despite" or "following" or "including")
                {
                    // A date or a proper name right after the noun ("the struggle last year").
                    if (chain == 0 && DateAt(f, e) is { } date) { e = date.TokenEnd; chain++; continue; }
                    break;
                }
                var j = e + 1;
                var limit = Math.Min(clauseEnd, e + 10);
                var consumed = false;
                while (j < limit)
                {
                    var m = f.MentionAt(j);
                    if (m is not null) { j = m.TokenEnd; consumed = true; continue; }
                    var d = DateAt(f, j);
                    if (d is not null) { j = d.TokenEnd; consumed = true; continue; }
                    var q = QuantityAt(f, j);
                    if (q is not null) { j = Math.Max(q.TokenEnd, q.CountedEnd); consumed = true; continue; }
                    if (t[j].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Possessive) break;
                    if (t[j].Kind == TokenKind.Word && SentenceFrame.Prepositions.Contains(t[j].Lower)) break;
                    if (IsVerbLike(f, j) || t[j].Lower is "that" or "who" or "which" or "or") break;
                    // "maps and detainees": "and" joins two nouns of the same phrase.
                    if (t[j].Lower == "and" && !(j + 1 < limit && (t[j + 1].IsLowerWord && !IsVerbLike(f, j + 1) && !SentenceFrame.Prepositions.Contains(t[j + 1].Lower) || f.MentionAt(j + 1) is not null))) break;
                    j++;
                    consumed = true;
                }
                if (!consumed) break;
                // Coordinated fillers: "with Russia, Armenia, and Azerbaijan", "of Azerbaijani and Armenian captives";
                // a comma alone does not coordinate ("in Armenia, Azerbaijan handed over").
                {
                    var listEnd = j;
                    var sawAnd = false;
                    var probe = j;
                    while (probe < clauseEnd)
                    {
                        var k2 = probe;
                        if (t[k2].Lower == ",") k2++;
                        var and = k2 < clauseEnd && t[k2].Lower == "and";
                        if (and) k2++;
                        if (k2 == probe || k2 >= clauseEnd) break;
                        var m2 = f.MentionAt(k2) ?? (k2 + 1 < clauseEnd && t[k2].Lower == "the" ? f.MentionAt(k2 + 1) : null);
                        if (m2 is null) break;
                        probe = m2.TokenEnd;
                        while (probe < clauseEnd && t[probe].IsLowerWord && !IsVerbLike(f, probe) && !SentenceFrame.Prepositions.Contains(t[probe].Lower) && t[probe].Lower is not ("and" or "or" or "that" or "who" or "which")) probe++;
                        if (and) { sawAnd = true; listEnd = probe; break; }
                    }
                    if (sawAnd) j = listEnd;
                }
                e = j;
                chain++;
            }
            cue.ArgEnd = Math.Max(e, cue.End);
            // Support verbs before a noun give it an agent: "has started demining operations".
            foreach (var p in f.Phrases)
            {
                if (p.TokenEnd <= cue.Start && p.TokenEnd >= cue.ArgStart - 3 && p.Has(PhraseKind.SupportVerb) && f.SameClause(p.TokenStart, cue.Start))
                    cue.SupportVerb = p.TokenStart;
            }
            // A proper name: "the Trilateral Agreement", "the Second Karabakh War".
            if (t[cue.Start].IsCapitalized && cue.Start > f.Start)
            {
                var n = cue.Start;
                while (n - 1 >= f.Start && ((t[n - 1].IsCapitalized || t[n - 1].Is(TokenFlags.AllCaps)) && !CalendarWords.TryMonth(t[n - 1].Lower, out _)
                       && t[n - 1].Lower is not ("the" or "a" or "an" or "this" or "that" or "in" or "of" or "after" or "during" or "since" or "with" or "before" or "following")
                       || t[n].Is(TokenFlags.HyphenJoined) && t[n - 1].Kind == TokenKind.Word))
                    n--;
                if (n < cue.Start)
                {
                    cue.ProperName = RecognizerHelpers.CleanSurface(f.Doc, n, cue.End);
                    cue.ArgStart = Math.Min(cue.ArgStart, n);
                }
            }
        }
        ReadMarkers(f, cue, clauseStart);
        if (!cue.IsVerb && !cue.Anaphoric && cue.ProperName is null && t[cue.End - 1].Lower.EndsWith('s') && !t[cue.End - 1].Lower.EndsWith("ss", StringComparison.Ordinal)
            && !(cue.ArgStart < cue.Start && t[cue.ArgStart].Kind == TokenKind.Word && t[cue.ArgStart].Lower is "a" or "an"))
        {
            var possessed = false;
            for (var k = cue.ArgStart; k < cue.Start; k++) if (t[k].Kind == TokenKind.Possessive) possessed = true;
            // "talks", "negotiations", "elections" name one event in the plural.
            cue.Generic = !possessed && t[cue.End - 1].Lower is not ("talks" or "negotiations" or "hostilities" or "elections" or "consultations");
        }
    }

    /// <summary>Unreal, negated, committed or background: the markers just before the cue (before its noun phrase for nouns).</summary>
    private static void ReadMarkers(SentenceFrame f, Cue cue, int clauseStart)
    {
        var t = f.Tokens;
        var anchor = cue.IsVerb ? cue.Start : Math.Min(cue.Start, cue.ArgStart);
        var from = Math.Max(clauseStart, anchor - (cue.IsVerb ? 4 : 3));
        foreach (var p in f.Phrases)
        {
            if (p.TokenEnd > cue.Start || p.TokenStart < from) continue;
            var scoped = InScope(f, p.TokenEnd, anchor);
            foreach (var e in p.Entries)
            {
                switch (e.Kind)
                {
                    case PhraseKind.Irrealis:
                    case PhraseKind.Negation:
                        if (scoped) cue.Irrealis = true;
                        break;
                    case PhraseKind.Commitment:
                        cue.Commitment = true;
                        break;
                    case PhraseKind.Background:
                        cue.Background = true;
                        break;
                }
            }
        }
        if (cue.Commitment) cue.Irrealis = HasIrrealisBefore(f, cue, from);
        if (cue.IsVerb && cue.Start - 1 >= f.Start && t[cue.Start - 1].Lower == "to" && !cue.Commitment && !(cue.Start - 2 >= f.Start && t[cue.Start - 2].Lower is "had" or "has" or "have" or "used"))
            cue.Irrealis = true;
    }

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "is", "are", "was", "were", "to", "yet", "still", "also", "ever",
        "fully", "all", "the", "a", "an", "its", "their", "any", "more", "further", "immediately", "only", "even",
    };

    /// <summary>A marker reaches the cue only if no other verb or clause word stands between them ("not resolved as he met" does not negate "met").</summary>
    private static bool InScope(SentenceFrame f, int from, int to)
    {
        var t = f.Tokens;
        for (var k = from; k < to; k++)
        {
            var w = t[k].Lower;
            if (t[k].Kind != TokenKind.Word) continue;
            if (Auxiliaries.Contains(w)) continue;
            if (w is "as" or "when" or "because" or "while" or "that" or "and" or "but" or "which" or "who" or "after" or "before" or "since") return false;
            if (w.EndsWith("ed", StringComparison.Ordinal) && t[k].IsLowerWord) return false;
        }
        return true;
    }

    /// <summary>A verb or auxiliary cannot premodify a noun: stop the noun phrase there.</summary>
    private static bool IsVerbLike(SentenceFrame f, int k)
    {
        var w = f.Tokens[k].Lower;
        if (BeForms.Contains(w) || w is "has" or "have" or "had" or "will" or "would" or "did" or "does" or "do" or "can" or "could") return true;
        var p = f.PhraseAt(k);
        return p is not null && (p.Has(PhraseKind.EventVerb) || p.Has(PhraseKind.SupportVerb) || p.Has(PhraseKind.LightVerb));
    }

    /// <summary>"The most intense fighting since the ceasefire broke out in early April 2016": a light verb dates the first noun of its clause that is not background.</summary>
    private static void AssignLightVerbs(SentenceFrame f, List<Cue> cues)
    {
        foreach (var p in f.Phrases)
        {
            if (!p.Has(PhraseKind.LightVerb)) continue;
            Cue? first = null;
            foreach (var c in cues)
            {
                if (c.IsVerb || c.Background || c.Start >= p.TokenStart || p.TokenStart - c.End > 8 || !f.SameClause(c.Start, p.TokenStart)) continue;
                if (first is null || c.Start < first.Start) first = c;
            }
            if (first is not null && first.LightEnd == 0) first.LightEnd = f.ClauseEnd(p.TokenStart);
        }
    }

    private static DateMention? DateAt(SentenceFrame f, int k)
    {
        foreach (var d in f.Doc.Dates[f.Sentence]) if (d.TokenStart == k) return d;
        return null;
    }

    private static QuantityMention? QuantityAt(SentenceFrame f, int k)
    {
        foreach (var q in f.Doc.Quantities[f.Sentence]) if (q.TokenStart == k) return q;
        return null;
    }

    private static bool IsNounEnd(SentenceFrame f, int k) => k + 1 >= f.End || f.Tokens[k + 1].Kind is TokenKind.Punctuation || SentenceFrame.Prepositions.Contains(f.Tokens[k + 1].Lower);

    /// <summary>A pledge ("pledged to return") is real enough unless something else before it makes it unreal.</summary>
    private static bool HasIrrealisBefore(SentenceFrame f, Cue cue, int from)
    {
        foreach (var p in f.Phrases)
        {
            if (p.TokenEnd > cue.Start || p.TokenStart < from - 2) continue;
            if (p.Has(PhraseKind.Commitment)) continue;
            if (p.Has(PhraseKind.Irrealis) || p.Has(PhraseKind.Negation)) return true;
        }
        return false;
    }

    /// <summary>Picks the sense of the cue whose needs its arguments satisfy (remains before captives before territory…).</summary>
    private static void ChooseEntry(SentenceFrame f, Cue cue)
    {
        var kind = cue.IsVerb ? PhraseKind.EventVerb : PhraseKind.EventNoun;
        foreach (var need in NeedOrder)
        {
            foreach (var e in cue.Match.Entries)
            {
                if (e.Kind != kind || e.Needs != need) continue;
                if (!Satisfied(f, cue, need)) continue;
                cue.Entry = e;
                cue.Type = e.EventType;
                cue.Family = FamilyOf(e);
                return;
            }
        }
    }

    public static EventFamily FamilyOf(PhraseEntry e) => e.EventType switch
    {
        EventType.PrisonerExchange or EventType.PrisonerRelease => EventFamily.Captives,
        EventType.ReturnOfRemains => EventFamily.Remains,
        EventType.Handover => e.Needs switch { CueNeed.Territory => EventFamily.Territory, CueNeed.Goods => EventFamily.Goods, _ => EventFamily.Maps },
        EventType.Agreement or EventType.Ceasefire => EventFamily.Pact,
        EventType.ArmedConflict or EventType.Clash => EventFamily.Fight,
        EventType.Meeting => EventFamily.Meeting,
        EventType.Negotiation => EventFamily.Negotiation,
        EventType.Deployment => EventFamily.Deployment,
        EventType.Demining => EventFamily.Demining,
        EventType.Election => EventFamily.Election,
        EventType.Founding => EventFamily.Founding,
        EventType.Request => EventFamily.Request,
        _ => EventFamily.Statement,
    };

    private static bool Satisfied(SentenceFrame f, Cue cue, CueNeed need)
    {
        switch (need)
        {
            case CueNeed.None:
                return true;
            case CueNeed.Time:
                return true; // checked once dates are attached
            case CueNeed.Addressee:
            {
                var k = cue.End;
                if (k < f.End && f.Tokens[k].Lower == "the") k++;
                var m = f.MentionAt(k);
                return m is not null && (m.IsActor || m.Group is not null);
            }
            case CueNeed.Organization:
                foreach (var m in f.Mentions)
                {
                    if (m.TokenStart >= cue.ArgStart && m.TokenEnd <= cue.ArgEnd && m.Entity is { Kind: NodeKind.Organization }) return true;
                }
                // "set up a joint monitoring centre": an organization described by a lower-case head noun.
                if (cue.IsVerb && !cue.Passive)
                {
                    for (var k = cue.End; k < cue.ArgEnd && k <= cue.End + 5; k++)
                    {
                        if (f.Tokens[k].IsLowerWord && f.Doc.Lexicon.OrganizationHeads.Contains(f.Tokens[k].Lower)) return true;
                    }
                }
                return false;
            case CueNeed.Goods:
                if (HasArgument(f, cue, CueNeed.Goods)) return true;
                foreach (var q in f.Doc.Quantities[f.Sentence])
                {
                    if (q.TokenStart >= cue.End && q.TokenStart < cue.ArgEnd && (q.Counted.StartsWith("US dollars", StringComparison.Ordinal) || q.Counted.StartsWith("euros", StringComparison.Ordinal))) return true;
                }
                return false;
            case CueNeed.Territory:
                if (HasArgument(f, cue, CueNeed.Territory)) return true;
                foreach (var m in f.Mentions)
                {
                    if (m.TokenStart >= cue.End && m.TokenEnd <= cue.ArgEnd && m.Entity is { Kind: NodeKind.Place } && f.PrepOf(m) is null) return true;
                }
                return false;
            case CueNeed.Captives:
                if (HasArgument(f, cue, CueNeed.Captives)) return true;
                if (!cue.IsVerb) return false;
                // "They were released at the border": the captives named before.
                if (cue.Passive && cue.Start - 2 >= f.Start && f.Tokens[cue.Start - 2].Lower is "they" or "he" or "she") return true;
                foreach (var m in f.Mentions)
                {
                    if (m.TokenStart >= cue.End && m.TokenEnd <= cue.ArgEnd && m.Entity is { Kind: NodeKind.Person } && f.PrepOf(m) is null) return true;
                }
                return false;
            default:
                return HasArgument(f, cue, need);
        }
    }

    private static bool HasArgument(SentenceFrame f, Cue cue, CueNeed need)
    {
        // The cue phrase itself may carry it ("prisoner exchange").
        foreach (var e in cue.Match.Entries)
        {
            if (e.Kind == PhraseKind.Argument && e.ArgumentClass == need) return true;
        }
        var text = cue.Match.Entries[0].Text;
        if (need == CueNeed.Captives && (text.Contains("prisoner", StringComparison.OrdinalIgnoreCase) || text.Contains("detainee", StringComparison.OrdinalIgnoreCase))) return true;
        foreach (var p in f.Phrases)
        {
            if (p.TokenStart < cue.ArgStart || p.TokenEnd > cue.ArgEnd) continue;
            foreach (var e in p.Entries)
            {
                if (e.Kind != PhraseKind.Argument || e.ArgumentClass != need) continue;
                // "it remains unclear": the verb, not human remains.
                if (e.Text == "remains" && !(p.TokenStart > f.Start && f.Tokens[p.TokenStart - 1].Lower is "the" or "of" or "human" or "mortal" or "their" or "his" or "her")) continue;
                return true;
            }
        }
        return false;
    }
}
