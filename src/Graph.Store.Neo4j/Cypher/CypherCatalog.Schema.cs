using Graph.Model;
using Graph.Store.Neo4j.Transport;

namespace Graph.Store.Neo4j.Cypher;

public sealed partial class CypherCatalog
{
    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();

    /// <summary>The parameterless statements of every section whose name starts with <paramref name="prefix"/>, in file order.</summary>
    public IReadOnlyList<CypherStatement> StatementsStartingWith(string prefix)
    {
        var list = new List<CypherStatement>();
        foreach (var section in Sections.Where(s => s.Name.StartsWith(prefix, StringComparison.Ordinal)))
        {
            if (section.Expansion == CypherExpansion.EachRelationType)
                list.AddRange(Enum.GetValues<RelationType>().Select(t => Statement(section.Name, t, NoParameters)));
            else
                list.Add(Statement(section.Name, NoParameters));
        }
        return list;
    }
}
