using Graph.Ingestion.Text;
using Graph.Model;

namespace Graph.Ingestion.Recognizers;

/// <summary>
/// Places by context: a known place followed by a place noun takes it in ("the Agdam region"); an unknown capitalized
/// name before a place noun is a new place ("the Zangilan district"); "the city of X"; and borders named by two
/// states ("the Azerbaijani-Georgian border").
/// </summary>
public sealed class PlaceContextRecognizer(Lexicon.Lexicon lexicon)
{
    private readonly Lexicon.Lexicon _lexicon = lexicon;

    public void Run(DocumentContext doc, int sentence)
    {
        var tokens = doc.Tokens;
        var s = doc.Text.Sentences[sentence];
        for (var k = s.TokenStart; k < s.TokenEnd; k++)
        {
            ref readonly var t = ref tokens[k];
            if (t.Kind != TokenKind.Word) continue;
            if (t.Lower == "border" || t.Lower == "borders")
            {
                Border(doc, sentence, s, k);
                continue;
            }
            if (!_lexicon.PlaceNouns.TryGetValue(t.Lower, out var subtype) || !t.IsLowerWord) continue;
            if (k == s.TokenStart) continue;
            var before = RecognizerHelpers.MentionEndingAt(doc, sentence, k, actorsOnly: false);
            if (before is not null)
            {
                if (before.Entity!.Kind == NodeKind.Place && !before.Inner)
                {
                    before.TokenEnd = k + 1;
                    before.End = tokens[k].End;
                    doc.MarkCovered(k, k + 1);
                    if (!t.Lower.EndsWith('s')) before.Entity.AddAlias(RecognizerHelpers.CleanSurface(doc, before.TokenStart, k + 1));
                    else before.NoAlias = true;
                }
                continue;
            }
            // Unknown capitalized words before the noun.
            var ns = k;
            while (ns - 1 >= s.TokenStart && k - ns < 3 && RecognizerHelpers.IsNameWord(tokens[ns - 1]) && !doc.IsCovered(sentence, ns - 1)
                   && !RecognizerHelpers.NonNameWords.Contains(tokens[ns - 1].Lower)) ns--;
            if (ns == k || ns == s.TokenStart) continue;
            if (tokens[ns - 1].Lower is not ("the" or "in" or "of" or "," or "and" or "to" or "from" or "near")) continue;
            Add(doc, sentence, ns, k, k + 1, subtype, "place.noun");
        }

        // "the city of X", "the village of X"
        for (var k = s.TokenStart; k + 2 < s.TokenEnd; k++)
        {
            if (!_lexicon.PlaceNouns.TryGetValue(tokens[k].Lower, out var subtype) || tokens[k + 1].Lower != "of") continue;
            if (subtype is not ("city" or "town" or "village" or "province" or "district")) continue;
            var (ns, ne) = (k + 2, k + 2);
            while (ne < s.TokenEnd && ne - ns < 3 && RecognizerHelpers.IsNameWord(tokens[ne]) && !doc.IsCovered(sentence, ne)) ne++;
            if (ne > ns) Add(doc, sentence, ns, ne, ne, subtype, "place.city-of");
        }
    }

    private static void Add(DocumentContext doc, int sentence, int nameStart, int nameEnd, int spanEnd, string subtype, string rule)
    {
        var tokens = doc.Tokens;
        var name = RecognizerHelpers.CleanSurface(doc, nameStart, nameEnd);
        var place = doc.Entities.Discovered(NodeKind.Place, name, subtype, 0.7);
        if (spanEnd > nameEnd) place.AddAlias(RecognizerHelpers.CleanSurface(doc, nameStart, spanEnd));
        doc.AddMention(new Mention
        {
            Sentence = sentence, TokenStart = nameStart, TokenEnd = spanEnd, Start = tokens[nameStart].Start, End = tokens[spanEnd - 1].End,
            Entity = place, Form = MentionForm.Name, Rule = rule, Confidence = 0.7,
        });
    }

    /// <summary>"Azerbaijani-Georgian border", "the Armenia-Azerbaijan border".</summary>
    private static void Border(DocumentContext doc, int sentence, SentenceSpan s, int k)
    {
        var tokens = doc.Tokens;
        var states = new List<Mention>();
        var j = k;
        while (j - 1 >= s.TokenStart)
        {
            var m = RecognizerHelpers.MentionEndingAt(doc, sentence, j, actorsOnly: true);
            if (m is null || m.Entity!.Kind != NodeKind.State || m.TokenCount != 1) break;
            states.Insert(0, m);
            j = m.TokenStart;
            if (!tokens[j].Is(TokenFlags.HyphenJoined)) break;
        }
        if (states.Count < 2) return;
        var start = states[0].TokenStart;
        var surface = RecognizerHelpers.CleanSurface(doc, start, k + 1);
        var names = new List<string>(states.Count);
        foreach (var m in states) names.Add(m.Entity!.Name);
        names.Sort(StringComparer.Ordinal);
        var key = FactIds.ForNode(NodeKind.Place, string.Join(" ", names) + " border");
        var place = doc.Entities.Discovered(NodeKind.Place, surface, "border", 0.8, key);
        var mention = new Mention
        {
            Sentence = sentence, TokenStart = start, TokenEnd = k + 1, Start = tokens[start].Start, End = tokens[k].End,
            Entity = place, Form = MentionForm.Name, Rule = "place.border", Confidence = 0.8,
        };
        doc.AddMention(mention);
        RecognizerHelpers.MarkInner(doc, sentence, start, k + 1, mention);
    }
}
