using Graph.Ingestion.Lexicon;
using Graph.Ingestion.Text;
using Graph.Model;

namespace Graph.Ingestion.Recognizers;

/// <summary>
/// People introduced by apposition with a person noun: "a Lebanese citizen, Maral Najaryan," and
/// "Maral Najaryan, a Lebanese citizen,".
/// </summary>
public sealed class AppositionPersonRecognizer(Lexicon.Lexicon lexicon)
{
    private readonly Lexicon.Lexicon _lexicon = lexicon;
    private readonly List<PhraseEntry> _phrases = [];

    public void Run(DocumentContext doc, int sentence)
    {
        var tokens = doc.Tokens;
        var s = doc.Text.Sentences[sentence];
        for (var k = s.TokenStart; k < s.TokenEnd; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || !tokens[k].IsLowerWord) continue;
            var len = _lexicon.Phrases.LongestMatch(tokens, k, s.TokenEnd, _phrases);
            if (len == 0 || !HasPersonNoun()) continue;
            var nounEnd = k + len;
            // "… citizen, Name Surname"
            if (nounEnd + 1 < s.TokenEnd && tokens[nounEnd].Lower == ",")
            {
                var (ns, ne) = PersonByTitleRecognizer.ReadName(doc, sentence, s, nounEnd + 1);
                if (ne - ns >= 2 && (ne == s.TokenEnd || tokens[ne].Kind == TokenKind.Punctuation) && !RecognizerHelpers.Overlaps(doc, sentence, ns, ne))
                {
                    Add(doc, sentence, ns, ne);
                    k = ne - 1;
                    continue;
                }
            }
            // "Name Surname, a … citizen"
            var d = k - 1;
            while (d >= s.TokenStart && d >= k - 3 && tokens[d].Kind == TokenKind.Word && tokens[d].Lower is not ("a" or "an" or "the")) d--;
            if (d >= s.TokenStart + 2 && tokens[d].Lower is "a" or "an" or "the" && tokens[d - 1].Lower == ",")
            {
                var nameEnd = d - 1;
                var ns = nameEnd;
                while (ns - 1 >= s.TokenStart && nameEnd - ns < 4 && RecognizerHelpers.IsNameWord(tokens[ns - 1])
                       && !RecognizerHelpers.NonNameWords.Contains(tokens[ns - 1].Lower)) ns--;
                if (nameEnd - ns >= 2 && !RecognizerHelpers.Overlaps(doc, sentence, ns, nameEnd))
                {
                    Add(doc, sentence, ns, nameEnd);
                }
            }
        }
    }

    private bool HasPersonNoun()
    {
        foreach (var p in _phrases) if (p.Kind == PhraseKind.PersonNoun) return true;
        return false;
    }

    private static void Add(DocumentContext doc, int sentence, int ns, int ne)
    {
        var tokens = doc.Tokens;
        var name = RecognizerHelpers.CleanSurface(doc, ns, ne);
        var person = doc.Entities.Discovered(NodeKind.Person, name, null, 0.7);
        PersonByTitleRecognizer.RegisterShortName(doc, doc.Text.TokenText(ne - 1, ne), person);
        doc.AddMention(new Mention
        {
            Sentence = sentence, TokenStart = ns, TokenEnd = ne, Start = tokens[ns].Start, End = tokens[ne - 1].End,
            Entity = person, Form = MentionForm.Name, Rule = "person.apposition", Confidence = 0.7,
        });
    }
}
