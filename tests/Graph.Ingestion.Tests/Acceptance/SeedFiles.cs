namespace Graph.Ingestion.Tests.Acceptance;

/// <summary>The seed documents by the number the acceptance questions cite them with.</summary>
internal static class SeedFiles
{
    public const string S000 = "000_b5cc1a97e5786702.txt";
    public const string S001 = "001_903ba6c16bdcb4bd.txt";
    public const string S002 = "002_a895ccd62392fd54.txt";
    public const string S003 = "003_89978c79b3e677df.txt";
    public const string S004 = "004_f442b0a99d4997eb.txt";

    public static HashSet<string> Set(params string[] files) => new(files, StringComparer.Ordinal);
}
