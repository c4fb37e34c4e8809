namespace Graph.Server.Configuration;

/// <summary>
/// The service's settings, bound from the "Graph" section of appsettings.json and from environment variables
/// (Graph__Store=neo4j, Graph__ApiKey=..., ASP.NET Core conventions). Neo4j's own settings come from NEO4J_URI,
/// NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE.
/// </summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>"sqlite" (the embedded default) or "neo4j".</summary>
    public string Store { get; set; } = "sqlite";

    /// <summary>Folder of the embedded store's database file.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Folder of documents ingested at start-up when the store holds no document. Empty: none.</summary>
    public string SeedsDirectory { get; set; } = "seeds";

    /// <summary>Ingest <see cref="SeedsDirectory"/> at start-up when the store is empty.</summary>
    public bool LoadSeedsWhenEmpty { get; set; } = true;

    /// <summary>The key mutations require in the X-Api-Key header (or Authorization: Bearer). None is built in:
    /// while it is empty, mutations are refused.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>When true, queries need the API key too.</summary>
    public bool RequireApiKeyForQueries { get; set; }

    /// <summary>Origins allowed by CORS ("*" for any). Empty: no cross-origin access.</summary>
    public string[] CorsOrigins { get; set; } = [];

    public GraphQLLimits Limits { get; set; } = new();

    /// <summary>How many query results the response cache keeps (entries); 0 disables it.</summary>
    public int ResultCacheEntries { get; set; } = 2_000;

    /// <summary>How many automatic persisted queries are remembered.</summary>
    public int PersistedQueryEntries { get; set; } = 5_000;
}

/// <summary>Bounds that keep one request from taking the service down.</summary>
public sealed class GraphQLLimits
{
    /// <summary>Largest request body (bytes); ingestion of a 5 MB document needs a little more than 5 MB.</summary>
    public long MaxRequestBytes { get; set; } = 6 * 1024 * 1024;

    /// <summary>Largest query text (characters).</summary>
    public int MaxQueryLength { get; set; } = 100_000;

    /// <summary>Deepest selection nesting.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Highest estimated cost (each field counts 1, multiplied by the page size of the lists around it).</summary>
    public int MaxCost { get; set; } = 50_000;

    /// <summary>Time limit of one request, in seconds.</summary>
    public double TimeoutSeconds { get; set; } = 30;
}
