using System.Text;

namespace Graph.Server.Api;

/// <summary>C# enum members (PascalCase) as GraphQL enum values (UPPER_SNAKE_CASE) and back.</summary>
public static class EnumNames
{
    public static string ToGraphQL<T>(T value) where T : struct, Enum => ToUpperSnake(value.ToString());

    public static string ToUpperSnake(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) sb.Append('_');
            sb.Append(char.ToUpperInvariant(name[i]));
        }
        return sb.ToString();
    }

    public static bool TryParse<T>(string graphQLName, out T value) where T : struct, Enum
    {
        foreach (var v in Enum.GetValues<T>())
        {
            if (ToGraphQL(v) == graphQLName || v.ToString() == graphQLName) { value = v; return true; }
        }
        value = default;
        return false;
    }

    /// <summary>The mapping to register with the engine, so that resolvers see C# enum members.</summary>
    public static IReadOnlyDictionary<string, object> Map<T>() where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => ToGraphQL(v), v => (object)v, StringComparer.Ordinal);
}
