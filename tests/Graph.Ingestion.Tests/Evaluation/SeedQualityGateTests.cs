using Graph.Ingestion.Evaluation;
using Xunit.Abstractions;

namespace Graph.Ingestion.Tests.Evaluation;

/// <summary>
/// The quality gate of issue 4: the pipeline's graph of the five seeds against the hand-made gold. The figures and
/// every mistake go to the test output (run with --logger "console;verbosity=detailed" to see them).
/// </summary>
[Collection(SeedGraphCollection.Name)]
public sealed class SeedQualityGateTests(SeedGraphFixture graph, ITestOutputHelper output)
{
    private EvaluationReport Report()
    {
        var report = Evaluator.Score(graph.Gold, graph.Snapshot);
        output.WriteLine(report.ToDocumentTables());
        output.WriteLine(report.ToMistakes());
        return report;
    }

    [Fact]
    public void Every_seed_becomes_one_document_of_the_graph()
    {
        var report = Evaluator.Score(graph.Gold, graph.Snapshot);
        Assert.All(report.Documents, d => Assert.True(d.Found, d.File + " was not found in the graph"));
        Assert.Equal(graph.Gold.Documents.Count, graph.Snapshot.Documents.Count);
    }

    [Fact]
    public void Entity_F1_over_the_seeds_is_at_least_0_95()
    {
        var entities = Report()[EvaluationCategory.Entities];
        Assert.True(entities.F1 >= 0.95, $"entity F1 {entities.F1:0.000} < 0.95 ({entities})");
    }

    [Fact]
    public void Event_role_F1_over_the_seeds_is_at_least_0_85()
    {
        var roles = Report()[EvaluationCategory.EventRoles];
        Assert.True(roles.F1 >= 0.85, $"event-role F1 {roles.F1:0.000} < 0.85 ({roles})");
    }
}
