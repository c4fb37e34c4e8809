using Graph.GraphQL.Language;

namespace Graph.GraphQL.Types;

/// <summary>Options for <see cref="SchemaBuilder"/>.</summary>
public sealed record SchemaBuildOptions
{
    /// <summary>Default options.</summary>
    public static SchemaBuildOptions Default { get; } = new();

    /// <summary>Limits for parsing the SDL text.</summary>
    public ParserOptions ParserOptions { get; init; } = ParserOptions.Default;

    /// <summary>The source name used in locations (e.g. a file name).</summary>
    public string SourceName { get; init; } = "schema";

    /// <summary>When false (the default), resolver map entries that name nothing in the SDL are errors.</summary>
    public bool AllowUnusedResolvers { get; init; }
}
