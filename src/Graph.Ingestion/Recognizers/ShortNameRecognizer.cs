using Graph.Ingestion.Lexicon;
using Graph.Ingestion.Text;
using Graph.Model;

namespace Graph.Ingestion.Recognizers;

/// <summary>
/// Second pass over the document: names of entities discovered anywhere in it ("Nikol Pashinyan" without a title,
/// the surname "Pashinyan", the acronym "ANAMA") are mentions wherever they are not already covered.
/// </summary>
public sealed class ShortNameRecognizer
{
    private readonly List<DocEntity> _found = [];
    /// <summary>Scratch lists for tokenizing one name at a time (the trie copies what it keeps).</summary>
    private readonly List<Token> _formTokens = [];
    private readonly List<string> _formLowers = [];

    public void Run(DocumentContext doc)
    {
        var trie = new PhraseTrie<DocEntity>();
        var any = false;
        foreach (var e in doc.Entities.All)
        {
            if (!e.Discovered) continue;
            AddForms(doc, trie, e, e.Name);
            foreach (var a in e.Aliases) AddForms(doc, trie, e, a);
            any = true;
        }
        foreach (var (text, e) in doc.Entities.ShortNames)
        {
            AddForms(doc, trie, e, text);
            any = true;
        }
        if (!any) return;
        var tokens = doc.Tokens;
        foreach (var s in doc.Text.Sentences)
        {
            if (!s.IsMinedForEntities) continue;
            for (var k = s.TokenStart; k < s.TokenEnd;)
            {
                if (!RecognizerHelpers.IsNameWord(tokens[k]) || doc.IsCovered(s.Index, k))
                {
                    k++;
                    continue;
                }
                var len = trie.LongestMatch(tokens, k, s.TokenEnd, _found);
                if (len == 0 || RecognizerHelpers.Overlaps(doc, s.Index, k, k + len) || !CaseMatches(doc, k, k + len))
                {
                    k++;
                    continue;
                }
                var e = _found[0];
                doc.AddMention(new Mention
                {
                    Sentence = s.Index, TokenStart = k, TokenEnd = k + len, Start = tokens[k].Start, End = tokens[k + len - 1].End,
                    Entity = e, Form = len == 1 && tokens[k].Is(TokenFlags.AllCaps) ? MentionForm.Acronym : MentionForm.Name,
                    Rule = "name.repeated", Confidence = Math.Min(0.8, e.Confidence),
                });
                k += len;
            }
        }
    }

    private static bool CaseMatches(DocumentContext doc, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            ref readonly var t = ref doc.Tokens[k];
            if (t.Kind == TokenKind.Word && !t.Is(TokenFlags.Capitalized) && !t.Is(TokenFlags.AllCaps) && !RecognizerHelpers.NameParticles.Contains(t.Lower) && t.Lower is not ("of" or "for" or "and" or "the" or "on" or "in"))
                return false;
        }
        return true;
    }

    private void AddForms(DocumentContext doc, PhraseTrie<DocEntity> trie, DocEntity e, string form)
    {
        _formTokens.Clear();
        doc.Lexicon.Tokenizer.Tokenize(form, 0, form.Length, _formTokens);
        if (_formTokens.Count == 0) return;
        _formLowers.Clear();
        foreach (var t in _formTokens) _formLowers.Add(t.Lower);
        trie.Add(_formLowers, e);
    }
}
