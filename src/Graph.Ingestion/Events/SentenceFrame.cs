using Graph.Ingestion.Lexicon;
using Graph.Ingestion.Recognizers;
using Graph.Ingestion.Text;
using Graph.Model;

namespace Graph.Ingestion.Events;

/// <summary>
/// A sentence prepared for event extraction: clause of each token, which tokens are quoted speech (not mined),
/// the actors and places mentioned with the preposition that governs each, and the vocabulary phrases found.
/// </summary>
internal sealed class SentenceFrame
{
    internal static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "of", "in", "at", "on", "to", "from", "by", "with", "for", "between", "among", "against", "over", "under", "into", "through",
        "via", "about", "after", "before", "since", "during", "near", "within", "without", "including", "toward", "towards", "across",
        "onto", "upon", "like", "than", "as", "unlike", "despite", "following", "throughout", "inside", "outside", "along",
    };

    private static readonly HashSet<string> Skippable = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "all", "both", "some",
        "nearly", "almost", "approximately", "least", "neighboring", "neighbouring", "ethnic", "detained", "captured",
        "self-proclaimed", "so-called", "fellow", "several", "many", "other", "two", "three", "four", "five", "six",
    };

    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal)
    {
        "while", "whereas", "but", "although", "though", "however", "because", "whereby", "unless", "yet",
    };

    private SentenceFrame(DocumentContext doc) => Doc = doc;

    public DocumentContext Doc { get; }
    public int Sentence { get; private set; }
    public int Start { get; private set; }
    public int End { get; private set; }
    /// <summary>Clause number of each token of the sentence (index token - Start); the array may be longer than the sentence.</summary>
    private int[] _clause = [];
    /// <summary>Clauses opened by a relative pronoun ("who …", "which …").</summary>
    public HashSet<int> RelativeClauses { get; } = [];
    /// <summary>Whether each token of the sentence is quoted speech (index token - Start); the array may be longer than the sentence.</summary>
    private bool[] _quoted = [];
    /// <summary>Top-level mentions usable as role fillers (quoted speech excluded), in order.</summary>
    public List<Mention> Mentions { get; } = [];
    public Dictionary<Mention, string?> Prep { get; } = [];
    /// <summary>Media and think tanks cited as the source of the sentence ("says Reuters", "As stated by the Council on
    /// Foreign Relations"): not announcers, but the figures of the sentence are theirs.</summary>
    public List<DocEntity> Sources { get; } = [];

    /// <summary>"Baku’s statement expressed appreciation for the mediating role…": who announced the event the role phrase is about.</summary>
    public List<(DocEntity Entity, Span Span)> PendingAnnouncers { get; } = [];

    /// <summary>Organizations that report rather than act: news media, think tanks, social platforms.</summary>
    public static bool IsReporter(DocEntity e) => e.Kind == NodeKind.Organization && e.Subtype is "media" or "think tank" or "social platform";

    /// <summary>Mentions listed after a role phrase ("through mediation by X"): their role comes from the phrase.</summary>
    public HashSet<Mention> PhraseFillers { get; } = [];
    public List<PhraseMatch> Phrases { get; } = [];
    /// <summary>Quotations (token ranges inside the marks), for statements.</summary>
    public List<(int Start, int End)> Quotes { get; } = [];

    public Token[] Tokens => Doc.Tokens;

    /// <summary>
    /// Prepares the frame of a sentence. Pass the frame of the previous sentence of the same document as
    /// <paramref name="reuse"/> to have it cleared and refilled instead of allocating a new one; the previous
    /// sentence's frame is then gone.
    /// </summary>
    public static SentenceFrame Build(DocumentContext doc, int sentence, Lexicon.Lexicon lexicon, SentenceFrame? reuse = null)
    {
        var s = doc.Text.Sentences[sentence];
        SentenceFrame f;
        if (reuse is not null && reuse.Doc == doc)
        {
            f = reuse;
            f.Clear();
        }
        else
        {
            f = new SentenceFrame(doc);
        }
        f.Sentence = sentence;
        f.Start = s.TokenStart;
        f.End = s.TokenEnd;
        f.Size(s.TokenEnd - s.TokenStart);
        f.FindQuotes(lexicon);
        f.FindClauses(lexicon);
        foreach (var p in doc.Phrases[sentence])
        {
            if (!f.IsQuoted(p.TokenStart)) f.Phrases.Add(p);
        }
        foreach (var m in doc.Mentions[sentence])
        {
            if (m.Inner || f.IsQuoted(m.TokenStart)) continue;
            if (m.Entity is null && m.Group is null) continue;
            f.Mentions.Add(m);
        }
        f.AddReferences();
        f.Mentions.Sort(static (a, b) => a.TokenStart.CompareTo(b.TokenStart));
        f.IndexTokens();
        f.ComputePrepositions();
        foreach (var p in f.Phrases)
        {
            if (!p.Has(PhraseKind.RoleBy)) continue;
            foreach (var m in f.ListAfter(p.TokenEnd)) f.PhraseFillers.Add(m);
        }
        return f;
    }

    /// <summary>Empties every collection of the frame for the next sentence.</summary>
    private void Clear()
    {
        RelativeClauses.Clear();
        Mentions.Clear();
        Prep.Clear();
        Sources.Clear();
        PendingAnnouncers.Clear();
        PhraseFillers.Clear();
        Phrases.Clear();
        Quotes.Clear();
    }

    /// <summary>Per-token arrays for a sentence of <paramref name="n"/> tokens, zeroed; grown only when too short.</summary>
    private void Size(int n)
    {
        if (_clause.Length < n)
        {
            var capacity = Math.Max(n, Math.Min(2 * _clause.Length, 4096));
            _clause = new int[capacity];
            _quoted = new bool[capacity];
            _mentionAt = new Mention?[capacity];
            _phraseAt = new PhraseMatch?[capacity];
            return;
        }
        Array.Clear(_clause, 0, n);
        Array.Clear(_quoted, 0, n);
        Array.Clear(_mentionAt, 0, n);
        Array.Clear(_phraseAt, 0, n);
    }

    /// <summary>Index of a token of this sentence in the per-token arrays; a token outside it is an error.</summary>
    private int Offset(int token)
    {
        var i = token - Start;
        if ((uint)i >= (uint)(End - Start)) throw new IndexOutOfRangeException($"token {token} is outside sentence {Sentence} [{Start}, {End})");
        return i;
    }

    public bool IsQuoted(int token) => _quoted[Offset(token)];

    /// <summary>
    /// References that name no entity but point at ones the document is about: "the two sides", "both parties"
    /// (the two states it mentions most) and "in the region" (the region it mentions most).
    /// </summary>
    private void AddReferences()
    {
        var t = Doc.Tokens;
        for (var k = Start; k + 1 < End; k++)
        {
            if (IsQuoted(k) || Doc.IsCovered(Sentence, k)) continue;
            var a = t[k].Lower;
            var b = t[k + 1].Lower;
            var len = 0;
            if (a is "both" && b is "sides" or "parties" or "countries") len = 2;
            else if (a is "the" && b is "two" && k + 2 < End && t[k + 2].Lower is "sides" or "parties" or "countries" or "leaders") len = 3;
            if (len > 0 && Doc.MainPair is { } pair && !(len == 3 && t[k + 2].Lower == "leaders"))
            {
                Mentions.Add(new Mention
                {
                    Sentence = Sentence, TokenStart = k, TokenEnd = k + len, Start = t[k].Start, End = t[k + len - 1].End,
                    Group = [.. pair], Form = MentionForm.Descriptor, Rule = "reference.two-sides", Confidence = 0.6,
                });
                k += len - 1;
                continue;
            }
            if (a is "the" && b is "region" && k > Start && t[k - 1].Lower is "in" or "throughout" or "across" or "to" or "into" or "over" && Doc.MainRegion is { } region
                && !(k + 2 < End && t[k + 2].Lower == "of"))
            {
                Mentions.Add(new Mention
                {
                    Sentence = Sentence, TokenStart = k, TokenEnd = k + 2, Start = t[k].Start, End = t[k + 1].End,
                    Entity = region, Form = MentionForm.Descriptor, Rule = "reference.the-region", Confidence = 0.55,
                });
                k++;
            }
        }
    }

    private static readonly HashSet<string> GenericNouns = new(StringComparer.Ordinal)
    {
        "representatives", "officials", "delegation", "delegations", "members", "envoys", "experts", "diplomats", "leaders",
        "authorities", "government", "staff", "negotiators", "mediators", "team", "teams",
    };

    /// <summary>
    /// The actors listed from token <paramref name="k"/> on: "Georgian Prime Minister Irakli Garibashvili, U.S. Secretary …,
    /// and OSCE and European Union officials"; "representatives from Georgia".
    /// </summary>
    public List<Mention> ListAfter(int k)
    {
        var t = Doc.Tokens;
        var result = new List<Mention>();
        if (k >= End) return result;
        var clause = ClauseOf(k);
        var closed = 1; // items up to the last one joined by "and" (a comma alone does not coordinate)
        while (k < End)
        {
            var joinedByAnd = false;
            while (k < End && t[k].Lower is "the" or "a" or "an" or "," or "and" or "both")
            {
                if (t[k].Lower == "and") joinedByAnd = true;
                k++;
            }
            if (k + 1 < End && GenericNouns.Contains(t[k].Lower) && t[k + 1].Lower is "from" or "of")
            {
                k += 2;
                if (k < End && t[k].Lower == "the") k++;
            }
            if (k >= End) break;
            var m = MentionAt(k);
            if (m is null || !(m.IsActor || m.Group is not null)) break;
            if (ClauseOf(k) != clause && !RelativeClauses.Contains(ClauseOf(k))) break;
            // "the Russian-led CSTO": a modifier joined by a hyphen is not an item of the list.
            if (m.TokenEnd < End && t[m.TokenEnd].Is(TokenFlags.HyphenJoined))
            {
                k = m.TokenEnd;
                while (k < End && t[k].Is(TokenFlags.HyphenJoined)) k++;
                continue;
            }
            result.Add(m);
            if (joinedByAnd) closed = result.Count;
            k = m.TokenEnd;
            if (k < End && GenericNouns.Contains(t[k].Lower)) k++;
            if (k >= End || t[k].Lower is not ("," or "and")) break;
        }
        if (closed < result.Count) result.RemoveRange(closed, result.Count - closed);
        return result;
    }
    public int ClauseOf(int token) => _clause[Offset(token)];

    public int ClauseStart(int token)
    {
        var c = ClauseOf(token);
        var k = token;
        while (k - 1 >= Start && ClauseOf(k - 1) == c) k--;
        return k;
    }

    public int ClauseEnd(int token)
    {
        var c = ClauseOf(token);
        var k = token;
        while (k + 1 < End && ClauseOf(k + 1) == c) k++;
        return k + 1;
    }

    public bool SameClause(int a, int b) => ClauseOf(a) == ClauseOf(b);

    private Mention?[] _mentionAt = [];
    private PhraseMatch?[] _phraseAt = [];

    public Mention? MentionAt(int token) => token >= Start && token < End ? _mentionAt[token - Start] : null;

    /// <summary>The vocabulary phrase covering the token, if any.</summary>
    public PhraseMatch? PhraseAt(int token) => token >= Start && token < End ? _phraseAt[token - Start] : null;

    private void IndexTokens()
    {
        foreach (var m in Mentions)
        {
            for (var k = Math.Max(m.TokenStart, Start); k < m.TokenEnd && k < End; k++) _mentionAt[k - Start] ??= m;
        }
        foreach (var p in Phrases)
        {
            for (var k = p.TokenStart; k < p.TokenEnd && k < End; k++) _phraseAt[k - Start] = p;
        }
    }

    public string? PrepOf(Mention m) => Prep.GetValueOrDefault(m);

    /// <summary>
    /// Quotations: tokens inside quotation marks. A quotation that continues the sentence's own syntax
    /// ("were “handed over to Armenia …”") is mined like the rest; reported speech is not.
    /// </summary>
    private void FindQuotes(Lexicon.Lexicon lexicon)
    {
        var tokens = Doc.Tokens;
        var k = Start;
        while (k < End)
        {
            if (!tokens[k].Is(TokenFlags.InQuote)) { k++; continue; }
            var q = k;
            while (q < End && tokens[q].Is(TokenFlags.InQuote)) q++;
            Quotes.Add((k, q));
            var open = k - 1;
            var before = open - 1;
            var embedded = before >= Start && tokens[before].Kind == TokenKind.Word && !IsSpeechVerb(lexicon, before);
            if (!embedded)
            {
                for (var i = k; i < q; i++) _quoted[i - Start] = true;
            }
            k = q;
        }
    }

    private bool IsSpeechVerb(Lexicon.Lexicon lexicon, int token)
    {
        foreach (var p in Doc.Phrases[Sentence])
        {
            if (p.TokenStart <= token && token < p.TokenEnd)
            {
                foreach (var e in p.Entries) if (e.Kind == PhraseKind.EventVerb && e.EventType == EventType.Statement) return true;
            }
        }
        return Doc.Tokens[token].Lower is "stating" or "saying" or "adding" or "as";
    }

    private bool IsStatementVerbAt(int token)
    {
        foreach (var p in Doc.Phrases[Sentence])
        {
            if (p.TokenStart != token) continue;
            foreach (var e in p.Entries) if (e.Kind == PhraseKind.EventVerb && e.EventType == EventType.Statement) return true;
        }
        return false;
    }

    private void FindClauses(Lexicon.Lexicon lexicon)
    {
        var tokens = Doc.Tokens;
        var id = 0;
        var next = 0;
        var outer = -1;
        var relativeStart = -1;
        for (var k = Start; k < End; k++)
        {
            ref readonly var t = ref tokens[k];
            var lower = t.Lower;
            var boundary = false;
            var relative = false;
            if (t.Kind == TokenKind.Punctuation && lower is ";" or ":" or "—" or "–" && (t.Is(TokenFlags.SpaceBefore) || lower is ";" or ":"))
            {
                boundary = true;
            }
            else if (t.Kind == TokenKind.Word && ClauseWords.Contains(lower) && !(lower == "yet" && k + 1 < End && tokens[k + 1].Lower == "to"))
            {
                boundary = true;
            }
            else if (t.Kind == TokenKind.Word && lower is "who" or "which" or "whose" or "where" && k > Start)
            {
                relative = true;
            }
            else if (t.Kind == TokenKind.Word && lower == "that" && k > Start && (IsStatementVerbAt(k - 1) || (k - 2 >= Start && IsStatementVerbAt(k - 2))))
            {
                boundary = true;
            }
            else if (lower == "," && outer < 0 && k + 1 < End && (IsStatementVerbAt(k + 1) || IsPastVerbLike(tokens[k + 1])))
            {
                boundary = true;
            }
            else if (lower == "and" && k + 1 < End && IsPastVerbLike(tokens[k + 1]) && k > Start && tokens[k - 1].Kind != TokenKind.Punctuation && !InPhrase(k))
            {
                boundary = true;
            }
            // "the authorities who still control Stepanakert have denied": without a comma, an auxiliary some words
            // into the relative clause returns to the main clause.
            if (outer >= 0 && !relative && k - relativeStart >= 3 && t.Kind == TokenKind.Word && lower is "have" or "has" or "had" or "are" or "were")
            {
                id = outer;
                outer = -1;
            }
            if (relative)
            {
                if (outer < 0) outer = id;
                id = ++next;
                relativeStart = k;
                RelativeClauses.Add(id);
            }
            else if (boundary)
            {
                id = ++next;
                outer = -1;
            }
            else if (lower == "," && outer >= 0)
            {
                _clause[k - Start] = id;
                id = outer;
                outer = -1;
                continue;
            }
            _clause[k - Start] = id;
        }
    }

    private bool InPhrase(int token)
    {
        foreach (var p in Doc.Phrases[Sentence]) if (p.TokenStart <= token && token < p.TokenEnd) return true;
        return false;
    }

    /// <summary>"…, facilitated humanitarian aid": a lower-case past form after a comma starts a new verb phrase.</summary>
    private static bool IsPastVerbLike(in Token t) =>
        t.Kind == TokenKind.Word && t.IsLowerWord && t.Lower.Length > 4 && t.Lower.EndsWith("ed", StringComparison.Ordinal)
        && t.Lower is not ("armed" or "detained" or "based" or "united" or "limited" or "unresolved" or "displaced" or "disputed" or "proclaimed" or "alleged" or "armored" or "related");

    /// <summary>"Russia, Armenia, and Azerbaijan": after a comma, the list goes on only if an "and" ends it.</summary>
    private bool ListCloses(Mention m)
    {
        var t = Doc.Tokens;
        var k = m.TokenEnd;
        while (k < End)
        {
            if (t[k].Lower == "and") return true;
            if (t[k].Lower != ",") return false;
            k++;
            if (k < End && t[k].Lower == "and") return true;
            if (k < End && t[k].Lower == "the") k++;
            var next = MentionAt(k);
            if (next is null) return false;
            k = next.TokenEnd;
        }
        return false;
    }

    private void ComputePrepositions()
    {
        var tokens = Doc.Tokens;
        Mention? previous = null;
        foreach (var m in Mentions)
        {
            string? prep = null;
            var k = m.TokenStart - 1;
            while (k >= Start && (Skippable.Contains(tokens[k].Lower) || tokens[k].Kind == TokenKind.Number || tokens[k].Kind == TokenKind.Quote
                                  || (tokens[k].Lower is "over" or "about" or "around" && k + 1 < End && tokens[k + 1].Kind == TokenKind.Number))) k--;
            if (k >= Start)
            {
                var lower = tokens[k].Lower;
                if (Prepositions.Contains(lower) && tokens[k].Kind == TokenKind.Word) prep = lower;
                else if (m.Form == MentionForm.Demonym && (lower == "," || lower == "and"))
                    prep = null;
                else if ((lower == "," || lower == "and") && previous is not null && previous.TokenEnd <= k && k - previous.TokenEnd <= 1 && SameClause(previous.TokenStart, m.TokenStart)
                         && (lower == "and" || ListCloses(m)))
                    prep = Prep.GetValueOrDefault(previous);
                else if (lower == "and" && k - 1 >= Start && tokens[k - 1].Lower == "," && previous is not null && previous.TokenEnd == k - 1)
                    prep = Prep.GetValueOrDefault(previous);
            }
            Prep[m] = prep;
            previous = m;
        }
    }
}
