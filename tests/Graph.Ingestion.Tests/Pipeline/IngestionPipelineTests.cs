using Graph.Model;
using Graph.Store.Sqlite;

namespace Graph.Ingestion.Tests.Pipeline;

/// <summary>The pipeline against a real (temporary) SQLite store.</summary>
public sealed class IngestionPipelineTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("graph-ingest-test-").FullName;
    private SqliteGraphStore _store = null!;
    private IngestionPipeline _pipeline = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _dir });
        await _store.InitializeAsync();
        _pipeline = new IngestionPipeline(_store, Graph.Ingestion.Lexicon.Lexicon.LoadEmbedded());
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private const string ReportA = """
        Detainees Freed

        On June 12, 2021, Azerbaijan released 15 Armenian military detainees through mediation by the International Committee of the Red Cross.
        """;

    private const string ReportB = """
        Prisoners Return Home

        Azerbaijan handed over 15 Armenian prisoners of war to Armenia on June 12, 2021, with the participation of Georgian representatives.
        """;

    [Fact]
    public async Task Ingesting_the_same_content_again_changes_nothing()
    {
        var input = new DocumentInput { Text = ReportA, SourcePath = "a.txt" };
        var first = await _pipeline.IngestAsync(input);
        Assert.Equal(ApplyStatus.Created, first.Apply.Status);
        var before = await _store.GetStatsAsync();
        var second = await _pipeline.IngestAsync(input);
        Assert.Equal(ApplyStatus.Unchanged, second.Apply.Status);
        var after = await _store.GetStatsAsync();
        Assert.Equal(before.Relations, after.Relations);
        Assert.Equal(before.Evidence, after.Evidence);
    }

    [Fact]
    public async Task One_event_reported_by_two_documents_is_one_node_with_both_sources()
    {
        await _pipeline.IngestAsync(new DocumentInput { Text = ReportA, SourcePath = "a.txt" });
        await _pipeline.IngestAsync(new DocumentInput { Text = ReportB, SourcePath = "b.txt" });
        var events = await _store.FindEventsAsync(new EventQuery(Types: [EventType.PrisonerRelease, EventType.PrisonerExchange]));
        var e = Assert.Single(events.Items);
        var evidence = await _store.GetEvidenceAsync([e.Id]);
        Assert.Equal(2, evidence[e.Id].Select(x => x.DocumentId).Distinct().Count());
    }

    [Fact]
    public async Task A_new_version_replaces_its_own_facts_only()
    {
        await _pipeline.IngestAsync(new DocumentInput { Text = ReportA, SourcePath = "a.txt" });
        await _pipeline.IngestAsync(new DocumentInput { Text = "Talks\n\nArmenian Prime Minister Nikol Pashinyan met Georgian Prime Minister Irakli Garibashvili in Tbilisi on Monday.", SourcePath = "c.txt", PublishedAt = DateTimeOffset.Parse("2021-06-16T00:00:00Z") });
        var revised = await _pipeline.IngestAsync(new DocumentInput { Text = ReportA.Replace("the International Committee of the Red Cross", "Qatar"), SourcePath = "a.txt" });
        Assert.Equal(ApplyStatus.Replaced, revised.Apply.Status);
        var icrc = await _store.FindByNamesAsync(["International Committee of the Red Cross"]);
        Assert.True(!icrc.TryGetValue("International Committee of the Red Cross", out var left) || left.Count == 0);
        var people = await _store.FindByNamesAsync(["Nikol Pashinyan"], [NodeKind.Person]);
        Assert.Single(people["Nikol Pashinyan"]);
    }

    [Fact]
    public async Task A_rejected_document_writes_nothing()
    {
        var before = await _store.GetStatsAsync();
        await Assert.ThrowsAsync<DocumentRejectedException>(() => _pipeline.IngestAsync(new DocumentInput { Text = "<html><body>x</body></html>", SourcePath = "bad.html" }));
        var after = await _store.GetStatsAsync();
        Assert.Equal(before.Relations, after.Relations);
        Assert.Equal(before.Evidence, after.Evidence);
    }

    [Fact]
    public async Task Entities_keep_their_ids_when_later_documents_mention_them()
    {
        await _pipeline.IngestAsync(new DocumentInput { Text = "Talks\n\nArmenian Prime Minister Nikol Pashinyan met officials in Yerevan to discuss the return of prisoners.", SourcePath = "d.txt" });
        await _pipeline.IngestAsync(new DocumentInput { Text = "More Talks\n\nPashinyan said the prime minister of Armenia, Nikol Pashinyan, would travel to Moscow soon for further talks.", SourcePath = "e.txt" });
        var found = await _store.FindByNamesAsync(["Nikol Pashinyan"], [NodeKind.Person]);
        var person = Assert.Single(found["Nikol Pashinyan"]);
        Assert.Equal("person:nikol-pashinyan", person.Id);
    }
}
