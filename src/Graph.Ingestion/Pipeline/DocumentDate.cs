using Graph.Ingestion.Recognizers;
using Graph.Ingestion.Text;
using Graph.Model;

namespace Graph.Ingestion;

/// <summary>
/// The document's reference date: the stated publication date, else a dateline in the header, else a window
/// inferred from the latest absolute date of the body ("as of" dates count as the time of writing).
/// </summary>
public static class DocumentDate
{
    /// <summary>Sets <see cref="DocumentContext.Reference"/> before relative dates are resolved.</summary>
    public static void SetReference(DocumentContext doc, DateTimeOffset? stated)
    {
        if (Dateline(doc) is { } line) line.IsDateline = true;
        if (stated is { } d)
        {
            doc.Reference = TimeRange.Day(DateOnly.FromDateTime(d.Date), text: d.ToString("yyyy-MM-dd"));
            doc.ReferenceIsLowerBound = false;
            return;
        }
        // A dateline opening the body: "KHARTOUM, March 6, 2024 — …", "NEW YORK, May 12, 2023 (AP) - …".
        if (Dateline(doc) is { } dateline)
        {
            dateline.IsDateline = true;
            doc.Reference = TimeRange.Day(new DateOnly(dateline.Year!.Value, dateline.Month!.Value, dateline.Day!.Value), text: dateline.Text);
            doc.ReferenceIsLowerBound = false;
            return;
        }
        // A dateline in the header: a full date alone on its line.
        foreach (var s in doc.Text.Sentences)
        {
            if (s.Zone != TextZone.Header) continue;
            foreach (var m in doc.Dates[s.Index])
            {
                if (m.Kind == DateKind.Absolute && m.Day is not null && m.RangeEnd is null)
                {
                    doc.Reference = TimeRange.Day(new DateOnly(m.Year!.Value, m.Month!.Value, m.Day.Value), text: m.Text);
                    doc.ReferenceIsLowerBound = false;
                    return;
                }
            }
        }
        // Otherwise the latest absolute date in the body is a lower bound.
        DateOnly? latest = null;
        string? text = null;
        foreach (var s in doc.Text.Sentences)
        {
            if (s.Zone != TextZone.Body) continue;
            foreach (var m in doc.Dates[s.Index])
            {
                if (m.Kind != DateKind.Absolute || m.IsDecade) continue;
                var r = DateResolver.Resolve(m, null, false, null, null);
                if (r is null) continue;
                if (m.AsOf)
                {
                    doc.Reference = TimeRange.Day(r.End, inferred: true, text: m.Text);
                    doc.ReferenceIsLowerBound = false;
                    return;
                }
                if (latest is null || r.End > latest) { latest = r.End; text = m.Text; }
            }
        }
        if (latest is not null)
        {
            doc.Reference = TimeRange.Day(latest.Value, inferred: true, text: text);
            doc.ReferenceIsLowerBound = true;
        }
    }

    /// <summary>The date of a dateline at the start of the first body paragraph, if there is one.</summary>
    public static DateMention? Dateline(DocumentContext doc)
    {
        foreach (var s in doc.Text.Sentences)
        {
            if (s.Zone != TextZone.Body) continue;
            var tokens = doc.Tokens;
            // Capitalized place words, a comma, a full date, then a dash or an agency in parentheses.
            var k = s.TokenStart;
            while (k < s.TokenEnd && k - s.TokenStart < 5 && tokens[k].Kind == TokenKind.Word && (tokens[k].Is(TokenFlags.AllCaps) || tokens[k].IsCapitalized)) k++;
            if (k == s.TokenStart || k >= s.TokenEnd || tokens[k].Lower != ",") return null;
            foreach (var d in doc.Dates[s.Index])
            {
                if (d.TokenStart != k + 1 || d.Kind != DateKind.Absolute || d.Day is null || d.RangeEnd is not null) continue;
                var after = d.TokenEnd;
                if (after < s.TokenEnd && tokens[after].Lower == "(")
                {
                    while (after < s.TokenEnd && tokens[after].Lower != ")") after++;
                    after++;
                }
                if (after < s.TokenEnd && tokens[after].Lower is "—" or "–" or "-" or ":") return d;
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// The publication date to record: the stated one, or (inferred) the window from the latest date the text gives,
    /// relative dates included, to a year after it.
    /// </summary>
    public static TimeRange? PublicationWindow(DocumentContext doc, DateTimeOffset? stated)
    {
        if (stated is not null || (doc.Reference is not null && !doc.Reference.Inferred)) return doc.Reference;
        DateOnly? latest = null;
        foreach (var s in doc.Text.Sentences)
        {
            if (s.Zone != TextZone.Body) continue;
            foreach (var m in doc.Dates[s.Index])
            {
                if (m.Resolved is null || m.Kind is DateKind.Weekday or DateKind.Relative) continue;
                if (m.Resolved.Precision is DatePrecision.Decade) continue;
                if (latest is null || m.Resolved.End > latest) latest = m.Resolved.End;
            }
        }
        if (latest is null) return null;
        var start = latest.Value;
        return new TimeRange(start, start.AddYears(1), DatePrecision.Year, Inferred: true,
            Text: $"inferred: on or after {start:yyyy-MM-dd}, the latest date the text gives");
    }
}
