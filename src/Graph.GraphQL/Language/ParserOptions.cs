namespace Graph.GraphQL.Language;

/// <summary>Limits that protect the parser (and everything that walks its output) from hostile documents.</summary>
public sealed record ParserOptions
{
    /// <summary>The nesting depth allowed when no other limit is set: deep enough for any real document.</summary>
    public const int DefaultMaxDepth = 256;

    /// <summary>Options with no size limits and the default depth limit.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>Largest accepted document, in characters (UTF-16 code units); null for no limit.</summary>
    public int? MaxDocumentLength { get; init; }

    /// <summary>Largest accepted number of tokens (comments excluded); null for no limit.</summary>
    public int? MaxTokens { get; init; }

    /// <summary>
    /// Deepest accepted nesting of selection sets, list and object values, and list types, counted together.
    /// Always enforced so that recursive consumers of the AST cannot run out of stack.
    /// </summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;
}
