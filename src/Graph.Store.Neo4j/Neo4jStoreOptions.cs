namespace Graph.Store.Neo4j;

/// <summary>
/// Where the Neo4j store finds its server. The store talks to Neo4j's HTTP Query API, so <see cref="Uri"/> is the
/// server's HTTP(S) address (port 7474 by default), not a Bolt address.
/// </summary>
/// <remarks>
/// Environment variables, read by <see cref="FromEnvironment"/>:
/// <list type="table">
/// <item><term>NEO4J_URI</term><description><see cref="Uri"/>, e.g. <c>http://localhost:7474</c> (required).</description></item>
/// <item><term>NEO4J_USER</term><description><see cref="User"/>, default <c>neo4j</c>.</description></item>
/// <item><term>NEO4J_PASSWORD</term><description><see cref="Password"/>; when empty no Authorization header is sent
/// (a server with authentication disabled).</description></item>
/// <item><term>NEO4J_DATABASE</term><description><see cref="Database"/>, default <c>neo4j</c>.</description></item>
/// </list>
/// Bound from configuration the same names apply as keys of a section (Uri, User, Password, Database).
/// </remarks>
public sealed class Neo4jStoreOptions
{
    public const string UriVariable = "NEO4J_URI";
    public const string UserVariable = "NEO4J_USER";
    public const string PasswordVariable = "NEO4J_PASSWORD";
    public const string DatabaseVariable = "NEO4J_DATABASE";

    /// <summary>The HTTP(S) address of the server, e.g. http://localhost:7474.</summary>
    public string Uri { get; set; } = "";

    public string User { get; set; } = "neo4j";

    public string Password { get; set; } = "";

    public string Database { get; set; } = "neo4j";

    /// <summary>How many times a transient failure is retried (whole transactions for writes). 0 disables retries.</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First retry delay; each further retry doubles it (with jitter).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Time limit of one HTTP request.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Options from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE (see the remarks of this class).</summary>
    public static Neo4jStoreOptions FromEnvironment() => FromVariables(Environment.GetEnvironmentVariable);

    /// <summary>Options from a variable lookup (the environment, or a test's dictionary).</summary>
    public static Neo4jStoreOptions FromVariables(Func<string, string?> lookup)
    {
        var options = new Neo4jStoreOptions { Uri = lookup(UriVariable)?.Trim() ?? "" };
        if (lookup(UserVariable) is { Length: > 0 } user) options.User = user;
        if (lookup(PasswordVariable) is { } password) options.Password = password;
        if (lookup(DatabaseVariable) is { Length: > 0 } database) options.Database = database.Trim();
        return options;
    }

    /// <summary>The base address of the Query API after checking the options; throws <see cref="ArgumentException"/> with the reason.</summary>
    public Uri ValidatedBaseUri()
    {
        if (string.IsNullOrWhiteSpace(Uri))
            throw new ArgumentException($"The Neo4j address is not set: set {UriVariable} to the server's HTTP address, e.g. http://localhost:7474.");
        if (!System.Uri.TryCreate(Uri, UriKind.Absolute, out var uri))
            throw new ArgumentException($"{UriVariable} '{Uri}' is not an absolute URI; expected e.g. http://localhost:7474.");
        if (uri.Scheme is "neo4j" or "neo4j+s" or "neo4j+ssc" or "bolt" or "bolt+s" or "bolt+ssc")
            throw new ArgumentException(
                $"{UriVariable} '{Uri}' is a Bolt address, but this store uses Neo4j's HTTP Query API: give the HTTP port instead, " +
                $"e.g. http://{uri.Host}:7474 (or https://{uri.Host}:7473 with TLS).");
        if (uri.Scheme != System.Uri.UriSchemeHttp && uri.Scheme != System.Uri.UriSchemeHttps)
            throw new ArgumentException($"{UriVariable} '{Uri}' must use http or https (the Query API is HTTP).");
        if (string.IsNullOrWhiteSpace(Database))
            throw new ArgumentException($"{DatabaseVariable} must name a database (the default is 'neo4j').");
        if (MaxRetryAttempts < 0) throw new ArgumentException("MaxRetryAttempts must not be negative.");
        if (RetryBaseDelay < TimeSpan.Zero) throw new ArgumentException("RetryBaseDelay must not be negative.");
        if (RequestTimeout <= TimeSpan.Zero) throw new ArgumentException("RequestTimeout must be positive.");
        var text = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return new Uri(text + "/");
    }
}
