using Graph.Server.Tests.Support;
using Xunit.Abstractions;

namespace Graph.Server.Tests.Browser;

/// <summary>
/// The playground in a real browser (Debian's Chromium driven by playwright-core): the page loads from the service
/// alone, the preloaded mediators query runs and shows its answer, and no request leaves localhost. The screenshot is
/// kept at artifacts/screenshots/playground.png (the CI artifact).
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class PlaygroundBrowserTests(ServerFixture server, ITestOutputHelper output)
{
    public static string ScreenshotPath => Repo.PathOf("artifacts", "screenshots", "playground.png");

    [Fact]
    public async Task Playground_runs_the_mediators_query_without_leaving_localhost()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), $"Chromium is needed for this test: install Debian's 'chromium' package (looked for {chromium}).");
        var (code, stdout, stderr) = await Repo.RunNodeAsync("tests/browser/playground.mjs", [server.GraphQL.ToString(), ScreenshotPath], TimeSpan.FromMinutes(3));
        output.WriteLine(stdout);
        Assert.True(code == 0, stdout + stderr);
        Assert.True(File.Exists(ScreenshotPath));
        Assert.True(new FileInfo(ScreenshotPath).Length > 10_000);
    }
}
