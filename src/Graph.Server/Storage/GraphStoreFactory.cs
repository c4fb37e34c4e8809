using Graph.Model;
using Graph.Server.Configuration;
using Graph.Store.Neo4j;
using Graph.Store.Sqlite;

namespace Graph.Server.Storage;

/// <summary>Creates the store the configuration names: the embedded SQLite store by default, Neo4j when asked.</summary>
public static class GraphStoreFactory
{
    public static IGraphStore Create(GraphOptions options, ILoggerFactory loggers)
    {
        switch (options.Store.Trim().ToLowerInvariant())
        {
            case "sqlite":
            case "embedded":
            case "":
                return new SqliteGraphStore(
                    new SqliteStoreOptions { DataDirectory = options.DataDirectory },
                    loggers.CreateLogger<SqliteGraphStore>());
            case "neo4j":
                return new Neo4jGraphStore(Neo4jStoreOptions.FromEnvironment(), loggers.CreateLogger<Neo4jGraphStore>());
            default:
                throw new ArgumentException($"Graph:Store '{options.Store}' is not a store; use 'sqlite' or 'neo4j'.");
        }
    }

    /// <summary>A one-line description for logs: which store, where.</summary>
    public static string Describe(GraphOptions options)
    {
        if (options.Store.Trim().ToLowerInvariant() != "neo4j") return $"embedded SQLite in {Path.GetFullPath(options.DataDirectory)}";
        var neo4j = Neo4jStoreOptions.FromEnvironment();
        return $"Neo4j at {neo4j.Uri} (database {neo4j.Database})";
    }
}
