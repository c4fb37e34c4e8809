namespace Graph.GraphQL;

/// <summary>A 1-based line and column in a GraphQL source text, as reported in error <c>locations</c>.</summary>
/// <param name="Line">Line number, starting at 1.</param>
/// <param name="Column">Column number in UTF-16 code units, starting at 1 (as graphql-js counts).</param>
public readonly record struct SourceLocation(int Line, int Column);
