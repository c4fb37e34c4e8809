using System.CommandLine;
using Graph.Ingestion;
using Graph.Model;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Graph.Server.Cli;

/// <summary><c>graph ingest &lt;files or folders&gt;</c>: reads documents into the graph, with a progress bar and a summary.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var paths = new Argument<string[]>("paths") { Description = "Text files, or folders whose *.txt/*.md files are read (with the folder's metadata.yaml).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Read documents into the graph: entities, events, roles and their evidence.");
        command.Arguments.Add(paths);
        common.AddTo(command);
        command.SetAction((result, ct) => RunAsync(result.GetValue(paths)!, common.Overrides(result), ct));
        return command;
    }

    private sealed class Tally
    {
        public int Created, Replaced, Unchanged, Rejected, Failed;
        public int EntitiesNew, EntitiesMerged, EventsNew, EventsMerged, RelationsNew, RelationsMerged, Evidence, Warnings;
        public readonly List<(string File, string Problem)> Problems = [];
    }

    private static async Task<int> RunAsync(string[] paths, Dictionary<string, string?> overrides, CancellationToken ct)
    {
        IReadOnlyList<string> files;
        try
        {
            files = CorpusReader.ListFiles(paths);
        }
        catch (FileNotFoundException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return ExitCodes.Usage;
        }
        if (files.Count == 0)
        {
            AnsiConsole.MarkupLine("[yellow]No documents found (*.txt, *.md, *.text).[/]");
            return ExitCodes.Usage;
        }

        await using var services = CliHost.Build(overrides);
        IGraphStore store;
        try
        {
            store = await CliHost.OpenStoreAsync(services, ct);
        }
        catch (GraphStoreException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]The store is not available: {e.Message}[/]");
            return ExitCodes.StoreFailure;
        }
        var pipeline = services.GetRequiredService<IngestionPipeline>();
        var tally = new Tally();
        var metadata = new Dictionary<string, CorpusMetadata>(StringComparer.Ordinal);

        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Ingesting", maxValue: files.Count);
                foreach (var file in files)
                {
                    ct.ThrowIfCancellationRequested();
                    task.Description = $"Ingesting {Markup.Escape(Path.GetFileName(file))}";
                    var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
                    if (!metadata.TryGetValue(folder, out var meta)) metadata[folder] = meta = CorpusMetadata.LoadFolder(folder);
                    try
                    {
                        var result = await pipeline.IngestAsync(CorpusReader.Read(file, meta, Directory.GetCurrentDirectory()), ct);
                        Count(tally, result);
                    }
                    catch (DocumentRejectedException e)
                    {
                        tally.Rejected++;
                        tally.Problems.Add((file, $"{e.Code}: {e.Message}"));
                    }
                    catch (GraphStoreException e)
                    {
                        tally.Failed++;
                        tally.Problems.Add((file, $"{e.Code}: {e.Message}"));
                    }
                    task.Increment(1);
                }
                task.Description = "Ingested";
            });

        var table = new Table().Title("Ingestion summary").AddColumns("", "new", "merged / unchanged");
        table.AddRow("documents", (tally.Created + tally.Replaced).ToString(), tally.Unchanged.ToString());
        table.AddRow("entities", tally.EntitiesNew.ToString(), tally.EntitiesMerged.ToString());
        table.AddRow("events", tally.EventsNew.ToString(), tally.EventsMerged.ToString());
        table.AddRow("relations", tally.RelationsNew.ToString(), tally.RelationsMerged.ToString());
        table.AddRow("evidence", tally.Evidence.ToString(), "");
        table.AddRow("warnings", tally.Warnings.ToString(), "");
        table.AddRow("rejected / failed", $"{tally.Rejected} / {tally.Failed}", "");
        AnsiConsole.Write(table);
        foreach (var (file, problem) in tally.Problems)
            AnsiConsole.MarkupLineInterpolated($"[red]{file}[/]: {problem}");
        return tally.Failed > 0 ? ExitCodes.StoreFailure : tally.Rejected > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    private static void Count(Tally t, IngestionResult result)
    {
        var a = result.Apply;
        switch (a.Status)
        {
            case ApplyStatus.Created: t.Created++; break;
            case ApplyStatus.Replaced: t.Replaced++; break;
            default: t.Unchanged++; break;
        }
        t.EntitiesNew += a.EntitiesCreated;
        t.EntitiesMerged += a.EntitiesMerged;
        t.EventsNew += a.EventsCreated;
        t.EventsMerged += a.EventsMerged;
        t.RelationsNew += a.RelationsCreated;
        t.RelationsMerged += a.RelationsMerged;
        t.Evidence += a.EvidenceWritten;
        t.Warnings += result.Warnings.Count;
    }
}
