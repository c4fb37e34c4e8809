using Graph.Model;

namespace Graph.Ingestion.Tests.Support;

/// <summary>Runs the pure extraction stage on a text and finds things in the result.</summary>
internal static class Extract
{
    private static readonly Lazy<Extractor> Shared = new(() => new Extractor(Graph.Ingestion.Lexicon.Lexicon.LoadEmbedded()));

    public static Extractor Extractor => Shared.Value;

    public static ExtractionResult Text(string text, string? title = null, DateTimeOffset? publishedAt = null, string? sourcePath = "test.txt") =>
        Extractor.Extract(new DocumentInput { Text = text, Title = title, PublishedAt = publishedAt, SourcePath = sourcePath });

    /// <summary>A text with a title line and a publication date, so that relative dates resolve.</summary>
    public static ExtractionResult Article(string body, string date = "2021-06-14") =>
        Text("Test Article About Events\n\n" + body, title: "Test Article About Events", publishedAt: DateTimeOffset.Parse(date + "T00:00:00Z"));

    public static ExtractedEntity Entity(this ExtractionResult r, string name)
    {
        foreach (var e in r.Entities)
        {
            if (e.Name == name) return e;
            foreach (var a in e.Aliases) if (a == name) return e;
        }
        throw new Xunit.Sdk.XunitException($"no entity named '{name}' among: {string.Join(", ", r.Entities.Select(e => e.Name))}");
    }

    public static bool HasEntity(this ExtractionResult r, string name, NodeKind kind) =>
        r.Entities.Any(e => e.Kind == kind && (e.Name == name || e.Aliases.Contains(name)));

    public static ExtractedEvent Event(this ExtractionResult r, EventType type)
    {
        var found = r.Events.Where(e => e.Type == type).ToList();
        if (found.Count == 1) return found[0];
        throw new Xunit.Sdk.XunitException($"expected one {type} event, found {found.Count}: {Describe(r)}");
    }

    public static IReadOnlyList<string> With(this ExtractedEvent e, RelationType role, ExtractionResult r) =>
        e.Roles.Where(x => x.Role == role).Select(x => r.FindEntity(x.EntityKey)!.Name).ToList();

    public static string Describe(ExtractionResult r) =>
        string.Join("; ", r.Events.Select(e => $"{e.Type} {e.Time} [{string.Join(", ", e.Roles.Select(x => x.Role + ":" + x.EntityKey))}]"));
}
