using System.CommandLine;
using Graph.Ingestion;
using Graph.Ingestion.Evaluation;
using Graph.Server.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Cli;

/// <summary>
/// <c>graph eval &lt;gold folder&gt;</c>: ingests the documents the gold annotates into a fresh temporary embedded store
/// (never the configured one), scores the graph against the gold and prints precision, recall and F1 per category.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("gold") { Description = "Folder of gold annotations (*.yaml), e.g. tests/Graph.Ingestion.Tests/Gold." };
        var documents = new Option<string>("--documents") { Description = "Folder of the annotated documents.", DefaultValueFactory = _ => "seeds" };
        var perDocument = new Option<bool>("--per-document") { Description = "Also print a table per document and every mistake." };
        var minEntity = new Option<double?>("--min-entity-f1") { Description = "Exit with code 4 when entity F1 is below this." };
        var minRole = new Option<double?>("--min-role-f1") { Description = "Exit with code 4 when event-role F1 is below this." };
        var command = new Command("eval", "Score extraction against hand-made gold annotations: precision, recall and F1 per category.");
        command.Arguments.Add(gold);
        command.Options.Add(documents);
        command.Options.Add(perDocument);
        command.Options.Add(minEntity);
        command.Options.Add(minRole);
        command.SetAction(async (result, ct) =>
        {
            var goldFolder = RepositoryPaths.Find(result.GetValue(gold)!);
            var docsFolder = RepositoryPaths.Find(result.GetValue(documents)!);
            if (goldFolder is null || docsFolder is null)
            {
                await Console.Error.WriteLineAsync($"Not found: {(goldFolder is null ? result.GetValue(gold) : result.GetValue(documents))}");
                return ExitCodes.Usage;
            }
            var goldSet = GoldSet.Load(goldFolder);
            var temp = Directory.CreateTempSubdirectory("graph-eval-");
            try
            {
                EvaluationReport report;
                await using (var services = CliHost.Build(new Dictionary<string, string?> { ["Graph:Store"] = "sqlite", ["Graph:DataDirectory"] = temp.FullName }))
                {
                    var store = await CliHost.OpenStoreAsync(services, ct);
                    var pipeline = services.GetRequiredService<IngestionPipeline>();
                    foreach (var input in CorpusReader.ReadAll([docsFolder], Path.GetDirectoryName(Path.GetFullPath(docsFolder))))
                        await pipeline.IngestAsync(input, ct);
                    report = Evaluator.Score(goldSet, await store.ExportAsync(ct));
                }
                if (result.GetValue(perDocument))
                {
                    Console.WriteLine(report.ToDocumentTables());
                    Console.WriteLine(report.ToMistakes());
                }
                else
                {
                    Console.WriteLine(report.ToTable());
                }
                var entityF1 = report[EvaluationCategory.Entities].F1;
                var roleF1 = report[EvaluationCategory.EventRoles].F1;
                var failed = (result.GetValue(minEntity) is { } me && entityF1 < me) || (result.GetValue(minRole) is { } mr && roleF1 < mr);
                return failed ? ExitCodes.GateFailed : ExitCodes.Ok;
            }
            finally
            {
                try { temp.Delete(recursive: true); } catch (IOException) { }
            }
        });
        return command;
    }
}
