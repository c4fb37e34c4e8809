using System.CommandLine;

namespace Graph.Server.Cli;

/// <summary>The `graph` command line: serve (default), ingest, export, eval. Every verb has --help.</summary>
public static class GraphCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Graph: a knowledge graph of actors, places and events read from news documents, queried with GraphQL.");
        ServeCommand.Configure(root, new CommonOptions());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        return await root.Parse(args).InvokeAsync(cancellationToken: cancel.Token);
    }
}
