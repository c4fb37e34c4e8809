using System.Runtime.CompilerServices;

namespace Graph.GraphQL.Tests.Conformance;

/// <summary>Finds the repository root: the nearest folder holding Graph.sln.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string ConformanceDirectory => System.IO.Path.Combine(Path, "tests", "conformance", "graphql");

    /// <summary>
    /// Walks up from the test assembly's folder first. Builds with a private --artifacts-path put the assembly outside
    /// the repository, so the folder this source file was compiled from is the fallback.
    /// </summary>
    private static string Find()
    {
        var starts = new[] { AppContext.BaseDirectory, System.IO.Path.GetDirectoryName(SourceFile()) };
        foreach (var start in starts)
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Graph.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            $"Graph.sln not found above {starts[0]} or {starts[1]}; run the tests from a checkout of the repository.");
    }

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
