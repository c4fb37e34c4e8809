namespace Graph.GraphQL.Language;

/// <summary>Conversions between <see cref="DirectiveLocation"/> and the spec's names (e.g. <c>FIELD_DEFINITION</c>).</summary>
public static class DirectiveLocations
{
    private static readonly string[] Names =
    {
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    };

    private static readonly Dictionary<string, DirectiveLocation> ByName = CreateLookup();

    private static Dictionary<string, DirectiveLocation> CreateLookup()
    {
        var lookup = new Dictionary<string, DirectiveLocation>(StringComparer.Ordinal);
        for (var i = 0; i < Names.Length; i++)
        {
            lookup[Names[i]] = (DirectiveLocation)i;
        }

        return lookup;
    }

    /// <summary>The spec name of a location, e.g. <c>INPUT_FIELD_DEFINITION</c>.</summary>
    public static string ToSpecName(this DirectiveLocation location) => Names[(int)location];

    /// <summary>Parses a spec name; false when it names no location.</summary>
    public static bool TryParse(string name, out DirectiveLocation location) => ByName.TryGetValue(name, out location);

    /// <summary>True for the locations that appear in executable documents.</summary>
    public static bool IsExecutable(this DirectiveLocation location) => location <= DirectiveLocation.VariableDefinition;
}
