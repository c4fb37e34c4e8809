namespace Graph.Store.Neo4j.Cypher;

/// <summary>How a section of a .cypher file becomes statements.</summary>
public enum CypherExpansion
{
    /// <summary>The section is one statement.</summary>
    None,

    /// <summary>One statement per relationship type: <see cref="CypherSection.RelationTypeToken"/> becomes each type.</summary>
    EachRelationType,

    /// <summary>One statement: the body once per relationship type, joined with UNION ALL.</summary>
    UnionRelationTypes,
}

/// <summary>
/// A named section of a .cypher file:
/// <code>
/// // name: nodes.byIds          (starts a section; names are unique across all files)
/// // params: ids, kinds         (every parameter the statement takes; the store must send exactly these)
/// // expand: each-relation-type (optional; see <see cref="CypherExpansion"/>)
/// // lint-warning-ok: reason    (optional; why an analyzer warning is acceptable)
/// MATCH ...                     (the statement, up to the next section; whole-line comments are dropped)
/// </code>
/// </summary>
public sealed record CypherSection(
    string Name,
    string File,
    int Line,
    IReadOnlyList<string> Parameters,
    CypherExpansion Expansion,
    string Body,
    IReadOnlyList<string> LintWarningOk)
{
    /// <summary>Stands for a relationship type in an expanded section; a valid Cypher identifier, so the raw file parses.</summary>
    public const string RelationTypeToken = "__RELATION_TYPE__";
}
