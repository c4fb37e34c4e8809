using Graph.Ingestion.Lexicon;
using Graph.Ingestion.Recognizers;
using Graph.Ingestion.Text;

namespace Graph.Ingestion;

/// <summary>A match of a vocabulary phrase (event cue, role cue, marker) in a sentence.</summary>
public sealed class PhraseMatch
{
    public int TokenStart;
    public int TokenEnd;
    /// <summary>The vocabulary entries of the phrase: the lexicon's own list, shared by every match of it. Never change it.</summary>
    public required List<PhraseEntry> Entries;

    public bool Has(PhraseKind kind)
    {
        foreach (var e in Entries) if (e.Kind == kind) return true;
        return false;
    }

    public PhraseEntry? First(PhraseKind kind)
    {
        foreach (var e in Entries) if (e.Kind == kind) return e;
        return null;
    }

    public override string ToString() => $"[{TokenStart},{TokenEnd}) {string.Join("|", Entries)}";
}

/// <summary>Everything known about one document while it is being read.</summary>
public sealed class DocumentContext
{
    public DocumentContext(AnalyzedText text, Lexicon.Lexicon lexicon, string documentId)
    {
        Text = text;
        Lexicon = lexicon;
        DocumentId = documentId;
        var n = text.Sentences.Length;
        Mentions = new List<Mention>[n];
        Phrases = new List<PhraseMatch>[n];
        Dates = new List<DateMention>[n];
        Quantities = new List<QuantityMention>[n];
        _covered = new bool[text.Tokens.Length];
        for (var i = 0; i < n; i++)
        {
            Mentions[i] = [];
            Phrases[i] = [];
            Dates[i] = [];
            Quantities[i] = [];
        }
    }

    public AnalyzedText Text { get; }
    public Token[] Tokens => Text.Tokens;
    public Lexicon.Lexicon Lexicon { get; }
    public string DocumentId { get; }
    public EntityRegistry Entities { get; } = new();

    /// <summary>Mentions per sentence, sorted by start token once recognition is done.</summary>
    public List<Mention>[] Mentions { get; }
    public List<PhraseMatch>[] Phrases { get; }
    public List<DateMention>[] Dates { get; }
    public List<QuantityMention>[] Quantities { get; }

    /// <summary>The document's reference date (stated or inferred) for relative dates.</summary>
    public Graph.Model.TimeRange? Reference { get; set; }
    public bool ReferenceIsLowerBound { get; set; }

    /// <summary>The publication date recorded for the document (stated, or an inferred window).</summary>
    public Graph.Model.TimeRange? Publication { get; set; }

    /// <summary>Events found in the document, in order of first mention.</summary>
    public List<Events.DocEvent> Events { get; } = [];

    /// <summary>Relations between entities found in the document.</summary>
    public List<Events.DocRelation> Relations { get; } = [];

    public string SentenceText(int s) => Text.SentenceText(s);

    private bool _mainComputed;
    private List<Recognizers.DocEntity>? _mainPair;
    private Recognizers.DocEntity? _mainRegion;

    /// <summary>The two states the body mentions most: what "the two sides" and "both parties" refer to.</summary>
    public List<Recognizers.DocEntity>? MainPair { get { ComputeMain(); return _mainPair; } }

    /// <summary>The region the body mentions most: what "the region" refers to.</summary>
    public Recognizers.DocEntity? MainRegion { get { ComputeMain(); return _mainRegion; } }

    private void ComputeMain()
    {
        if (_mainComputed) return;
        _mainComputed = true;
        var counts = new Dictionary<Recognizers.DocEntity, int>();
        foreach (var s in Text.Sentences)
        {
            if (s.Zone != TextZone.Body) continue;
            foreach (var m in Mentions[s.Index])
            {
                if (m.Entity is null) continue;
                if (m.Entity.Kind == Graph.Model.NodeKind.State || m.Entity.Kind == Graph.Model.NodeKind.Place && m.Entity.Subtype == "region")
                    counts[m.Entity] = counts.GetValueOrDefault(m.Entity) + 1;
            }
        }
        // The pair named together most ("Sudan and South Sudan", "between Armenia and Azerbaijan").
        var pairs = new Dictionary<(Recognizers.DocEntity, Recognizers.DocEntity), int>();
        foreach (var s in Text.Sentences)
        {
            if (s.Zone is not (TextZone.Body or TextZone.Title)) continue;
            var list = Mentions[s.Index];
            for (var i = 0; i + 1 < list.Count; i++)
            {
                var a = list[i];
                if (a.Entity?.Kind != Graph.Model.NodeKind.State) continue;
                for (var j = i + 1; j < list.Count; j++)
                {
                    var b = list[j];
                    if (b.TokenStart != a.TokenEnd + 1 || Tokens[a.TokenEnd].Lower != "and") continue;
                    if (b.Entity?.Kind != Graph.Model.NodeKind.State || b.Entity == a.Entity) continue;
                    var key = string.CompareOrdinal(a.Entity.Key, b.Entity.Key) < 0 ? (a.Entity, b.Entity) : (b.Entity, a.Entity);
                    pairs[key] = pairs.GetValueOrDefault(key) + 1;
                }
            }
        }
        var bestPair = 0;
        foreach (var (pair, n) in pairs)
        {
            if (n > bestPair) { bestPair = n; _mainPair = [pair.Item1, pair.Item2]; }
        }
        Recognizers.DocEntity? first = null, second = null, region = null;
        foreach (var (e, n) in counts)
        {
            if (e.Kind == Graph.Model.NodeKind.Place)
            {
                if (region is null || n > counts[region]) region = e;
                continue;
            }
            if (first is null || n > counts[first]) { second = first; first = e; }
            else if (second is null || n > counts[second]) second = e;
        }
        // Only a clear pair: both well ahead of any third state.
        if (_mainPair is null && first is not null && second is not null)
        {
            var third = 0;
            foreach (var (e, n) in counts) if (e.Kind == Graph.Model.NodeKind.State && e != first && e != second) third = Math.Max(third, n);
            if (counts[second] >= 3 && counts[second] > third) _mainPair = [first, second];
        }
        if (region is not null && counts[region] >= 2) _mainRegion = region;
    }

    private readonly bool[] _covered;

    public void AddMention(Mention m)
    {
        Mentions[m.Sentence].Add(m);
        m.Entity?.Mentions.Add(m);
        MarkCovered(m.TokenStart, m.TokenEnd);
    }

    /// <summary>Withdraws a mention that turned out to be part of something else (a word of a title).</summary>
    public void RemoveMention(Mention m)
    {
        Mentions[m.Sentence].Remove(m);
        m.Entity?.Mentions.Remove(m);
    }

    /// <summary>Records that tokens belong to a mention (after a mention grows, e.g. "Agdam" + "region").</summary>
    public void MarkCovered(int start, int end)
    {
        for (var k = start; k < end; k++) _covered[k] = true;
    }

    /// <summary>The top-level (not inner) mention covering the token, if any.</summary>
    public Mention? MentionAt(int sentence, int token)
    {
        foreach (var m in Mentions[sentence])
        {
            if (!m.Inner && m.TokenStart <= token && token < m.TokenEnd) return m;
        }
        return null;
    }

    /// <summary>True when any mention (inner or not) covers the token.</summary>
    public bool IsCovered(int sentence, int token) => _covered[token];
}
