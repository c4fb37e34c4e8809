using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>Groups nodes by name, keeping the order in which each name first appears.</summary>
internal static class NameGroups
{
    public static List<(string Name, List<Node> Nodes)> Group<T>(IReadOnlyList<T> items, Func<T, Name> nameOf)
    {
        var groups = new List<(string Name, List<Node> Nodes)>();
        var indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var name = nameOf(items[i]);
            if (indexByName.TryGetValue(name.Value, out var index))
            {
                groups[index].Nodes.Add(name);
            }
            else
            {
                indexByName[name.Value] = groups.Count;
                groups.Add((name.Value, new List<Node> { name }));
            }
        }

        return groups;
    }
}
