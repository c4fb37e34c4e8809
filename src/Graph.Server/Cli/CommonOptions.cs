using System.CommandLine;

namespace Graph.Server.Cli;

/// <summary>Options every verb that touches the store accepts; they override appsettings.json and the environment.</summary>
public sealed class CommonOptions
{
    public Option<string?> Store { get; } = new("--store") { Description = "Store to use: sqlite (embedded, default) or neo4j (NEO4J_URI...)." };
    public Option<string?> DataDir { get; } = new("--data-dir") { Description = "Folder of the embedded store's database (default ./data)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Store);
        command.Options.Add(DataDir);
    }

    /// <summary>Configuration overrides from the parsed options, as "Graph:Key" pairs.</summary>
    public Dictionary<string, string?> Overrides(ParseResult result)
    {
        var map = new Dictionary<string, string?>();
        if (result.GetValue(Store) is { } store) map["Graph:Store"] = store;
        if (result.GetValue(DataDir) is { } dir) map["Graph:DataDirectory"] = dir;
        return map;
    }
}
