using System.Diagnostics;
using Graph.Model;
using Graph.Store.CrashWriter;
using Graph.Store.Sqlite;
using Xunit.Abstractions;

namespace Graph.Store.Tests.Sqlite;

/// <summary>
/// Kills a writing process with SIGKILL at a random point and proves that every document it acknowledged is in
/// the reopened store, whole, and that no document is there in part.
/// </summary>
public sealed class CrashDurabilityTests(ITestOutputHelper output) : IDisposable
{
    private const int Documents = 1000;
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Acknowledged_documents_survive_a_kill_and_none_is_partial()
    {
        var killAfter = Random.Shared.Next(100, 901);
        var dataDirectory = _directory.Sub("data");
        var acknowledged = await RunWriterAndKillAsync(dataDirectory, killAfter);
        output.WriteLine($"killed after {killAfter} acknowledgements; {acknowledged.Count} acknowledged in all");
        Assert.True(acknowledged.Count >= killAfter);
        if (acknowledged.Count == Documents)
        {
            // The writer outran the reader of its output and finished before the kill landed: durability is still
            // checked below, but this run did not interrupt a write.
            output.WriteLine("the writer finished before it was killed");
        }

        await using var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = dataDirectory });
        await store.InitializeAsync();
        var export = await store.ExportAsync();
        var documents = export.Documents.ToDictionary(d => d.Id);
        var nodes = export.Entities.Select(e => e.Id).Concat(export.Events.Select(e => e.Id)).ToHashSet();
        var relations = export.Relations.Select(r => r.Id).ToHashSet();
        var evidenceByDocument = export.Evidence.GroupBy(e => e.DocumentId).ToDictionary(g => g.Key, g => g.ToList());

        var complete = 0;
        for (var i = 0; i < Documents; i++)
        {
            var facts = CrashDocuments.Generate(i);
            var id = facts.Document.Id;
            if (acknowledged.TryGetValue(id, out var hash))
            {
                Assert.Equal(facts.Document.ContentHash, hash);
                Assert.True(documents.ContainsKey(id), $"acknowledged {id} is missing");
            }
            if (!documents.TryGetValue(id, out var stored))
            {
                Assert.False(evidenceByDocument.ContainsKey(id), $"{id} left evidence without its document");
                Assert.DoesNotContain(CrashDocuments.State(i), nodes);
                Assert.DoesNotContain(CrashDocuments.Event(i), nodes);
                continue;
            }
            AssertComplete(facts, stored, nodes, relations, evidenceByDocument.GetValueOrDefault(id) ?? []);
            complete++;
        }
        output.WriteLine($"{complete} complete documents in the reopened store");
        Assert.Equal(complete, export.Documents.Count);
        Assert.Equal(complete * CrashDocuments.EvidencePerDocument, export.Evidence.Count);
    }

    private static void AssertComplete(DocumentFacts facts, DocumentRecord stored, HashSet<string> nodes, HashSet<string> relations, List<Evidence> evidence)
    {
        Assert.Equal(facts.Document.ContentHash, stored.ContentHash);
        Assert.Equal(facts.Text, stored.Text);
        foreach (var entity in facts.Entities) Assert.Contains(entity.Id, nodes);
        foreach (var ev in facts.Events) Assert.Contains(ev.Id, nodes);
        foreach (var relation in facts.Relations) Assert.Contains(relation.Id, relations);
        Assert.Equal(CrashDocuments.EvidencePerDocument, evidence.Count);
        var expected = facts.Entities.Select(e => (e.Id, e.Evidence.Count))
            .Concat(facts.Events.Select(e => (e.Id, e.Evidence.Count)))
            .Concat(facts.Relations.Select(r => (r.Id, r.Evidence.Count)))
            .OrderBy(x => x.Id, StringComparer.Ordinal);
        var actual = evidence.GroupBy(e => e.FactId!).Select(g => (g.Key, g.Count())).OrderBy(x => x.Key, StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    /// <summary>Starts the writer, kills its process tree after <paramref name="killAfter"/> acknowledgements, returns every acknowledgement it printed.</summary>
    private async Task<Dictionary<string, string>> RunWriterAndKillAsync(string dataDirectory, int killAfter)
    {
        var writerDll = typeof(CrashDocuments).Assembly.Location;
        Assert.True(File.Exists(Path.ChangeExtension(writerDll, ".runtimeconfig.json")), "the writer's runtimeconfig must sit beside it");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(writerDll);
        start.ArgumentList.Add(dataDirectory);
        start.ArgumentList.Add(Documents.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var acknowledged = new Dictionary<string, string>(StringComparer.Ordinal);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            while (acknowledged.Count < killAfter)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
                if (line is null) break;
                Record(acknowledged, line);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
        // Lines the writer printed before it died are acknowledgements too.
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } rest) Record(acknowledged, rest);
        await process.WaitForExitAsync(timeout.Token);
        var errors = await stderr;
        if (errors.Length > 0) output.WriteLine("writer stderr: " + errors);
        Assert.True(acknowledged.Count >= killAfter, $"the writer stopped after {acknowledged.Count} documents: {errors}");
        return acknowledged;
    }

    private static void Record(Dictionary<string, string> acknowledged, string line)
    {
        var parts = line.Split(' ');
        Assert.True(parts is ["ACK", _, _], $"unexpected writer output: {line}");
        acknowledged[parts[1]] = parts[2];
    }

    public void Dispose() => _directory.Dispose();
}
