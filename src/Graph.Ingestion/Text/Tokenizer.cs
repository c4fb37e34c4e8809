namespace Graph.Ingestion.Text;

/// <summary>
/// Splits text into tokens. Hyphenated compounds become separate tokens flagged <see cref="TokenFlags.HyphenJoined"/>;
/// possessive "’s" is split off; abbreviations and initials keep their period; numbers keep their thousands
/// separators and decimals; URLs are one token. One pass over the characters, no regular expressions.
/// </summary>
public sealed class Tokenizer(IReadOnlySet<string> abbreviations)
{
    private readonly IReadOnlySet<string> _abbreviations = abbreviations;

    /// <summary>Appends the tokens of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>).</summary>
    public void Tokenize(string text, int start, int end, List<Token> output)
    {
        var i = start;
        var flags = TokenFlags.None;
        var hyphenPending = false;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                flags |= TokenFlags.SpaceBefore;
                if (c is '\n' or '\r' or '\u2028' or '\u2029') flags |= TokenFlags.LineBreakBefore;
                hyphenPending = false;
                i++;
                continue;
            }
            var f = flags | (hyphenPending ? TokenFlags.HyphenJoined : TokenFlags.None);
            flags = TokenFlags.None;
            hyphenPending = false;

            if (IsUrlStart(text, i, end, out var urlEnd))
            {
                Add(output, text, i, urlEnd, TokenKind.Url, f, lower: false);
                i = urlEnd;
                continue;
            }
            if (char.IsLetter(c))
            {
                i = ReadWord(text, i, end, f, output);
                hyphenPending = IsJoiningHyphen(text, i, end);
                if (hyphenPending) i++;
                continue;
            }
            if (char.IsDigit(c))
            {
                i = ReadNumber(text, i, end, f, output);
                hyphenPending = IsJoiningHyphen(text, i, end);
                if (hyphenPending) i++;
                continue;
            }
            switch (c)
            {
                case '“' or '«' or '„':
                    Add(output, text, i, i + 1, TokenKind.Quote, f | TokenFlags.OpenQuote, false);
                    i++;
                    continue;
                case '”' or '»':
                    Add(output, text, i, i + 1, TokenKind.Quote, f | TokenFlags.CloseQuote, false);
                    i++;
                    continue;
                case '"':
                {
                    var opens = i == start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–';
                    Add(output, text, i, i + 1, TokenKind.Quote, f | (opens ? TokenFlags.OpenQuote : TokenFlags.CloseQuote), false);
                    i++;
                    continue;
                }
                case '‘':
                    Add(output, text, i, i + 1, TokenKind.Quote, f | TokenFlags.OpenQuote, false);
                    i++;
                    continue;
                case '’' or '\'':
                {
                    // A lone apostrophe after a plural "s" is a possessive ("the United States’ willingness").
                    var afterS = i > start && (text[i - 1] is 's' or 'S') && (f & TokenFlags.SpaceBefore) == 0;
                    Add(output, text, i, i + 1, afterS ? TokenKind.Possessive : TokenKind.Quote,
                        f | (afterS ? TokenFlags.None : ((f & TokenFlags.SpaceBefore) != 0 ? TokenFlags.OpenQuote : TokenFlags.CloseQuote)), false);
                    i++;
                    continue;
                }
                case '$' or '€' or '£' or '¥' or '₽':
                    Add(output, text, i, i + 1, TokenKind.Symbol, f, false);
                    i++;
                    continue;
                case '@' or '#' when i + 1 < end && char.IsLetterOrDigit(text[i + 1]):
                {
                    var j = i + 1;
                    while (j < end && (char.IsLetterOrDigit(text[j]) || text[j] == '_')) j++;
                    Add(output, text, i, j, TokenKind.Symbol, f, true);
                    i = j;
                    continue;
                }
                case '.' when i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.':
                    Add(output, text, i, i + 3, TokenKind.Punctuation, f, false, "…");
                    i += 3;
                    continue;
            }
            Add(output, text, i, i + 1, TokenKind.Punctuation, f, false);
            i++;
        }
    }

    private static bool IsJoiningHyphen(string text, int i, int end) =>
        i + 1 < end && text[i] is '-' or '‑' or '‐' && char.IsLetterOrDigit(text[i + 1]);

    private int ReadWord(string text, int i, int end, TokenFlags f, List<Token> output)
    {
        var start = i;
        // Dotted acronyms and initials: "U.S.", "e.g.", "J."
        if (i + 1 < end && text[i + 1] == '.')
        {
            var j = i;
            var letters = 0;
            while (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.')
            {
                letters++;
                j += 2;
                if (!(j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.')) break;
            }
            if (letters >= 2 || (letters == 1 && char.IsUpper(text[i])))
            {
                Add(output, text, start, j, TokenKind.Word, f | TokenFlags.Abbreviation, true);
                return j;
            }
        }
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                i++;
                continue;
            }
            if (c is '\'' or '’' && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                // Possessive "’s" is split off; other apostrophes ("couldn’t", "O’Brien") stay inside the word.
                if (text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetter(text[i + 2]))) break;
                i++;
                continue;
            }
            break;
        }
        var wordEnd = i;
        if (i < end && text[i] == '.' && wordEnd - start <= 5)
        {
            var candidate = text.Substring(start, wordEnd - start + 1);
            if (_abbreviations.Contains(candidate))
            {
                Add(output, text, start, wordEnd + 1, TokenKind.Word, f | TokenFlags.Abbreviation, true);
                return wordEnd + 1;
            }
        }
        Add(output, text, start, wordEnd, TokenKind.Word, f, true);
        if (i + 1 < end && text[i] is '\'' or '’' && text[i + 1] is 's' or 'S')
        {
            Add(output, text, i, i + 2, TokenKind.Possessive, TokenFlags.None, false, "'s");
            return i + 2;
        }
        return wordEnd;
    }

    private static int ReadNumber(string text, int i, int end, TokenFlags f, List<Token> output)
    {
        var start = i;
        while (i < end)
        {
            var c = text[i];
            if (char.IsDigit(c)) { i++; continue; }
            if (c is ',' && IsThreeDigits(text, i + 1, end)) { i++; continue; }
            if (c is '.' && i + 1 < end && char.IsDigit(text[i + 1])) { i++; continue; }
            break;
        }
        var flags = f | TokenFlags.HasDigit;
        if (i < end && char.IsLetter(text[i]))
        {
            var j = i;
            while (j < end && char.IsLetter(text[j])) j++;
            var suffix = text.AsSpan(i, j - i);
            if (suffix is "st" or "nd" or "rd" or "th") { flags |= TokenFlags.Ordinal; i = j; }
            else if (suffix is "s") { flags |= TokenFlags.Plural; i = j; }
            else if (j - i <= 3) { i = j; } // "4x", "TB2"-like tails stay one token
        }
        else if (i + 1 < end && text[i] is '\'' or '’')
        {
            // "1990's"
            if (text[i + 1] == 's' && (i + 2 >= end || !char.IsLetter(text[i + 2]))) { flags |= TokenFlags.Plural; i += 2; }
        }
        Add(output, text, start, i, TokenKind.Number, flags, true);
        return i;
    }

    private static bool IsThreeDigits(string text, int i, int end) =>
        i + 3 <= end && char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && (i + 3 == end || !char.IsDigit(text[i + 3]));

    private static bool IsUrlStart(string text, int i, int end, out int urlEnd)
    {
        urlEnd = i;
        var c = text[i];
        if (!char.IsAsciiLetterOrDigit(c)) return false;
        var j = i;
        while (j < end && !char.IsWhiteSpace(text[j])) j++;
        var run = text.AsSpan(i, j - i);
        var isUrl = run.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                    || run.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                    || run.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
                    || LooksLikeDomainPath(run);
        if (!isUrl) return false;
        // Trailing sentence punctuation is not part of the URL.
        while (j > i && text[j - 1] is '.' or ',' or ')' or ';' or ':' or '”' or '"') j--;
        urlEnd = j;
        return true;
    }

    /// <summary>"pic.twitter.com/x", "t.co/abc": a dotted host followed by a slash path.</summary>
    private static bool LooksLikeDomainPath(ReadOnlySpan<char> run)
    {
        var slash = run.IndexOf('/');
        if (slash <= 0) return false;
        var host = run[..slash];
        var dot = host.IndexOf('.');
        if (dot <= 0 || dot == host.Length - 1) return false;
        foreach (var ch in host)
        {
            if (!(char.IsAsciiLetterOrDigit(ch) || ch is '.' or '-')) return false;
        }
        var tld = host[(host.LastIndexOf('.') + 1)..];
        return tld.Length >= 2 && char.IsAsciiLetter(tld[0]);
    }

    private static void Add(List<Token> output, string text, int start, int end, TokenKind kind, TokenFlags flags, bool lower, string? form = null)
    {
        var span = text.AsSpan(start, end - start);
        if (kind == TokenKind.Word)
        {
            if (char.IsUpper(span[0])) flags |= TokenFlags.Capitalized;
            var allCaps = span.Length > 1;
            var letters = 0;
            foreach (var ch in span)
            {
                if (char.IsLetter(ch)) { letters++; if (!char.IsUpper(ch)) { allCaps = false; } }
                else if (char.IsDigit(ch)) flags |= TokenFlags.HasDigit;
            }
            if (allCaps && letters >= 2) flags |= TokenFlags.AllCaps;
        }
        string value;
        if (form is not null) value = form;
        else if (lower) value = LowerOf(span);
        else value = span.Length == 1 ? CharStrings.Of(span[0]) : span.ToString();
        output.Add(new Token { Start = start, End = end, Kind = kind, Flags = flags, Lower = value });
    }

    private static string LowerOf(ReadOnlySpan<char> span)
    {
        var hasUpper = false;
        foreach (var ch in span) if (char.IsUpper(ch) || ch == '’') { hasUpper = true; break; }
        if (!hasUpper) return CharStrings.Intern(span);
        // Short words are lowered on the stack and shared (see CharStrings.Intern); long ones get their own string.
        Span<char> lowered = span.Length <= 64 ? stackalloc char[span.Length] : new char[span.Length];
        for (var k = 0; k < span.Length; k++) lowered[k] = span[k] == '’' ? '\'' : char.ToLowerInvariant(span[k]);
        return CharStrings.Intern(lowered);
    }
}
