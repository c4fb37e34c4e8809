using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Graph.Model;

namespace Graph.Server.Cli;

/// <summary><c>graph export --format json [--output file]</c>: the whole graph (nodes, relations, evidence, curations).</summary>
public static class ExportCommand
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Command Create()
    {
        var common = new CommonOptions();
        var format = new Option<string>("--format") { Description = "Output format; json is the one supported.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json");
        var output = new Option<string?>("--output", "-o") { Description = "File to write; standard output when absent." };
        var command = new Command("export", "Write the whole graph (documents, entities, events, relations, evidence, curations) as JSON.");
        command.Options.Add(format);
        command.Options.Add(output);
        common.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var services = CliHost.Build(common.Overrides(result));
            GraphSnapshot snapshot;
            try
            {
                var store = await CliHost.OpenStoreAsync(services, ct);
                snapshot = await store.ExportAsync(ct);
            }
            catch (GraphStoreException e)
            {
                await Console.Error.WriteLineAsync($"The store is not available: {e.Message}");
                return ExitCodes.StoreFailure;
            }
            if (result.GetValue(output) is { } path)
            {
                await using var file = File.Create(path);
                await JsonSerializer.SerializeAsync(file, snapshot, Json, ct);
                await Console.Error.WriteLineAsync($"Wrote {snapshot.Documents.Count} documents, {snapshot.Entities.Count} entities, {snapshot.Events.Count} events, {snapshot.Relations.Count} relations to {path}");
            }
            else
            {
                await using var stdout = Console.OpenStandardOutput();
                await JsonSerializer.SerializeAsync(stdout, snapshot, Json, ct);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
