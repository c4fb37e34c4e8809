using System.Diagnostics;
using Graph.Store.Neo4j.Cypher;

namespace Graph.Store.Tests.Neo4j;

/// <summary>
/// Runs tests/cypher/lint.mjs (Neo4j's own Cypher analyzer, @neo4j-cypher/language-support) over every statement
/// of cypher/*.cypher and every statement the store can send, as the store's catalog lists them.
/// </summary>
public sealed class CypherLintTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("graph-cypher-lint-").FullName;
    private readonly string _root = RepoRoot.Find();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Every_statement_passes_neo4js_cypher_analyzer()
    {
        var catalog = WriteCatalog(Path.Combine(_root, "cypher"));

        var (exit, output) = Node("tests/cypher/lint.mjs", "--catalog", catalog);

        Assert.True(exit == 0, output);
        Assert.Contains(" 0 problems.", output);
    }

    [Fact]
    public void The_lint_fails_on_an_undeclared_parameter_and_an_unknown_label()
    {
        // A folder holding only the broken statement keeps this run short; the real files are linted above.
        var cypher = Path.Combine(_temp, "cypher");
        Directory.CreateDirectory(cypher);
        File.WriteAllText(Path.Combine(cypher, "broken.cypher"), """
            // name: broken.read
            // params: ids
            MATCH (n:GrapNode) WHERE n.id IN $ids AND n.kind = $kind
            RETURN n.id AS id
            """);
        var catalog = WriteCatalog(cypher);

        var (exit, output) = Node("tests/cypher/lint.mjs", "--catalog", catalog, "--cypher-dir", cypher);

        Assert.True(exit == 1, output);
        Assert.Contains("Parameter $kind is not defined", output);
        Assert.Contains("Label GrapNode is not present", output);
    }

    private string WriteCatalog(string cypherDirectory)
    {
        var path = Path.Combine(_temp, $"catalog-{Guid.NewGuid():N}.json");
        using var file = File.Create(path);
        CypherCatalog.Load(cypherDirectory).WriteLintCatalog(file);
        return path;
    }

    private (int Exit, string Output) Node(params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = _root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start node");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("lint.mjs did not finish within 3 minutes");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
