using Graph.Ingestion.Evaluation;
using Graph.Model;
using Graph.Store.Sqlite;
using IngestionLexicon = Graph.Ingestion.Lexicon.Lexicon;

namespace Graph.Ingestion.Tests.Evaluation;

/// <summary>
/// The graph built by ingesting seeds/ (with seeds/metadata.yaml) through the real pipeline into a fresh SQLite store
/// in a temporary folder — once for every test of the <see cref="SeedGraphCollection"/>. Tests read it through
/// <see cref="Store"/> (the store interface) or the exported <see cref="Snapshot"/>.
/// </summary>
public sealed class SeedGraphFixture : IAsyncLifetime
{
    private DirectoryInfo? _folder;
    private SqliteGraphStore? _store;

    public IGraphStore Store => _store ?? throw new InvalidOperationException("The seed graph is not built yet.");

    public GraphSnapshot Snapshot { get; private set; } = null!;

    public IReadOnlyList<IngestionResult> Results { get; private set; } = [];

    public GoldSet Gold { get; } = GoldSet.Load(TestPaths.GoldFolder);

    public async Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("graph-seed-graph-");
        _store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _folder.FullName });
        await _store.InitializeAsync();
        var pipeline = new IngestionPipeline(_store, IngestionLexicon.LoadDefault());
        var results = new List<IngestionResult>();
        foreach (var input in CorpusReader.ReadAll([TestPaths.SeedsFolder], relativeTo: TestPaths.Output))
            results.Add(await pipeline.IngestAsync(input));
        Results = results;
        Snapshot = await _store.ExportAsync();
    }

    public async Task DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync();
        _folder?.Delete(recursive: true);
    }
}

/// <summary>Tests that share one ingested seed graph.</summary>
[CollectionDefinition(Name)]
public sealed class SeedGraphCollection : ICollectionFixture<SeedGraphFixture>
{
    public const string Name = "seed graph";
}
