using Graph.Model;

namespace Graph.Ingestion.Evaluation;

/// <summary>
/// An entity a document mentions, as an analyst annotated it: its canonical name, its kind and the other names
/// (aliases, demonyms, metonyms) under which this document mentions it.
/// </summary>
public sealed record GoldEntity(string Name, NodeKind Kind, IReadOnlyList<string> Aliases, string? Subtype, string Quote)
{
    /// <summary>The canonical name and every alias, each through <see cref="NameKey.Normalize"/>.</summary>
    public IReadOnlySet<string> Keys { get; } = NameKeys.Of(Name, Aliases);
}
