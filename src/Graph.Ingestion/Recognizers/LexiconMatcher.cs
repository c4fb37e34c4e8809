using Graph.Ingestion.Lexicon;
using Graph.Ingestion.Text;
using Graph.Model;

namespace Graph.Ingestion.Recognizers;

/// <summary>
/// Finds lexicon names in a sentence, longest match first, with case rules (acronyms exactly, names capitalized).
/// Demonyms and people's names point at their state. A seat of government used as an actor ("Baku accuses",
/// "Moscow-brokered") stands for its state; after a preposition of place ("in Moscow") it stays the city.
/// Also records vocabulary phrases (cues and markers) for the event stage.
/// </summary>
public sealed class LexiconMatcher
{
    private static readonly HashSet<string> Locative = new(StringComparer.Ordinal)
    {
        "in", "at", "near", "to", "into", "from", "inside", "outside", "around", "across", "via", "toward", "towards",
        "through", "within", "capital", "visited", "visit", "visiting", "arrived", "flew", "travelled", "traveled", "city", "of",
    };

    private readonly Lexicon.Lexicon _lexicon;
    private readonly List<NameEntry> _names = [];
    private Token[] _tokens = [];
    private readonly Func<NameEntry, int, int, bool> _acceptName;

    public LexiconMatcher(Lexicon.Lexicon lexicon)
    {
        _lexicon = lexicon;
        _acceptName = AcceptName;
    }

    public void Run(DocumentContext doc, int sentence)
    {
        _tokens = doc.Tokens;
        _text = doc.Text.Text;
        var s = doc.Text.Sentences[sentence];
        for (var k = s.TokenStart; k < s.TokenEnd;)
        {
            var len = _lexicon.Names.LongestMatch(_tokens, k, s.TokenEnd, _names, _acceptName);
            if (len > 0)
            {
                AddNameMention(doc, sentence, k, k + len);
                k += len;
                continue;
            }
            k++;
        }
        if (!s.IsMinedForEvents) return;
        for (var k = s.TokenStart; k < s.TokenEnd;)
        {
            // The entries are the lexicon's own list of the phrase (shared, never changed).
            var len = _lexicon.Phrases.LongestMatch(_tokens, k, s.TokenEnd, out var entries);
            if (len > 0)
            {
                doc.Phrases[sentence].Add(new PhraseMatch { TokenStart = k, TokenEnd = k + len, Entries = entries! });
                k += len;
                continue;
            }
            k++;
        }
    }

    private bool AcceptName(NameEntry entry, int start, int end)
    {
        if (end - start != entry.CaseRule.Length) return false;
        for (var k = start; k < end; k++)
        {
            ref readonly var t = ref _tokens[k];
            switch (entry.CaseRule[k - start])
            {
                case 1 when !t.Is(TokenFlags.Capitalized) && !t.Is(TokenFlags.AllCaps):
                    return false;
                case 2:
                    var surface = entry.SurfaceTokens[k - start];
                    if (t.Length != surface.Length) return false;
                    if (!MemoryExtensions.SequenceEqual(TextOf(t), surface)) return false;
                    break;
            }
        }
        return true;
    }

    private ReadOnlySpan<char> TextOf(in Token t) => _text.AsSpan(t.Start, t.Length);
    private string _text = "";

    private void AddNameMention(DocumentContext doc, int sentence, int start, int end)
    {
        // Prefer a full name over a demonym, an organization or state over a place (e.g. "Washington Post").
        NameEntry? best = null;
        foreach (var n in _names)
        {
            if (best is null || Rank(n) > Rank(best)) best = n;
        }
        if (best is null) return;
        var lex = best.Entity;
        var form = best.Form switch
        {
            NameForm.Acronym => MentionForm.Acronym,
            NameForm.Demonym => MentionForm.Demonym,
            NameForm.People => MentionForm.People,
            _ => MentionForm.Name,
        };
        var rule = best.Form switch
        {
            NameForm.Demonym => "lexicon.demonym",
            NameForm.People => "lexicon.people",
            NameForm.Acronym => "lexicon.acronym",
            _ => "lexicon.name",
        };
        var confidence = best.Form is NameForm.Demonym or NameForm.People ? 0.85 : 0.95;
        if (lex.StandsFor is not null && UsedAsActor(doc, sentence, start, end))
        {
            lex = lex.StandsFor;
            form = MentionForm.Metonym;
            rule = "lexicon.metonym";
            confidence = 0.8;
        }
        // "post-Soviet", "pro-Russian": a prefix changes the meaning; not a mention of the state.
        if (form == MentionForm.Demonym && _tokens[start].Is(TokenFlags.HyphenJoined) && start > 0 && _tokens[start - 1].Lower is "post" or "pro" or "anti" or "non")
            return;
        // "the two former Soviet states": a historical description; the state is mentioned but does not act.
        var descriptive = form == MentionForm.Demonym && start > 0 && _tokens[start - 1].Lower is "former" or "ex";
        var entity = doc.Entities.FromLexicon(lex);
        var s0 = _tokens[start].Start;
        var e0 = _tokens[end - 1].End;
        doc.AddMention(new Mention
        {
            Sentence = sentence, TokenStart = start, TokenEnd = end, Start = s0, End = e0,
            Entity = entity, Form = form, Rule = rule, Confidence = confidence, Inner = descriptive,
        });
    }

    private static int Rank(NameEntry n) =>
        (n.Form is NameForm.Name or NameForm.Acronym ? 10 : 0) + n.Entity.Kind switch
        {
            NodeKind.Organization => 3,
            NodeKind.State => 2,
            _ => 1,
        };

    private bool UsedAsActor(DocumentContext doc, int sentence, int start, int end)
    {
        var s = doc.Text.Sentences[sentence];
        // A dateline: "KHARTOUM, March 6, 2024 — …".
        if (start == s.TokenStart && end < s.TokenEnd && _tokens[end].Lower == ",") return false;
        var p = start - 1;
        if (p >= s.TokenStart && _tokens[p].Lower == "the") p--;
        if (p >= s.TokenStart && Locative.Contains(_tokens[p].Lower)) return false;
        if (end < s.TokenEnd && _lexicon.PlaceNouns.ContainsKey(_tokens[end].Lower)) return false;
        return true;
    }
}
