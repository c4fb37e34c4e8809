namespace Graph.Server.Configuration;

/// <summary>Finds folders named relative to the repository (seeds/) whether the service runs from the repository
/// root, from the project folder or from its build output.</summary>
public static class RepositoryPaths
{
    /// <summary>The path itself when it exists (absolute or relative to the current directory); otherwise the first
    /// match walking up from the current directory and from the binaries' folder; null when none exists.</summary>
    public static string? Find(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) return null;
        if (Path.IsPathRooted(path)) return Directory.Exists(path) || File.Exists(path) ? path : null;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, path);
                if (Directory.Exists(candidate) || File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
