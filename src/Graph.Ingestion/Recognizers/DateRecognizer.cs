using Graph.Ingestion.Text;

namespace Graph.Ingestion.Recognizers;

/// <summary>
/// Finds date expressions: "January 18th, 2021", "12 June 2021", "June 12", "November 2020", "early April 2016",
/// "mid-December", "the end of May", "1994", "from 1988 to 1994", "between September 27 and November 9, 2020",
/// "the 1990s", "2021-03-30", "on Monday", "last year", "that same day". Hand-written matching over tokens.
/// </summary>
public static class DateRecognizer
{
    private static readonly HashSet<string> YearContext = new(StringComparer.Ordinal)
    {
        "in", "since", "from", "to", "until", "till", "by", "of", "during", "before", "after", "between", "and", "the", "year",
        "early", "late", "mid", "through", "around", "as", "circa", "spring", "summer", "autumn", "fall", "winter", "(", ",", "–", "-",
    };

    public static void Run(DocumentContext doc, int sentence)
    {
        var tokens = doc.Tokens;
        var s = doc.Text.Sentences[sentence];
        var list = doc.Dates[sentence];
        for (var k = s.TokenStart; k < s.TokenEnd; k++)
        {
            var m = TryAt(doc, s, k);
            if (m is null) continue;
            m.Sentence = sentence;
            // Ranges: "from X to Y", "between X and Y", "X–Y".
            var after = m.TokenEnd;
            if (after + 1 < s.TokenEnd && (tokens[after].Lower is "to" or "and" or "until" or "through" or "–" or "-" && IsRangeStart(tokens, m, s)))
            {
                var second = TryAt(doc, s, after + 1);
                if (second is not null && second.Kind is DateKind.Absolute or DateKind.Partial)
                {
                    if (m.Year is null && second.Year is not null) m.Year = m.Month is not null && second.Month is not null && m.Month > second.Month ? second.Year - 1 : second.Year;
                    if (m.Kind == DateKind.Partial && m.Year is not null) m.Kind = DateKind.Absolute;
                    m.RangeEnd = second;
                    second.Sentence = sentence;
                    m.TokenEnd = second.TokenEnd;
                }
            }
            if (m.TokenStart >= s.TokenStart + 2 && tokens[m.TokenStart - 1].Lower == "of" && tokens[m.TokenStart - 2].Lower == "as") m.AsOf = true;
            var first = m.TokenStart;
            m.Start = tokens[first].Start;
            m.End = tokens[m.TokenEnd - 1].End;
            m.Text = doc.Text.Slice(m.Start, m.End);
            list.Add(m);
            k = m.TokenEnd - 1;
        }
    }

    private static bool IsRangeStart(Token[] tokens, DateMention m, SentenceSpan s)
    {
        var p = m.TokenStart - 1;
        if (p < s.TokenStart) return tokens[m.TokenEnd].Lower is "–" or "-" or "to";
        return tokens[p].Lower is "from" or "between" || tokens[m.TokenEnd].Lower is "–" or "-";
    }

    private static DateMention? TryAt(DocumentContext doc, SentenceSpan s, int k)
    {
        var tokens = doc.Tokens;
        ref readonly var t = ref tokens[k];
        var end = s.TokenEnd;

        // Part of month: early/mid/late, "the beginning/middle/end of".
        var part = MonthPart.None;
        var j = k;
        if (t.Kind == TokenKind.Word)
        {
            switch (t.Lower)
            {
                case "early": part = MonthPart.Early; j = k + 1; break;
                case "mid" or "mid-": part = MonthPart.Mid; j = k + 1; break;
                case "late": part = MonthPart.Late; j = k + 1; break;
                case "beginning" or "start" when k + 1 < end && tokens[k + 1].Lower == "of": part = MonthPart.Early; j = k + 2; break;
                case "middle" when k + 1 < end && tokens[k + 1].Lower == "of": part = MonthPart.Mid; j = k + 2; break;
                case "end" when k + 1 < end && tokens[k + 1].Lower == "of": part = MonthPart.Late; j = k + 2; break;
            }
            if (part != MonthPart.None && (j >= end || !(IsMonth(tokens, j, end) || IsYear(tokens, j, end) || IsDecade(tokens[j]) || (tokens[j].Lower == "the" && j + 1 < end && IsDecade(tokens[j + 1])))))
            {
                part = MonthPart.None;
                j = k;
            }
        }
        if (j < end && tokens[j].Lower == "the" && part != MonthPart.None) j++;

        // Month [day] [, year] | Month year
        if (IsMonth(tokens, j, end))
        {
            CalendarWords.TryMonth(tokens[j].Lower, out var month);
            var m = new DateMention { TokenStart = k, TokenEnd = j + 1, Kind = DateKind.Partial, Month = month, Part = part, Text = "" };
            var n = j + 1;
            if (part == MonthPart.None && n < end && tokens[n].Kind == TokenKind.Number && TryDay(tokens[n], out var day))
            {
                m.Day = day;
                n++;
                if (n + 1 < end && tokens[n].Lower == "," && IsYear(tokens, n + 1, end)) { m.Year = YearOf(tokens[n + 1]); n += 2; }
                else if (n < end && IsYear(tokens, n, end)) { m.Year = YearOf(tokens[n]); n++; }
            }
            else if (n < end && IsYear(tokens, n, end))
            {
                m.Year = YearOf(tokens[n]);
                n++;
            }
            else if (part == MonthPart.None && !MonthAloneIsDate(tokens, s, j))
            {
                return null;
            }
            if (m.Year is not null) m.Kind = DateKind.Absolute;
            m.TokenEnd = n;
            return m;
        }
        // Day Month [Year]: "12 June 2021"
        if (part == MonthPart.None && t.Kind == TokenKind.Number && TryDay(t, out var d) && IsMonth(tokens, k + 1, end))
        {
            CalendarWords.TryMonth(tokens[k + 1].Lower, out var month);
            var m = new DateMention { TokenStart = k, TokenEnd = k + 2, Kind = DateKind.Partial, Month = month, Day = d, Text = "" };
            if (k + 2 < end && IsYear(tokens, k + 2, end)) { m.Year = YearOf(tokens[k + 2]); m.TokenEnd = k + 3; m.Kind = DateKind.Absolute; }
            return m;
        }
        // ISO: 2021-03-30
        if (t.Kind == TokenKind.Number && t.Length == 4 && k + 2 < end && tokens[k + 1].Kind == TokenKind.Number && tokens[k + 1].Is(TokenFlags.HyphenJoined)
            && tokens[k + 2].Kind == TokenKind.Number && tokens[k + 2].Is(TokenFlags.HyphenJoined)
            && int.TryParse(t.Lower, out var iy) && int.TryParse(tokens[k + 1].Lower, out var im) && int.TryParse(tokens[k + 2].Lower, out var id)
            && im is >= 1 and <= 12 && id >= 1 && iy is >= 1800 and <= 2100 && id <= DateTime.DaysInMonth(iy, im))
        {
            return new DateMention { TokenStart = k, TokenEnd = k + 3, Kind = DateKind.Absolute, Year = iy, Month = im, Day = id, Text = "" };
        }
        // Decade: "the 1990s", "early 1990s"
        var dj = j < end && tokens[j].Lower == "the" ? j + 1 : j;
        if (dj < end && IsDecade(tokens[dj]))
        {
            var year = int.Parse(tokens[dj].Lower.AsSpan(0, 4));
            return new DateMention { TokenStart = k, TokenEnd = dj + 1, Kind = DateKind.Absolute, Year = year, IsDecade = true, Part = part, Text = "" };
        }
        // A year.
        if (IsYear(tokens, j, end) && (part != MonthPart.None || YearInContext(doc, s, j)))
        {
            return new DateMention { TokenStart = k, TokenEnd = j + 1, Kind = DateKind.Absolute, Year = YearOf(tokens[j]), Part = part, Text = "" };
        }
        if (part != MonthPart.None) return null;
        // Weekday.
        if (t.IsCapitalized && CalendarWords.TryWeekday(t.Lower, out var wd))
        {
            return new DateMention { TokenStart = k, TokenEnd = k + 1, Kind = DateKind.Weekday, Weekday = wd, Text = "" };
        }
        // Relative: last/this/next year|month|week, yesterday, today.
        if (t.Kind == TokenKind.Word)
        {
            if (t.Lower is "yesterday" or "today" or "tomorrow")
                return new DateMention { TokenStart = k, TokenEnd = k + 1, Kind = DateKind.Relative, Unit = RelativeUnit.Day, Offset = t.Lower == "yesterday" ? -1 : t.Lower == "today" ? 0 : 1, Text = "" };
            if (t.Lower is "last" or "this" or "next" or "past" && k + 1 < end && tokens[k + 1].Lower is "year" or "month" or "week")
            {
                var unit = tokens[k + 1].Lower switch { "year" => RelativeUnit.Year, "month" => RelativeUnit.Month, _ => RelativeUnit.Week };
                var offset = t.Lower switch { "last" or "past" => -1, "next" => 1, _ => 0 };
                return new DateMention { TokenStart = k, TokenEnd = k + 2, Kind = DateKind.Relative, Unit = unit, Offset = offset, Text = "" };
            }
            if (t.Lower is "same" && k + 1 < end && tokens[k + 1].Lower == "day" && k > s.TokenStart && tokens[k - 1].Lower is "that" or "the")
                return new DateMention { TokenStart = k - 1, TokenEnd = k + 2, Kind = DateKind.SameDay, Text = "" };
        }
        return null;
    }

    private static bool IsMonth(Token[] tokens, int k, int end)
    {
        if (k >= end) return false;
        ref readonly var t = ref tokens[k];
        if (t.Kind != TokenKind.Word || !t.Is(TokenFlags.Capitalized)) return false;
        return CalendarWords.TryMonth(t.Lower, out _);
    }

    /// <summary>"in November", "the November truce", "since November": a month alone counts in such contexts; "May" and "March" need them too.</summary>
    private static bool MonthAloneIsDate(Token[] tokens, SentenceSpan s, int k)
    {
        var prev = k - 1 >= s.TokenStart ? tokens[k - 1].Lower : "";
        if (prev is "in" or "since" or "until" or "till" or "by" or "of" or "from" or "during" or "last" or "this" or "next" or "early" or "late" or "mid" or "before" or "after" or "through")
            return true;
        if (tokens[k].Lower is "may" or "march") return false;
        if (prev is "the" or "a" or "its" or "their") return true;
        return k + 1 < s.TokenEnd && tokens[k + 1].IsLowerWord;
    }

    private static bool TryDay(in Token t, out int day)
    {
        day = 0;
        if (t.Kind != TokenKind.Number || t.Lower.Contains(',') || t.Lower.Contains('.')) return false;
        var digits = t.Lower.AsSpan();
        var n = 0;
        while (n < digits.Length && char.IsDigit(digits[n])) n++;
        if (n == 0 || n > 2) return false;
        if (n < digits.Length && !t.Is(TokenFlags.Ordinal)) return false;
        day = int.Parse(digits[..n]);
        return day is >= 1 and <= 31;
    }

    private static bool IsYear(Token[] tokens, int k, int end)
    {
        if (k >= end) return false;
        ref readonly var t = ref tokens[k];
        if (t.Kind != TokenKind.Number || t.Lower.Length != 4 || t.Is(TokenFlags.Ordinal) || t.Is(TokenFlags.Plural)) return false;
        if (!int.TryParse(t.Lower, out var y) || y < 1800 || y > 2100) return false;
        // "2000 soldiers": a count, not a year.
        if (k + 1 < end && tokens[k + 1].IsLowerWord && tokens[k + 1].Lower.EndsWith('s') && tokens[k + 1].Lower.Length > 3
            && tokens[k + 1].Lower is not ("elections" or "talks" or "hostilities" or "clashes" or "protests" or "negotiations" or "events")) return false;
        return true;
    }

    private static bool YearInContext(DocumentContext doc, SentenceSpan s, int k)
    {
        if (k == s.TokenStart) return true;
        var prev = doc.Tokens[k - 1];
        return YearContext.Contains(prev.Lower) || prev.Kind == TokenKind.Punctuation;
    }

    private static bool IsDecade(in Token t) =>
        t.Kind == TokenKind.Number && t.Is(TokenFlags.Plural) && t.Lower.Length >= 5 && int.TryParse(t.Lower.AsSpan(0, 4), out var y) && y % 10 == 0 && y is >= 1800 and <= 2100;

    private static int YearOf(in Token t) => int.Parse(t.Lower);
}
