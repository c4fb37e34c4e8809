namespace Graph.Ingestion.Text;

/// <summary>A block of text: a paragraph or a line that stands alone (title, byline, caption…).</summary>
public sealed class TextBlock
{
    public int Start;
    public int End;
    public int TokenStart;
    public int TokenEnd;
    public TextZone Zone;
    public int SentenceCount;

    public int TokenCount => TokenEnd - TokenStart;
}

/// <summary>A sentence: a character span, its tokens and the zone of the block it sits in.</summary>
public struct SentenceSpan
{
    public int Index;
    public int Start;
    public int End;
    public int TokenStart;
    public int TokenEnd;
    public int Block;
    public TextZone Zone;

    public readonly bool IsMinedForEvents => Zone == TextZone.Body;
    public readonly bool IsMinedForEntities => Zone is TextZone.Body or TextZone.Title;
}

/// <summary>The document text split into blocks, sentences and tokens (token indexes are global).</summary>
public sealed class AnalyzedText
{
    public AnalyzedText(string text, Token[] tokens, List<TextBlock> blocks, SentenceSpan[] sentences)
    {
        Text = text;
        Tokens = tokens;
        Blocks = blocks;
        Sentences = sentences;
        SentenceOfToken = new int[tokens.Length];
        foreach (var s in sentences)
        {
            for (var t = s.TokenStart; t < s.TokenEnd; t++) SentenceOfToken[t] = s.Index;
        }
    }

    public string Text { get; }
    public Token[] Tokens { get; }
    public List<TextBlock> Blocks { get; }
    public SentenceSpan[] Sentences { get; }
    public int[] SentenceOfToken { get; }

    public string Slice(int start, int end) => Text.Substring(start, end - start);

    /// <summary>The text from the first token to the last (inclusive of both).</summary>
    public string TokenText(int firstToken, int endToken) =>
        Text.Substring(Tokens[firstToken].Start, Tokens[endToken - 1].End - Tokens[firstToken].Start);

    public string SentenceText(int sentence) => Slice(Sentences[sentence].Start, Sentences[sentence].End);
}
