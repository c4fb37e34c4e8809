using Graph.Ingestion.Evaluation;
using Graph.Model;

namespace Graph.Ingestion.Tests.Evaluation;

/// <summary>
/// The gold, turned into a predicted graph (one node per canonical name, one event per key), must score 1 in every
/// category. This proves the scorer and the five gold files agree with each other: no alias is ambiguous, no key
/// joins events whose dates exclude each other, every reference resolves.
/// </summary>
public sealed class GoldSelfScoreTests
{
    [Fact]
    public void The_gold_as_a_prediction_scores_one_in_every_category()
    {
        var gold = GoldSet.Load(TestPaths.GoldFolder);
        var report = Evaluator.Score(gold, AsSnapshot(gold));
        foreach (var category in Enum.GetValues<EvaluationCategory>())
        {
            var s = report[category];
            Assert.True(s.FalsePositives == 0 && s.FalseNegatives == 0, $"{category}: {s}\n{report.ToMistakes(20)}");
        }
        Assert.True(report[EvaluationCategory.Merges].TruePositives >= 10);
    }

    [Fact]
    public void Reports_of_one_real_event_have_overlapping_dates()
    {
        var gold = GoldSet.Load(TestPaths.GoldFolder);
        foreach (var group in gold.Documents.SelectMany(d => d.Events).Where(e => e.Time is not null).GroupBy(e => e.Key))
        {
            var times = group.Select(e => e.Time!).ToArray();
            Assert.True(times.All(a => times.All(b => a.Overlaps(b))), group.Key);
        }
    }

    private static GraphSnapshot AsSnapshot(GoldSet gold)
    {
        var b = new SnapshotBuilder();
        foreach (var doc in gold.Documents)
        {
            var docId = b.Document(doc.File, doc.Title);
            var ids = doc.Entities.ToDictionary(e => e.Name, e => b.Entity(docId, e.Kind, e.Name, e.Aliases.ToArray()));
            foreach (var o in doc.Offices)
                b.Relation(docId, RelationType.HoldsOffice, ids[o.Person], ids[o.Of], (o.Acting ? "acting " : "") + o.Title, o.Time);
            foreach (var r in doc.Relations)
                b.Relation(docId, r.Type, ids[r.From], ids[r.To]);
            foreach (var e in doc.Events)
            {
                var time = gold.Documents.SelectMany(d => d.Events).FirstOrDefault(x => x.Key == e.Key && x.Time is not null)?.Time;
                var quantities = e.Quantities
                    .Select(q => new Quantity(q.Value, q.Counted, q.Approximate, null, q.ClaimedBy is null ? null : ids[q.ClaimedBy]))
                    .ToArray();
                var eventId = b.Event(docId, Slug(e.Key), e.Type, time, quantities);
                foreach (var role in e.Roles)
                    b.Relation(docId, role.Role, eventId, ids[role.Entity]);
            }
        }
        return b.Build();
    }

    private static string Slug(string key) => FactIds.Slug(key);
}
