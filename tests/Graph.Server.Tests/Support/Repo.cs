using System.Diagnostics;

namespace Graph.Server.Tests.Support;

/// <summary>The repository root (the folder holding Graph.sln) and a way to run its node scripts.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        // The test binaries normally sit under the repository; with a separate artifacts path they do not, and the
        // source file's own location (recorded at compile time) leads back to it.
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "" })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException("Graph.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs `node script args` from the repository root; fails clearly when the npm packages are missing.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunNodeAsync(string script, IEnumerable<string> args, TimeSpan timeout)
    {
        if (!Directory.Exists(PathOf("node_modules", "graphql")))
            throw new InvalidOperationException("The npm checkers are not installed: run 'npm ci' in the repository root.");
        var info = new ProcessStartInfo("node") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(script);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within {timeout.TotalSeconds} s");
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}
