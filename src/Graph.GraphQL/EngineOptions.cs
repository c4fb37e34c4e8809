using Graph.GraphQL.Language;

namespace Graph.GraphQL;

/// <summary>Limits and behaviour of a <see cref="GraphQLEngine"/>.</summary>
public sealed record EngineOptions
{
    /// <summary>The options used when none are given.</summary>
    public static EngineOptions Default { get; } = new();

    /// <summary>
    /// Limits applied when parsing request documents. The defaults accept any realistic document (half a million
    /// characters, 100,000 tokens, nesting 256 deep) and reject hostile ones with a syntax error.
    /// </summary>
    public ParserOptions ParserOptions { get; init; } = new()
    {
        MaxDocumentLength = 500_000,
        MaxTokens = 100_000,
        MaxDepth = ParserOptions.DefaultMaxDepth,
    };

    /// <summary>Validation stops after this many errors (graphql-js's default is 100).</summary>
    public int MaxValidationErrors { get; init; } = 100;

    /// <summary>Variable coercion stops after this many errors (graphql-js stops after 50).</summary>
    public int MaxVariableErrors { get; init; } = 50;

    /// <summary>How many parsed and validated documents are kept, least recently used dropped first; 0 disables the cache.</summary>
    public int DocumentCacheSize { get; init; } = 1000;

    /// <summary>
    /// When true (the default), the message of an exception thrown by a resolver becomes the error's message, as
    /// graphql-js does. When false, such errors say only <see cref="HiddenExceptionMessage"/>; errors the engine
    /// raises itself (coercion, null checks, <see cref="GraphQLError"/> thrown by resolvers) keep their messages.
    /// </summary>
    public bool ExposeExceptionMessages { get; init; } = true;

    /// <summary>The message used instead of an exception's text when <see cref="ExposeExceptionMessages"/> is false.</summary>
    public string HiddenExceptionMessage { get; init; } = "Unexpected error.";
}
