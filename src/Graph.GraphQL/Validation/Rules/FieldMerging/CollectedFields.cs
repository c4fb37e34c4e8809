using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules.FieldMerging;

/// <summary>
/// The fields of one selection set grouped by response name (looking through inline fragments), plus the names of
/// the fragments it spreads, and memos of the comparisons it took part in.
/// </summary>
internal sealed class CollectedFields
{
    public OrderedDictionary<string, List<FieldDetails>> FieldsByResponseName { get; } = new(StringComparer.Ordinal);

    public List<string> FragmentNames { get; } = new();

    /// <summary>Per fragment already compared with these fields: whether that comparison was mutually exclusive.</summary>
    public Dictionary<string, bool>? ComparedFragments { get; set; }

    /// <summary>Response names shared with another collection, per collection.</summary>
    public Dictionary<CollectedFields, List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)>>? Overlaps { get; set; }
}
