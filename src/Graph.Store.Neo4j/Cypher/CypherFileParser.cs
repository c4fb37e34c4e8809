using System.Text;
using System.Text.RegularExpressions;

namespace Graph.Store.Neo4j.Cypher;

/// <summary>Reads the named sections of a .cypher file (format: see <see cref="CypherSection"/>).</summary>
public static partial class CypherFileParser
{
    [GeneratedRegex(@"^//\s*name:\s*(\S+)\s*$")]
    private static partial Regex NameLine();

    [GeneratedRegex(@"^//\s*params:(.*)$")]
    private static partial Regex ParamsLine();

    [GeneratedRegex(@"^//\s*expand:\s*(\S+)\s*$")]
    private static partial Regex ExpandLine();

    [GeneratedRegex(@"^//\s*lint-warning-ok:\s*(.+)$")]
    private static partial Regex WarningOkLine();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex ParameterName();

    public static IReadOnlyList<CypherSection> Parse(string fileName, string content)
    {
        var sections = new List<CypherSection>();
        string? name = null;
        var line = 0;
        var startLine = 0;
        List<string>? parameters = null;
        var expansion = CypherExpansion.None;
        var body = new StringBuilder();
        var warningOk = new List<string>();

        void Finish()
        {
            if (name is null) return;
            if (parameters is null) throw Problem(startLine, $"section '{name}' has no '// params:' line");
            var text = body.ToString().Trim();
            if (text.Length == 0) throw Problem(startLine, $"section '{name}' has no statement");
            var hasToken = text.Contains(CypherSection.RelationTypeToken, StringComparison.Ordinal);
            if (hasToken != (expansion != CypherExpansion.None))
                throw Problem(startLine, $"section '{name}': the relationship type token and an '// expand:' line go together");
            sections.Add(new CypherSection(name, fileName, startLine, parameters, expansion, text, warningOk.ToArray()));
        }

        Exception Problem(int at, string message) => new FormatException($"{fileName}:{at}: {message}");

        foreach (var raw in content.Split('\n'))
        {
            line++;
            var text = raw.TrimEnd('\r');
            var nameMatch = NameLine().Match(text);
            if (nameMatch.Success)
            {
                Finish();
                name = nameMatch.Groups[1].Value;
                startLine = line;
                parameters = null;
                expansion = CypherExpansion.None;
                body.Clear();
                warningOk.Clear();
                continue;
            }
            if (name is null) continue; // the file's own comments, before its first section
            var trimmed = text.TrimStart();
            if (!trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                body.Append(text).Append('\n');
                continue;
            }
            if (ParamsLine().Match(trimmed) is { Success: true } p && parameters is null)
            {
                parameters = p.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
                foreach (var parameter in parameters)
                {
                    if (!ParameterName().IsMatch(parameter)) throw Problem(line, $"'{parameter}' is not a parameter name");
                }
                if (parameters.Distinct(StringComparer.Ordinal).Count() != parameters.Count) throw Problem(line, "a parameter is declared twice");
            }
            else if (ExpandLine().Match(trimmed) is { Success: true } e)
            {
                expansion = e.Groups[1].Value switch
                {
                    "each-relation-type" => CypherExpansion.EachRelationType,
                    "union-relation-types" => CypherExpansion.UnionRelationTypes,
                    var other => throw Problem(line, $"unknown expansion '{other}'"),
                };
            }
            else if (WarningOkLine().Match(trimmed) is { Success: true } w)
            {
                warningOk.Add(w.Groups[1].Value.Trim());
            }
            // Any other whole-line comment documents the statement and is not sent.
        }
        Finish();
        return sections;
    }
}
