using System.Runtime.CompilerServices;

namespace Graph.Store.Tests.Neo4j;

/// <summary>The repository root: the nearest folder holding Graph.sln above this source file (wherever the binaries are built).</summary>
internal static class RepoRoot
{
    public static string Find([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(sourceFile), AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No Graph.sln above {sourceFile} or {AppContext.BaseDirectory}");
    }
}
