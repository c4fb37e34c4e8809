using System.Text.RegularExpressions;
using Graph.Ingestion.Evaluation;
using Graph.Ingestion.Tests.Evaluation;
using Graph.Model;

namespace Graph.Ingestion.Tests.Gold;

/// <summary>The hand-made gold files load, cover every seed, and say only what the seeds really contain.</summary>
public sealed class GoldAnnotationTests
{
    private static readonly Lazy<GoldSet> Gold = new(() => GoldSet.Load(TestPaths.GoldFolder));

    [Fact]
    public void Every_seed_has_exactly_one_gold_file_and_every_gold_file_a_seed()
    {
        Assert.Equal(TestPaths.SeedFiles, Gold.Value.Documents.Select(d => d.File));
        Assert.Equal(5, Gold.Value.Documents.Count);
    }

    [Fact]
    public void Every_quote_is_an_excerpt_of_its_seed()
    {
        var missing = new List<string>();
        foreach (var doc in Gold.Value.Documents)
        {
            var text = Flatten(File.ReadAllText(Path.Combine(TestPaths.SeedsFolder, doc.File)));
            var quotes = doc.Entities.Select(e => ("entity " + e.Name, e.Quote))
                .Concat(doc.Offices.Select(o => ("office " + o.Person, o.Quote)))
                .Concat(doc.Events.Select(e => ("event " + e.Key, e.Quote)))
                .Concat(doc.Relations.Select(r => ($"relation {r.Type} {r.From}", r.Quote)));
            missing.AddRange(quotes.Where(q => !text.Contains(Flatten(q.Quote), StringComparison.Ordinal)).Select(q => $"{doc.File}: {q.Item1}: {q.Quote}"));
        }
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_entity_is_mentioned_in_its_seed_by_its_name_or_an_alias()
    {
        var missing = new List<string>();
        foreach (var doc in Gold.Value.Documents)
        {
            var words = " " + NameKey.Normalize(File.ReadAllText(Path.Combine(TestPaths.SeedsFolder, doc.File))) + " ";
            foreach (var entity in doc.Entities.Where(e => !e.Keys.Any(k => words.Contains(" " + k + " ", StringComparison.Ordinal)) && !Coordinated(e)))
                missing.Add($"{doc.File}: {entity.Name}");
        }
        Assert.Empty(missing);
    }

    [Fact]
    public void Title_is_the_seed_metadata_title()
    {
        var metadata = File.ReadAllText(Path.Combine(TestPaths.SeedsFolder, "metadata.yaml"));
        foreach (var doc in Gold.Value.Documents)
            Assert.Contains(doc.Title, metadata.Replace("\"", ""), StringComparison.Ordinal);
    }

    [Fact]
    public void One_real_event_has_one_type_across_documents()
    {
        var conflicts = Gold.Value.Documents.SelectMany(d => d.Events)
            .GroupBy(e => e.Key)
            .Where(g => g.Select(e => e.Type).Distinct().Count() > 1)
            .Select(g => g.Key);
        Assert.Empty(conflicts);
    }

    [Fact]
    public void One_canonical_name_has_one_kind_across_documents()
    {
        var conflicts = Gold.Value.Documents.SelectMany(d => d.Entities)
            .GroupBy(e => e.Name)
            .Where(g => g.Select(e => e.Kind).Distinct().Count() > 1)
            .Select(g => g.Key);
        Assert.Empty(conflicts);
    }

    [Fact]
    public void The_june_2021_exchange_is_one_keyed_event_in_documents_001_and_004()
    {
        var reports = Gold.Value.Documents
            .Where(d => d.Events.Any(e => e.Key == "2021-06-12-detainees-for-mine-maps"))
            .Select(d => d.File[..3]);
        Assert.Equal(["001", "004"], reports);
    }

    [Fact]
    public void Dates_are_within_the_years_the_seeds_talk_about()
    {
        foreach (var e in Gold.Value.Documents.SelectMany(d => d.Events).Where(e => e.Time is not null))
        {
            Assert.InRange(e.Time!.Start.Year, 1988, 2021);
            Assert.True(e.Time.End >= e.Time.Start, e.Key);
        }
    }

    /// <summary>A name split by coordination ("Azerbaijani and Armenian forces"): every word of an alias is in the quote.</summary>
    private static bool Coordinated(GoldEntity entity)
    {
        var quote = NameKey.Normalize(entity.Quote).Split(' ').ToHashSet(StringComparer.Ordinal);
        return entity.Keys.Any(k => k.Split(' ').All(quote.Contains));
    }

    private static string Flatten(string text) =>
        Regex.Replace(text.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"'), @"\s+", " ").Trim();
}
