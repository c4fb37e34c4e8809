namespace Graph.GraphQL.Language;

/// <summary>
/// A lexing or parsing error. The message is <c>"Syntax Error: " + description</c>, as graphql-js words it, and the
/// error carries exactly one location: where the problem was found.
/// </summary>
public sealed class GraphQLSyntaxError : GraphQLError
{
    /// <summary>Creates a syntax error at a character offset of a source.</summary>
    public GraphQLSyntaxError(Source source, int position, string description)
        : base("Syntax Error: " + description, source: source, positions: new[] { position })
    {
        Description = description;
        Position = position;
    }

    /// <summary>The message without the <c>"Syntax Error: "</c> prefix.</summary>
    public string Description { get; }

    /// <summary>The character offset of the problem.</summary>
    public int Position { get; }

    /// <summary>The line and column of the problem.</summary>
    public SourceLocation Location => DocumentSource!.GetLocation(Position);
}
