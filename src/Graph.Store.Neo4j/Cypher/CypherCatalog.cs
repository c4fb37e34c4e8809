using System.Text.Json;
using Graph.Model;
using Graph.Store.Neo4j.Transport;

namespace Graph.Store.Neo4j.Cypher;

/// <summary>
/// Every statement the store can send, loaded from the .cypher files shipped beside the assembly (the project copies
/// <c>cypher/*.cypher</c> to the output's <c>cypher</c> folder). Statements are fixed text: values only ever travel
/// as parameters, and a statement is handed out only with exactly the parameters its section declares.
/// </summary>
/// <remarks>
/// Relationship types cannot be Cypher parameters. Rather than one generic relationship type with a "type"
/// property, the store keeps Neo4j's own typing (UPPER_SNAKE_CASE types, see <see cref="RelationTypes.CypherName"/>)
/// and expands a section marked <c>// expand:</c> over the fixed list of <see cref="RelationType"/> values, once at
/// load time. Only enum names ever replace the type token; nothing a caller sends can reach the statement text.
/// </remarks>
public sealed partial class CypherCatalog
{
    private readonly Dictionary<string, CypherSection> _sections;
    private readonly Dictionary<string, string> _texts;

    private CypherCatalog(IReadOnlyList<CypherSection> sections)
    {
        _sections = new Dictionary<string, CypherSection>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            if (!_sections.TryAdd(section.Name, section))
                throw new FormatException($"{section.File}:{section.Line}: the statement name '{section.Name}' is already used in {_sections[section.Name].File}");
        }
        Sections = sections;
        _texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, text, _) in Expand(sections)) _texts[name] = text;
    }

    /// <summary>The folder beside the assembly that holds the shipped .cypher files.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "cypher");

    public IReadOnlyList<CypherSection> Sections { get; }

    public static CypherCatalog Load(string? directory = null)
    {
        directory ??= DefaultDirectory;
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"The Cypher statements folder '{directory}' does not exist; the Neo4j store ships its statements there.");
        var files = Directory.GetFiles(directory, "*.cypher").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0) throw new FileNotFoundException($"No .cypher files in '{directory}'.");
        return FromSections(files.SelectMany(f => CypherFileParser.Parse(Path.GetFileName(f), File.ReadAllText(f))).ToList());
    }

    public static CypherCatalog FromSections(IReadOnlyList<CypherSection> sections) => new(sections);

    public bool Contains(string name) => _sections.ContainsKey(name);

    public CypherSection Section(string name) =>
        _sections.TryGetValue(name, out var section) ? section : throw new KeyNotFoundException($"No Cypher statement named '{name}'.");

    /// <summary>The statement <paramref name="name"/> with its parameters, which must be exactly those it declares.</summary>
    public CypherStatement Statement(string name, IReadOnlyDictionary<string, object?> parameters)
    {
        var section = Section(name);
        if (section.Expansion == CypherExpansion.EachRelationType)
            throw new InvalidOperationException($"Statement '{name}' exists once per relationship type; name the type.");
        return Build(section, name, parameters);
    }

    /// <summary>The statement of <paramref name="name"/> for one relationship type.</summary>
    public CypherStatement Statement(string name, RelationType type, IReadOnlyDictionary<string, object?> parameters)
    {
        var section = Section(name);
        if (section.Expansion != CypherExpansion.EachRelationType)
            throw new InvalidOperationException($"Statement '{name}' is not written per relationship type.");
        if (!Enum.IsDefined(type)) throw new ArgumentOutOfRangeException(nameof(type), type, "Not a relation type.");
        return Build(section, ExpandedName(name, type), parameters);
    }

    /// <summary>Every statement the store can send: name, text and parameters, templates expanded.</summary>
    public IEnumerable<(string Name, string Text, CypherSection Section)> AllStatements() => Expand(Sections);

    /// <summary>The catalog as tests/cypher/lint.mjs reads it.</summary>
    public void WriteLintCatalog(Stream output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        WriteStrings(writer, "labels", Neo4jSchema.Labels);
        WriteStrings(writer, "relationshipTypes", Neo4jSchema.RelationshipTypes);
        WriteStrings(writer, "propertyKeys", Neo4jSchema.PropertyKeys);
        writer.WriteString("typeToken", CypherSection.RelationTypeToken);
        writer.WriteStartArray("statements");
        foreach (var (name, text, section) in AllStatements())
        {
            writer.WriteStartObject();
            writer.WriteString("name", name);
            writer.WriteString("template", section.Name);
            writer.WriteString("source", $"{section.File}:{section.Line}");
            writer.WriteString("text", text);
            WriteStrings(writer, "parameters", section.Parameters);
            WriteStrings(writer, "lintWarningOk", section.LintWarningOk);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string property, IEnumerable<string> values)
    {
        writer.WriteStartArray(property);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    private CypherStatement Build(CypherSection section, string expandedName, IReadOnlyDictionary<string, object?> parameters)
    {
        var declared = section.Parameters;
        if (parameters.Count != declared.Count || declared.Any(p => !parameters.ContainsKey(p)))
        {
            throw new InvalidOperationException(
                $"Statement '{section.Name}' declares ({string.Join(", ", declared)}) but was given ({string.Join(", ", parameters.Keys)}).");
        }
        return new CypherStatement(expandedName, _texts[expandedName], parameters);
    }

    private static string ExpandedName(string name, RelationType type) => $"{name}[{type.CypherName()}]";

    private static IEnumerable<(string Name, string Text, CypherSection Section)> Expand(IEnumerable<CypherSection> sections)
    {
        var types = Enum.GetValues<RelationType>();
        foreach (var section in sections)
        {
            switch (section.Expansion)
            {
                case CypherExpansion.None:
                    yield return (section.Name, section.Body, section);
                    break;
                case CypherExpansion.EachRelationType:
                    foreach (var type in types)
                        yield return (ExpandedName(section.Name, type), WithType(section.Body, type), section);
                    break;
                case CypherExpansion.UnionRelationTypes:
                    yield return (section.Name, string.Join("\nUNION ALL\n", types.Select(t => WithType(section.Body, t))), section);
                    break;
            }
        }
    }

    private static string WithType(string body, RelationType type) =>
        body.Replace(CypherSection.RelationTypeToken, type.CypherName(), StringComparison.Ordinal);
}
