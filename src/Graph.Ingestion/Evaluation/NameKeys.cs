using Graph.Model;

namespace Graph.Ingestion.Evaluation;

/// <summary>The set of normalized names (<see cref="NameKey.Normalize"/>) an entity goes by.</summary>
public static class NameKeys
{
    public static IReadOnlySet<string> Of(string name, IEnumerable<string> aliases)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        Add(keys, name);
        foreach (var alias in aliases) Add(keys, alias);
        return keys;
    }

    public static IReadOnlySet<string> Of(Entity entity) => Of(entity.Name, entity.Aliases);

    private static void Add(HashSet<string> keys, string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return;
        var key = NameKey.Normalize(name);
        if (key.Length > 0) keys.Add(key);
    }
}
