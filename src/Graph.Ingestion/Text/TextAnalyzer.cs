namespace Graph.Ingestion.Text;

/// <summary>
/// Turns a document's text into blocks, zones, sentences and tokens. Lines are blocks; a line that does not end a
/// sentence joins the next one when that one starts in lower case (a paragraph broken by the source's layout).
/// </summary>
public sealed class TextAnalyzer(Tokenizer tokenizer)
{
    private readonly Tokenizer _tokenizer = tokenizer;

    /// <summary>Scratch lists of the calling thread, reused from one document to the next (only arrays sized exactly are kept).</summary>
    [ThreadStatic] private static List<Token>? _tokenBuffer;
    [ThreadStatic] private static List<(int Start, int End)>? _rangeBuffer;

    public AnalyzedText Analyze(string text, string? knownTitle)
    {
        var blocks = FindBlocks(text);
        var tokens = _tokenBuffer ??= new List<Token>(2048);
        tokens.Clear();
        foreach (var block in blocks)
        {
            block.TokenStart = tokens.Count;
            _tokenizer.Tokenize(text, block.Start, block.End, tokens);
            block.TokenEnd = tokens.Count;
        }
        var tokenArray = tokens.ToArray();
        tokens.Clear();
        // Documents far larger than usual should not pin a large buffer to the thread.
        if (tokens.Capacity > 1 << 16) _tokenBuffer = null;

        // The sentences of every block, one after another; counts[b] of them belong to block b.
        var ranges = _rangeBuffer ??= new List<(int Start, int End)>(256);
        ranges.Clear();
        var counts = new List<int>(blocks.Count);
        var nonEmpty = 0;
        foreach (var block in blocks)
        {
            var before = ranges.Count;
            SentenceSplitter.Split(tokenArray, block.TokenStart, block.TokenEnd, ranges);
            counts.Add(ranges.Count - before);
            for (var r = before; r < ranges.Count; r++) if (ranges[r].End > ranges[r].Start) nonEmpty++;
        }
        ZoneClassifier.Classify(text, tokenArray, blocks, knownTitle, counts);

        var sentences = new SentenceSpan[nonEmpty];
        var n = 0;
        var next = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            block.SentenceCount = counts[b];
            for (var r = next; r < next + counts[b]; r++)
            {
                var (s, e) = ranges[r];
                if (e <= s) continue;
                sentences[n] = new SentenceSpan
                {
                    Index = n,
                    Start = tokenArray[s].Start,
                    End = tokenArray[e - 1].End,
                    TokenStart = s,
                    TokenEnd = e,
                    Block = b,
                    Zone = block.Zone,
                };
                n++;
            }
            next += counts[b];
            MarkQuotes(tokenArray, block.TokenStart, block.TokenEnd);
        }
        ranges.Clear();
        if (ranges.Capacity > 1 << 14) _rangeBuffer = null;
        return new AnalyzedText(text, tokenArray, blocks, sentences);
    }

    /// <summary>Sets <see cref="TokenFlags.InQuote"/> on tokens between an opening and a closing quotation mark.</summary>
    private static void MarkQuotes(Token[] tokens, int start, int end)
    {
        var open = -1;
        for (var k = start; k < end; k++)
        {
            ref var t = ref tokens[k];
            if (t.Kind == TokenKind.Quote)
            {
                if (t.Is(TokenFlags.OpenQuote) && open < 0) { open = k; continue; }
                if (t.Is(TokenFlags.CloseQuote) && open >= 0)
                {
                    for (var q = open + 1; q < k; q++) tokens[q].Flags |= TokenFlags.InQuote;
                    open = -1;
                }
            }
        }
    }

    private static List<TextBlock> FindBlocks(string text)
    {
        var blocks = new List<TextBlock>();
        var i = 0;
        TextBlock? current = null;
        while (i < text.Length)
        {
            var lineEnd = text.IndexOf('\n', i);
            if (lineEnd < 0) lineEnd = text.Length;
            var s = i;
            var e = lineEnd;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (s < e)
            {
                if (current is not null && ContinuesPrevious(text, current, s))
                {
                    current.End = e;
                }
                else
                {
                    current = new TextBlock { Start = s, End = e };
                    blocks.Add(current);
                }
            }
            i = lineEnd + 1;
        }
        return blocks;
    }

    /// <summary>A line starting in lower case continues a previous line that did not end a sentence.</summary>
    private static bool ContinuesPrevious(string text, TextBlock previous, int lineStart)
    {
        if (!char.IsLower(text[lineStart])) return false;
        // Only a sentence cut short continues; a short line (a masthead, a label) does not.
        var words = 0;
        for (var i = previous.Start; i < previous.End; i++) if (char.IsWhiteSpace(text[i]) && i + 1 < previous.End && !char.IsWhiteSpace(text[i + 1])) words++;
        if (words < 6) return false;
        var last = text[previous.End - 1];
        return char.IsLetterOrDigit(last) || last is ',' or ';';
    }
}
