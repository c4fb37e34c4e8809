using Graph.Ingestion.Lexicon;
using Graph.Ingestion.Text;
using Graph.Model;

namespace Graph.Ingestion.Recognizers;

/// <summary>
/// Institutions of a state: a state, demonym or possessive before an institution noun ("the Azerbaijani Foreign
/// Ministry", "Azerbaijan’s Prosecutor General’s Office", "Azerbaijani and Armenian forces") or "of STATE" after it
/// ("the armed forces of Armenia"). "Government" and "authorities" stand for the state itself.
/// </summary>
public sealed class InstitutionRecognizer(Lexicon.Lexicon lexicon)
{
    private readonly Lexicon.Lexicon _lexicon = lexicon;
    private readonly List<InstitutionEntry> _entries = [];

    public void Run(DocumentContext doc, int sentence)
    {
        var tokens = doc.Tokens;
        var s = doc.Text.Sentences[sentence];
        for (var k = s.TokenStart; k < s.TokenEnd; k++)
        {
            if (tokens[k].Kind != TokenKind.Word) continue;
            var len = _lexicon.Institutions.LongestMatch(tokens, k, s.TokenEnd, _entries);
            if (len == 0) continue;
            var ie = k + len;
            if (CoveredByOther(doc, sentence, k, ie)) continue;
            // "military detainees", "army officers": an institution word modifying a noun is an adjective here.
            if (len == 1 && tokens[k].Lower is "military" or "army" && ie < s.TokenEnd && tokens[ie].IsLowerWord
                && !Graph.Ingestion.Events.SentenceFrame.Prepositions.Contains(tokens[ie].Lower) && tokens[ie].Lower is not ("and" or "or" or "is" or "are" or "was" or "were" or "has" or "have" or "had")) continue;
            var entry = _entries[0];

            // Qualifier before.
            var qEnd = k;
            var possessive = false;
            if (qEnd - 1 >= s.TokenStart && tokens[qEnd - 1].Kind == TokenKind.Possessive) { qEnd--; possessive = true; }
            var q = qEnd > s.TokenStart ? RecognizerHelpers.MentionEndingAt(doc, sentence, qEnd, actorsOnly: true) : null;
            if (q is not null && q.Entity!.Kind != NodeKind.State) q = null;
            if (q is not null && q.TokenStart - 1 >= s.TokenStart && tokens[q.TokenStart - 1].Lower == "ethnic") q = null;
            if (q is not null && q.Form == MentionForm.People) q = null;
            if (q is not null && !possessive && q.Form is MentionForm.Name or MentionForm.Acronym or MentionForm.Metonym && entry.StandsForState) q = null;
            if (q is not null)
            {
                var states = new List<Mention> { q };
                var c = q.TokenStart;
                while (c - 2 >= s.TokenStart && tokens[c - 1].Lower is "and" or ",")
                {
                    var prev = RecognizerHelpers.MentionEndingAt(doc, sentence, c - 1, actorsOnly: true);
                    if (prev is null || prev.Entity!.Kind != NodeKind.State || prev.Form != MentionForm.Demonym) break;
                    states.Insert(0, prev);
                    c = prev.TokenStart;
                }
                for (var i = 0; i < states.Count; i++)
                {
                    var last = i == states.Count - 1;
                    Add(doc, sentence, states[i], entry, states[i].TokenStart, last ? ie : states[i].TokenEnd, k, ie);
                }
                k = ie - 1;
                continue;
            }

            // "of STATE" after.
            if (ie + 1 < s.TokenEnd && tokens[ie].Lower == "of")
            {
                var j = ie + 1;
                if (j < s.TokenEnd && tokens[j].Lower == "the") j++;
                var m = RecognizerHelpers.MentionStartingAt(doc, sentence, j);
                if (m?.Entity is { Kind: NodeKind.State } && m.Form is MentionForm.Name or MentionForm.Acronym)
                {
                    var start = k > s.TokenStart && tokens[k - 1].Lower == "the" ? k : k;
                    Add(doc, sentence, m, entry, start, m.TokenEnd, k, ie);
                    k = m.TokenEnd - 1;
                }
            }
        }
    }

    private static bool CoveredByOther(DocumentContext doc, int sentence, int start, int end)
    {
        foreach (var m in doc.Mentions[sentence])
        {
            if (m.TokenStart < end && start < m.TokenEnd && m.Entity is { Kind: NodeKind.Organization or NodeKind.Person or NodeKind.Place }) return true;
        }
        return false;
    }

    private static void Add(DocumentContext doc, int sentence, Mention stateMention, InstitutionEntry entry, int spanStart, int spanEnd, int instStart, int instEnd)
    {
        var tokens = doc.Tokens;
        var state = stateMention.Entity!;
        var surface = RecognizerHelpers.CleanSurface(doc, spanStart, spanEnd);
        Mention mention;
        if (entry.StandsForState)
        {
            mention = new Mention
            {
                Sentence = sentence, TokenStart = spanStart, TokenEnd = spanEnd, Start = tokens[spanStart].Start, End = tokens[spanEnd - 1].End,
                Entity = state, Form = MentionForm.Metonym, Rule = "institution.government", Confidence = 0.8,
            };
        }
        else
        {
            var name = entry.Name + " of " + state.Name;
            var org = doc.Entities.Discovered(NodeKind.Organization, name, entry.Subtype, 0.85);
            org.PartOf ??= state;
            if (spanEnd - spanStart > 1 && spanStart == stateMention.TokenStart && spanEnd > stateMention.TokenEnd)
            {
                var demonymForm = stateMention.Form == MentionForm.Demonym && instEnd == spanEnd;
                if (demonymForm || stateMention.Form == MentionForm.Name) org.AddAlias(surface);
            }
            mention = new Mention
            {
                Sentence = sentence, TokenStart = spanStart, TokenEnd = spanEnd, Start = tokens[spanStart].Start, End = tokens[spanEnd - 1].End,
                Entity = org, Form = MentionForm.Name, Rule = "institution.state", Confidence = 0.85, NoAlias = spanEnd <= stateMention.TokenEnd,
            };
        }
        doc.AddMention(mention);
        RecognizerHelpers.MarkInner(doc, sentence, spanStart, spanEnd, mention);
        // The state named inside stays an (inner) mention of the state.
        stateMention.Inner = true;
    }
}
