namespace Graph.Ingestion.Text;

/// <summary>
/// Splits a block's tokens into sentences. A sentence ends at ".", "!", "?" or "…" (with any closing quotes or
/// brackets after it) when the next token can start a sentence. Abbreviations and initials carry their own
/// period (see <see cref="Tokenizer"/>) and end a sentence only when a typical sentence opener follows them
/// and they are not titles ("Gen.", "Mr.").
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "in", "on", "at", "as", "he", "she", "it", "they", "we", "i", "this", "these", "those", "that",
        "but", "however", "meanwhile", "after", "before", "since", "while", "when", "there", "his", "her", "their", "its",
        "according", "despite", "although", "though", "yet", "moreover", "also", "both", "some", "many",
    };

    private static readonly HashSet<string> TitleAbbreviations = new(StringComparer.Ordinal)
    {
        "mr.", "mrs.", "ms.", "dr.", "gen.", "lt.", "col.", "capt.", "maj.", "sgt.", "prof.", "sen.", "rep.", "gov.", "st.", "adm.",
        "pres.", "amb.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "no.", "vs.",
    };

    /// <summary>Appends (start token, end token) pairs of the sentences in [tokenStart, tokenEnd).</summary>
    public static void Split(Token[] tokens, int tokenStart, int tokenEnd, List<(int Start, int End)> output)
    {
        var sentenceStart = tokenStart;
        for (var k = tokenStart; k < tokenEnd; k++)
        {
            ref readonly var t = ref tokens[k];
            bool terminal;
            if (t.Kind == TokenKind.Punctuation && t.Lower is "." or "!" or "?" or "…")
            {
                terminal = true;
            }
            else if (t.Kind == TokenKind.Word && t.Is(TokenFlags.Abbreviation) && !TitleAbbreviations.Contains(t.Lower) && t.Lower.Length > 2)
            {
                // "U.S." at the end of a sentence: only when a typical opener follows.
                terminal = k + 1 < tokenEnd && tokens[k + 1].IsCapitalized && Openers.Contains(tokens[k + 1].Lower);
            }
            else
            {
                continue;
            }
            if (!terminal) continue;
            var end = k + 1;
            while (end < tokenEnd && IsCloser(tokens[end]) && !tokens[end].Is(TokenFlags.SpaceBefore | TokenFlags.LineBreakBefore) ) end++;
            while (end < tokenEnd && tokens[end].Kind == TokenKind.Punctuation && tokens[end].Lower is "*") end++;
            if (end >= tokenEnd) break;
            if (!CanStart(tokens[end])) continue;
            output.Add((sentenceStart, end));
            sentenceStart = end;
            k = end - 1;
        }
        if (sentenceStart < tokenEnd) output.Add((sentenceStart, tokenEnd));
    }

    private static bool IsCloser(in Token t) =>
        (t.Kind == TokenKind.Quote && t.Is(TokenFlags.CloseQuote)) || (t.Kind == TokenKind.Punctuation && t.Lower is ")" or "]");

    private static bool CanStart(in Token t) => t.Kind switch
    {
        TokenKind.Word => t.Is(TokenFlags.Capitalized) || t.Is(TokenFlags.LineBreakBefore),
        TokenKind.Number => true,
        TokenKind.Quote => t.Is(TokenFlags.OpenQuote),
        TokenKind.Symbol or TokenKind.Url => true,
        TokenKind.Punctuation => t.Lower is "(" or "[" or "—" or "–" or "-" or "*" || t.Is(TokenFlags.LineBreakBefore),
        _ => false,
    };
}
