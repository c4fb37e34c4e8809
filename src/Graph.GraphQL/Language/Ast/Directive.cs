namespace Graph.GraphQL.Language.Ast;

/// <summary>A directive application: <c>@name(args)</c>.</summary>
public sealed class Directive : Node
{
    /// <inheritdoc />
    public override Kind Kind => Kind.Directive;

    /// <summary>The directive name without the leading <c>@</c>.</summary>
    public required Name Name { get; init; }

    /// <summary>Arguments in source order.</summary>
    public IReadOnlyList<Argument> Arguments { get; init; } = Array.Empty<Argument>();
}
