using Graph.Ingestion.Events;
using Graph.Ingestion.Recognizers;
using Graph.Ingestion.Text;
using Graph.Model;

namespace Graph.Ingestion;

/// <summary>
/// The pure extraction stage: text in, facts with evidence out. Knows nothing of the graph; the same input always
/// gives the same result. Thread-safe: one instance can serve many documents at once (per-call state only).
/// </summary>
public sealed class Extractor
{
    private readonly Lexicon.Lexicon _lexicon;
    private readonly TextAnalyzer _analyzer;

    public Extractor(Lexicon.Lexicon lexicon)
    {
        _lexicon = lexicon;
        _analyzer = new TextAnalyzer(lexicon.Tokenizer);
    }

    public Lexicon.Lexicon Lexicon => _lexicon;

    /// <summary>Validates the input (see <see cref="InputValidator"/>) and extracts its facts.</summary>
    public ExtractionResult Extract(DocumentInput input)
    {
        var text = InputValidator.Validate(input);
        var hash = FactIds.ContentHash(text);
        var documentId = FactIds.ForDocument(StableKey(input) ?? hash);
        var doc = Read(text, input.Title, documentId, input.PublishedAt);
        return ResultBuilder.Build(doc, input, hash);
    }

    /// <summary>The document's identity: its url, else its source path, else null (the content hash is used).</summary>
    public static string? StableKey(DocumentInput input)
    {
        if (!string.IsNullOrWhiteSpace(input.Url)) return input.Url.Trim();
        if (!string.IsNullOrWhiteSpace(input.SourcePath)) return input.SourcePath.Trim().Replace('\\', '/');
        return null;
    }

    internal DocumentContext Read(string text, string? title, string documentId, DateTimeOffset? publishedAt)
    {
        var analyzed = _analyzer.Analyze(text, title);
        var doc = new DocumentContext(analyzed, _lexicon, documentId);
        var lexiconMatcher = new LexiconMatcher(_lexicon);
        var institutions = new InstitutionRecognizer(_lexicon);
        var organizations = new OrganizationFormRecognizer(_lexicon);
        var places = new PlaceContextRecognizer(_lexicon);
        var people = new PersonByTitleRecognizer(_lexicon);
        var apposition = new AppositionPersonRecognizer(_lexicon);

        foreach (var s in analyzed.Sentences)
        {
            if (s.Zone == TextZone.Header || s.Zone == TextZone.Body) DateRecognizer.Run(doc, s.Index);
            if (!s.IsMinedForEntities) continue;
            lexiconMatcher.Run(doc, s.Index);
            if (s.Zone != TextZone.Body) continue;
            institutions.Run(doc, s.Index);
            organizations.Run(doc, s.Index);
            places.Run(doc, s.Index);
            people.Run(doc, s.Index);
            apposition.Run(doc, s.Index);
        }
        new ShortNameRecognizer().Run(doc);
        DescriptorResolver.Run(doc);
        foreach (var list in doc.Mentions) list.Sort(static (a, b) => a.TokenStart != b.TokenStart ? a.TokenStart.CompareTo(b.TokenStart) : b.TokenEnd.CompareTo(a.TokenEnd));

        DocumentDate.SetReference(doc, publishedAt);
        DateResolver.ResolveAll(doc);
        foreach (var s in analyzed.Sentences)
        {
            if (s.Zone != TextZone.Body) continue;
            QuantityRecognizer.Run(doc, s.Index);
            QuantityRecognizer.SpreadApproximation(doc, s.Index);
        }
        doc.Publication = DocumentDate.PublicationWindow(doc, publishedAt);
        EventExtractor.Run(doc);
        RelationExtractor.Run(doc);
        return doc;
    }
}
