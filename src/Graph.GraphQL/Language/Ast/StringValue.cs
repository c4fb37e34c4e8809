namespace Graph.GraphQL.Language.Ast;

/// <summary>A string literal, quoted or block.</summary>
public sealed class StringValue : ValueNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.StringValue;

    /// <summary>The string value after escape processing (and block string dedent).</summary>
    public required string Value { get; init; }

    /// <summary>True when written as a block string (<c>"""..."""</c>).</summary>
    public bool Block { get; init; }
}
