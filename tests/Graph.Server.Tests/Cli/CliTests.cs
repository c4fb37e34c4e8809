using System.Text.Json;
using Graph.Server.Cli;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Cli;

/// <summary>The `graph` verbs as a script uses them: exit codes it can trust and files it can read.</summary>
public sealed class CliTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("graph-cli-");

    [Fact]
    public async Task Ingest_loads_good_documents_refuses_html_and_says_so_in_its_exit_code()
    {
        var docs = Directory.CreateDirectory(Path.Combine(_dir.FullName, "docs"));
        File.Copy(Repo.PathOf("seeds", "001_903ba6c16bdcb4bd.txt"), Path.Combine(docs.FullName, "001.txt"));
        await File.WriteAllTextAsync(Path.Combine(docs.FullName, "page.txt"), "<!DOCTYPE html><html><body>Armenia</body></html>");
        var data = Path.Combine(_dir.FullName, "data");

        var code = await GraphCli.RunAsync(["ingest", docs.FullName, "--data-dir", data]);
        Assert.Equal(ExitCodes.SomeFailed, code);

        var export = Path.Combine(_dir.FullName, "graph.json");
        Assert.Equal(ExitCodes.Ok, await GraphCli.RunAsync(["export", "--format", "json", "--output", export, "--data-dir", data]));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(export));
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("events").GetArrayLength() > 0);
        Assert.True(json.RootElement.GetProperty("evidence").GetArrayLength() > 0);

        // The same content again changes nothing and succeeds.
        File.Delete(Path.Combine(docs.FullName, "page.txt"));
        Assert.Equal(ExitCodes.Ok, await GraphCli.RunAsync(["ingest", docs.FullName, "--data-dir", data]));
    }

    [Fact]
    public async Task Ingest_of_a_missing_path_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.Usage, await GraphCli.RunAsync(["ingest", Path.Combine(_dir.FullName, "nothing-here"), "--data-dir", _dir.FullName]));
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("export")]
    [InlineData("eval")]
    [InlineData("serve")]
    public async Task Every_verb_has_help(string verb)
    {
        Assert.Equal(0, await GraphCli.RunAsync([verb, "--help"]));
    }

    public void Dispose()
    {
        try { _dir.Delete(recursive: true); } catch (IOException) { }
    }
}
