using System.Globalization;
using Graph.Ingestion.Text;

namespace Graph.Ingestion.Recognizers;

/// <summary>
/// Numbers attached to what they count: digits ("97,000"), number words ("sixty-two", "four"), scales ("$2 million"),
/// vague amounts ("hundreds of thousands of refugees", "dozens of deaths"), with approximation words ("about",
/// "around", "nearly", "over", "at least") kept as a flag. Durations ("four days") and references ("the two sides")
/// are not quantities; "detainees number around 60" counts the noun before the verb.
/// </summary>
public static class QuantityRecognizer
{
    private static readonly HashSet<string> Approximators = new(StringComparer.Ordinal)
    {
        "about", "around", "approximately", "roughly", "nearly", "almost", "some", "over", "more", "least", "up", "fewer", "less",
        "under", "close", "estimated", "an", "circa", "~", "than", "to", "at",
    };

    private static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal)
    {
        "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes", "decade", "decades",
        "century", "centuries", "second", "seconds", "time", "times",
    };

    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "that", "who", "which", "whose", "were", "was", "are", "is", "have", "has", "had", "be", "been", "being", "will", "would",
        "from", "to", "in", "on", "at", "by", "with", "for", "since", "after", "before", "including", "while", "as", "than", "into",
        "across", "per", "each", "during", "under", "over", "the", "a", "an", "their", "its", "his", "her", "our", "or", "said", "says",
        "but", "not", "no", "this", "these", "those", "there", "it", "they", "of", "and", "could", "can", "should", "may", "might",
        "when", "where", "whom", "through", "via", "because", "if", "so", "yet", "did", "do", "does", "also", "still", "only",
        "all", "more", "most", "another", "other", "such", "against", "within", "without", "between", "among", "upon", "about",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "these", "those", "their", "its", "our", "his", "her", "my", "your", "both", "first", "all",
    };

    public static void Run(DocumentContext doc, int sentence)
    {
        var tokens = doc.Tokens;
        var s = doc.Text.Sentences[sentence];
        var dates = doc.Dates[sentence];
        for (var k = s.TokenStart; k < s.TokenEnd; k++)
        {
            ref readonly var t = ref tokens[k];
            if (t.Is(TokenFlags.InQuote)) continue;
            if (InDate(dates, k)) continue;
            double value;
            var approximate = false;
            var numEnd = k + 1;
            var isMoney = false;
            if (t.Kind == TokenKind.Symbol && t.Lower is "$" or "€" or "£" && k + 1 < s.TokenEnd && tokens[k + 1].Kind == TokenKind.Number)
            {
                isMoney = true;
                if (!TryDigits(tokens[k + 1], out value)) continue;
                numEnd = k + 2;
            }
            else if (t.Kind == TokenKind.Number)
            {
                if (t.Is(TokenFlags.Ordinal) || t.Is(TokenFlags.Plural) || !TryDigits(t, out value)) continue;
            }
            else if (t.Kind == TokenKind.Word && !t.Is(TokenFlags.HyphenJoined) && TryWords(tokens, k, s.TokenEnd, out value, out numEnd, out approximate))
            {
                var prev = k > s.TokenStart ? tokens[k - 1].Lower : "";
                if (Determiners.Contains(prev)) { k = numEnd - 1; continue; }
            }
            else
            {
                continue;
            }

            // Scales: "2 million".
            while (numEnd < s.TokenEnd && CalendarWords.IsScale(tokens[numEnd].Lower) && CalendarWords.TryNumberWord(tokens[numEnd].Lower, out var scale))
            {
                value *= scale;
                numEnd++;
            }

            // Approximation words before.
            var qs = isMoney ? k : k;
            var b = k - 1;
            while (b >= s.TokenStart && k - b <= 3 && Approximators.Contains(tokens[b].Lower))
            {
                if (tokens[b].Lower is "an" && !(b + 1 < s.TokenEnd && tokens[b + 1].Lower == "estimated")) break;
                if (tokens[b].Lower is "to" && !(b - 1 >= s.TokenStart && tokens[b - 1].Lower == "up")) break;
                if (tokens[b].Lower is "at" && !(b + 1 < s.TokenEnd && tokens[b + 1].Lower is "least" or "most")) break;
                if (tokens[b].Lower is "than" && !(b - 1 >= s.TokenStart && tokens[b - 1].Lower is "more" or "fewer" or "less")) break;
                if (tokens[b].Lower is "some" or "over" or "about" or "around" or "under" or "more" or "least" or "up" or "nearly" or "almost"
                    or "approximately" or "roughly" or "fewer" or "less" or "close" or "estimated" or "circa" or "~" or "an" or "than" or "to" or "at")
                {
                    approximate = true;
                    qs = b;
                }
                b--;
            }

            // What is counted.
            var cs = numEnd;
            if (cs < s.TokenEnd && tokens[cs].Lower == "of" && (approximate || value >= 100)) cs++;
            var ce = ReadCounted(doc, tokens, cs, s.TokenEnd);
            string counted;
            if (ce > cs)
            {
                counted = RecognizerHelpers.CleanSurface(doc, cs, ce);
            }
            else if (isMoney)
            {
                counted = t.Lower switch { "$" => "US dollars", "€" => "euros", _ => "pounds sterling" };
                ce = numEnd;
            }
            else
            {
                // "detainees number around 60"
                var v = qs - 1;
                if (v - 1 >= s.TokenStart && tokens[v].Lower is "number" or "numbered" or "total" or "totaled" or "totalled" or "reached" && tokens[v - 1].IsLowerWord)
                {
                    counted = tokens[v - 1].Lower;
                    cs = v - 1;
                    ce = v;
                }
                else
                {
                    k = numEnd - 1;
                    continue;
                }
            }
            if (isMoney && ce > cs) counted = (t.Lower == "$" ? "US dollars" : t.Lower == "€" ? "euros" : "pounds sterling") + " " + counted;
            var first = cs < qs ? cs : qs;
            var last = Math.Max(ce, numEnd);
            if (TimeUnits.Contains(tokens[cs < numEnd ? numEnd : cs].Lower) || IsDuration(tokens, numEnd, s.TokenEnd))
            {
                k = numEnd - 1;
                continue;
            }
            doc.Quantities[sentence].Add(new QuantityMention
            {
                Sentence = sentence,
                TokenStart = first,
                TokenEnd = last,
                Start = tokens[first].Start,
                End = tokens[last - 1].End,
                Value = value,
                Approximate = approximate,
                Counted = counted,
                CountedStart = cs,
                CountedEnd = ce,
                Text = doc.Text.Slice(tokens[qs].Start, tokens[last - 1].End),
            });
            k = Math.Max(numEnd, ce) - 1;
        }
    }

    /// <summary>"at least 750 missiles, 4,500 mines, and 2,000 mines": the approximation covers the whole list.</summary>
    public static void SpreadApproximation(DocumentContext doc, int sentence)
    {
        var list = doc.Quantities[sentence];
        var tokens = doc.Tokens;
        for (var i = 0; i + 1 < list.Count; i++)
        {
            if (!list[i].Approximate || list[i + 1].Approximate) continue;
            var k = Math.Max(list[i].TokenEnd, list[i].CountedEnd);
            var joined = false;
            while (k < list[i + 1].TokenStart && tokens[k].Lower is "," or "and") { joined = true; k++; }
            if (joined && k == list[i + 1].TokenStart) list[i + 1].Approximate = true;
        }
    }

    private static bool IsDuration(Token[] tokens, int k, int end) =>
        k < end && tokens[k].Is(TokenFlags.HyphenJoined) && TimeUnits.Contains(tokens[k].Lower);

    private static bool InDate(List<DateMention> dates, int k)
    {
        foreach (var d in dates) if (d.TokenStart <= k && k < d.TokenEnd) return true;
        return false;
    }

    private static int ReadCounted(DocumentContext doc, Token[] tokens, int start, int end)
    {
        var k = start;
        var words = 0;
        while (k < end && words < 7)
        {
            ref readonly var t = ref tokens[k];
            if (t.Kind != TokenKind.Word || t.Is(TokenFlags.InQuote)) break;
            var lower = t.Lower;
            if (lower == "and" && words > 0)
            {
                // continue only into another word of the same phrase, not into a new number
                if (k + 1 < end && tokens[k + 1].Kind == TokenKind.Word && !Stop.Contains(tokens[k + 1].Lower)
                    && !CalendarWords.TryNumberWord(tokens[k + 1].Lower, out _) && !IsVagueNumber(tokens[k + 1].Lower) && !Approximators.Contains(tokens[k + 1].Lower)
                    && !(tokens[k + 1].IsLowerWord && tokens[k + 1].Lower.EndsWith("ed", StringComparison.Ordinal) && !tokens[k + 1].Lower.StartsWith("arm", StringComparison.Ordinal)))
                {
                    k++;
                    continue;
                }
                break;
            }
            if (lower == "of" && k + 1 < end && tokens[k + 1].Lower == "war" && words > 0)
            {
                k += 2;
                words++;
                continue;
            }
            if (Stop.Contains(lower)) break;
            if (CalendarWords.TryNumberWord(lower, out _) && words == 0) break;
            // "people died", "soldiers killed": a verb after the noun ends it.
            if (words > 0 && t.IsLowerWord && lower.Length > 3 && lower.EndsWith("ed", StringComparison.Ordinal) && !t.Is(TokenFlags.HyphenJoined)) break;
            if (t.IsCapitalized && !t.Is(TokenFlags.HyphenJoined))
            {
                // Capitalized words count only as demonyms/people ("Armenian", "Azerbaijanis") or plural acronyms.
                var m = doc.MentionAt(doc.Text.SentenceOfToken[k], k);
                var isDemonym = m is not null && m.Form is MentionForm.Demonym or MentionForm.People;
                if (!isDemonym && !t.Is(TokenFlags.AllCaps) && !(t.Lower.Length > 3 && t.Lower.EndsWith('s') && IsUpperRun(doc, k))) break;
            }
            words++;
            k++;
            // "twenty new, modern MEMATTs": adjectives separated by a comma.
            if (k + 1 < end && tokens[k].Lower == "," && words == 1 && !LooksPlural(lower) && tokens[k + 1].IsLowerWord && !Stop.Contains(tokens[k + 1].Lower)) k++;
        }
        // Do not end on a dangling "and".
        while (k > start && tokens[k - 1].Lower is "and" or ",") k--;
        return k;
    }

    private static bool IsUpperRun(DocumentContext doc, int k)
    {
        var text = doc.Text.Text;
        var t = doc.Tokens[k];
        var upper = 0;
        for (var i = t.Start; i < t.End; i++) if (char.IsUpper(text[i])) upper++;
        return upper >= 3;
    }

    private static bool LooksPlural(string lower) => lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal);

    private static bool IsVagueNumber(string lower) => lower is "hundreds" or "thousands" or "dozens" or "tens" or "millions";

    private static bool TryDigits(in Token t, out double value)
    {
        var span = t.Lower.AsSpan();
        var n = 0;
        Span<char> buf = stackalloc char[span.Length];
        foreach (var c in span)
        {
            if (char.IsDigit(c) || c == '.') buf[n++] = c;
            else if (c == ',') continue;
            else break;
        }
        return double.TryParse(buf[..n], NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>"four", "sixty-two", "one hundred", "hundreds of thousands", "dozens", "a dozen".</summary>
    private static bool TryWords(Token[] tokens, int k, int end, out double value, out int next, out bool approximate)
    {
        value = 0;
        next = k;
        approximate = false;
        var lower = tokens[k].Lower;
        if (IsVagueNumber(lower) && k + 1 < end && tokens[k + 1].Lower == "of")
        {
            approximate = true;
            value = lower switch { "dozens" => 24, "tens" => 20, "hundreds" => 200, "thousands" => 2000, _ => 2_000_000 };
            next = k + 2;
            // "hundreds of thousands of"
            if (next + 1 < end && IsVagueNumber(tokens[next].Lower) && tokens[next].Lower is "thousands" or "millions")
            {
                value = tokens[next].Lower == "thousands" ? 200_000 : 200_000_000;
                next++;
                if (next < end && tokens[next].Lower == "of") next++;
            }
            return true;
        }
        if (!CalendarWords.TryNumberWord(lower, out var n) || CalendarWords.IsScale(lower)) return false;
        if (lower == "dozen" && !(k > 0 && tokens[k - 1].Lower == "a")) return false;
        value = n;
        next = k + 1;
        // "sixty-two", "forty-four"
        if (next < end && tokens[next].Is(TokenFlags.HyphenJoined) && CalendarWords.TryNumberWord(tokens[next].Lower, out var unit) && unit < 10 && n >= 20)
        {
            value += unit;
            next++;
        }
        if (next < end && tokens[next].Lower is "another" or "of") return false;
        // "forty-four-day war": a duration used as an adjective.
        if (next < end && tokens[next].Is(TokenFlags.HyphenJoined)) return false;
        return true;
    }
}
