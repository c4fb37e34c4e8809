namespace Graph.Ingestion.Tests.Evaluation;

/// <summary>Where the gold files and the seed documents are once copied next to the test assembly (see the csproj).</summary>
internal static class TestPaths
{
    public static string Output => AppContext.BaseDirectory;

    public static string GoldFolder => Path.Combine(Output, "Gold");

    public static string SeedsFolder => Path.Combine(Output, "seeds");

    public static IReadOnlyList<string> SeedFiles =>
        Directory.GetFiles(SeedsFolder, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
}
