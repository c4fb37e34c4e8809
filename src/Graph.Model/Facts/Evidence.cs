namespace Graph.Model;

/// <summary>
/// Where a fact was read: a document, a sentence in it, a character span of the document text,
/// the rule that produced the fact and the confidence of that rule on that sentence.
/// </summary>
public sealed record Evidence(
    string DocumentId,
    int SentenceIndex,
    int Start,
    int End,
    string Sentence,
    string Rule,
    double Confidence)
{
    /// <summary>The id of the fact this evidence supports (filled by the store when read back).</summary>
    public string? FactId { get; init; }
}
