using Graph.Ingestion.Recognizers;

namespace Graph.Ingestion.Text;

/// <summary>
/// Decides the zone of each block by its structure, not by fixed strings: the title (matching the given title, or
/// the first title-like line), header lines before the body (mastheads in capitals, bylines, datelines, short labels),
/// photo captions and credits, share/embed blocks, URLs, "Label:" lines, subheadings, teaser titles of other articles
/// (title-case lines) and truncated teaser paragraphs (long text that does not end a sentence).
/// </summary>
public static class ZoneClassifier
{
    private static readonly HashSet<string> Minor = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "for", "in", "on", "at", "to", "by", "with", "from", "as", "into",
        "over", "under", "vs", "via", "is", "are", "was", "were", "be", "s", "'s",
    };

    public static void Classify(string text, Token[] tokens, List<TextBlock> blocks, string? knownTitle, List<int> sentenceCounts)
    {
        var titleKey = knownTitle is null ? null : Graph.Model.NameKey.Normalize(knownTitle);
        var bodyStarted = false;
        var titleSeen = false;
        var features = new Features[blocks.Count];
        for (var b = 0; b < blocks.Count; b++) features[b] = Features.Of(text, tokens, blocks[b]);
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var f = features[b];
            TextZone zone;
            if (f.Words == 0 && f.Urls == 0 && f.Numbers == 0) zone = TextZone.Boilerplate;
            else if (titleKey is not null && !bodyStarted && titleKey.Length > 0 && block.End - block.Start <= titleKey.Length * 2 + 8
                     && Graph.Model.NameKey.Normalize(text.Substring(block.Start, block.End - block.Start)) == titleKey) { zone = TextZone.Title; titleSeen = true; }
            else if (f.IsUrlOnly || f.IsSocial) zone = TextZone.Boilerplate;
            else if (f.HasCredit) zone = TextZone.Caption;
            else if (f.IsLabel) zone = bodyStarted ? TextZone.Boilerplate : TextZone.Header;
            else if (f.IsByline || f.IsDateOnly) zone = bodyStarted ? TextZone.Boilerplate : TextZone.Header;
            else if (!bodyStarted)
            {
                if (f.LooksLikeBody) { zone = TextZone.Body; bodyStarted = true; }
                else if (f.AllCaps || f.Words < 3) zone = TextZone.Header;
                else if (!titleSeen && titleKey is null) { zone = TextZone.Title; titleSeen = true; }
                else zone = TextZone.Header;
            }
            else
            {
                if (f.TitleCase && f.Words <= 25) zone = TextZone.Heading;
                else if (!f.Terminal && f.Words <= 12) zone = TextZone.Heading;
                else if (!f.Terminal) zone = TextZone.Boilerplate; // a teaser cut off mid-sentence
                else zone = TextZone.Body;
            }
            block.Zone = zone;
        }
        MarkTeaserTail(blocks, features, sentenceCounts);
    }

    /// <summary>
    /// Trailing blocks after the last substantial paragraph that hold two or more title-case headings are a list of
    /// other articles ("Related", "Read more"): all of them become boilerplate.
    /// </summary>
    private static void MarkTeaserTail(List<TextBlock> blocks, Features[] features, List<int> sentenceCounts)
    {
        var headings = 0;
        var first = blocks.Count;
        for (var b = blocks.Count - 1; b >= 0; b--)
        {
            var block = blocks[b];
            if (block.Zone == TextZone.Body && (sentenceCounts[b] >= 2 || features[b].Words >= 40 || (features[b].Terminal && features[b].Words >= 8))) break;
            if (block.Zone == TextZone.Heading && features[b].TitleCase) headings++;
            first = b;
        }
        if (headings < 2) return;
        for (var b = first; b < blocks.Count; b++)
        {
            if (blocks[b].Zone is TextZone.Body or TextZone.Heading) blocks[b].Zone = TextZone.Boilerplate;
        }
    }

    private readonly record struct Features(
        int Words, int Numbers, int Urls, bool Terminal, bool TitleCase, bool AllCaps, bool IsUrlOnly, bool IsSocial,
        bool HasCredit, bool IsLabel, bool IsByline, bool IsDateOnly)
    {
        public bool LooksLikeBody => !TitleCase && ((Terminal && Words >= 5) || Words >= 20);

        public static Features Of(string text, Token[] tokens, TextBlock block)
        {
            int words = 0, numbers = 0, urls = 0, content = 0, capitalized = 0, upperWords = 0, stars = 0, slashes = 0, dateWords = 0, other = 0;
            var social = false;
            for (var k = block.TokenStart; k < block.TokenEnd; k++)
            {
                ref readonly var t = ref tokens[k];
                switch (t.Kind)
                {
                    case TokenKind.Word:
                        words++;
                        if (CalendarWords.TryMonth(t.Lower, out _) || CalendarWords.TryWeekday(t.Lower, out _)) dateWords++;
                        else other++;
                        if (!Minor.Contains(t.Lower))
                        {
                            content++;
                            if (t.Is(TokenFlags.Capitalized) || t.Is(TokenFlags.HasDigit)) capitalized++;
                        }
                        if (t.Is(TokenFlags.AllCaps)) upperWords++;
                        break;
                    case TokenKind.Number:
                        numbers++;
                        break;
                    case TokenKind.Url:
                        urls++;
                        if (t.Lower.Contains("twitter.com", StringComparison.OrdinalIgnoreCase) || t.Lower.Contains("t.co/", StringComparison.OrdinalIgnoreCase)) social = true;
                        break;
                    case TokenKind.Symbol:
                        if (t.Lower.Length > 1 && t.Lower[0] is '@' or '#') social = true;
                        break;
                    case TokenKind.Punctuation:
                        if (t.Lower == "*") stars++;
                        else if (t.Lower == "/") slashes++;
                        break;
                }
            }
            var last = block.TokenEnd - 1;
            while (last >= block.TokenStart && (tokens[last].Kind == TokenKind.Quote || tokens[last].Lower is ")" or "*" or "]")) last--;
            var terminal = last >= block.TokenStart && tokens[last].Kind == TokenKind.Punctuation && tokens[last].Lower is "." or "!" or "?" or "…";
            // Titles rarely end with a full stop; a long sentence full of names is still a sentence.
            var fullStop = terminal && tokens[last].Lower == ".";
            var titleCase = content >= 2 && capitalized * 10 >= content * 7 && words <= 30 && !(fullStop && words >= 8);
            var allCaps = words >= 2 && upperWords * 10 >= words * 8;
            var isLabel = false;
            for (var k = block.TokenStart; k < block.TokenEnd && k < block.TokenStart + 4; k++)
            {
                if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Lower == ":")
                {
                    isLabel = k > block.TokenStart && tokens[block.TokenStart].IsCapitalized && (block.TokenEnd - k - 1) <= 16;
                    break;
                }
            }
            var first = tokens[block.TokenStart];
            var byline = first.Lower == "by" && first.IsCapitalized && block.TokenCount >= 2 && tokens[block.TokenStart + 1].IsCapitalized && words <= 10 && !terminal;
            var dateOnly = dateWords + numbers > 0 && other == 0 && urls == 0 && (dateWords > 0 || numbers >= 2);
            var credit = stars >= 4 || (slashes >= 2 && words <= 40 && HasCapitalizedAroundSlash(tokens, block));
            return new Features(words, numbers, urls, terminal, titleCase, allCaps,
                IsUrlOnly: urls > 0 && words <= 2, IsSocial: social, HasCredit: credit, IsLabel: isLabel && !terminal || isLabel && words <= 5,
                IsByline: byline, IsDateOnly: dateOnly);
        }

        private static bool HasCapitalizedAroundSlash(Token[] tokens, TextBlock block)
        {
            // "Name Surname / AGENCY / AGENCY": photo credits.
            for (var k = block.TokenStart + 1; k < block.TokenEnd - 1; k++)
            {
                if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Lower == "/" && tokens[k].Is(TokenFlags.SpaceBefore)
                    && tokens[k - 1].IsCapitalized && (tokens[k + 1].IsCapitalized || tokens[k + 1].Is(TokenFlags.AllCaps)))
                    return true;
            }
            return false;
        }
    }
}
