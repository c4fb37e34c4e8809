using System.Diagnostics;

namespace Graph.GraphQL.Tests.Conformance;

/// <summary>Runs a node script of the conformance harness from the repository root.</summary>
internal static class NodeProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public sealed record Outcome(int ExitCode, string StandardOutput, string StandardError);

    /// <summary>Fails with a clear message when graphql-js is not installed.</summary>
    public static void RequireGraphQLJs()
    {
        var package = Path.Combine(RepositoryRoot.Path, "node_modules", "graphql", "package.json");
        if (!File.Exists(package))
        {
            throw new InvalidOperationException(
                $"graphql-js is not installed ({package} is missing): run npm ci in {RepositoryRoot.Path}");
        }
    }

    public static Outcome Run(params string[] arguments)
    {
        RequireGraphQLJs();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process? started;
        try
        {
            started = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"could not start node ({exception.Message}); Node.js 20 or later must be on PATH", exception);
        }

        using var process = started ?? throw new InvalidOperationException("could not start node; Node.js 20 or later must be on PATH");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {string.Join(' ', arguments)} did not finish within {Timeout}");
        }

        return new Outcome(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
