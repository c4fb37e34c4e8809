namespace Graph.Model;

/// <summary>Bounds on what a write may carry.</summary>
public static class FactLimits
{
    public const int MaxNameLength = 300;
    public const int MaxAliases = 200;
    public const int MaxRoleLength = 200;
    public const int MaxRuleLength = 100;
    public const int MaxSentenceLength = 20_000;
    public const int MaxDocumentChars = 5 * 1024 * 1024;
    public const int MaxFactsPerDocument = 100_000;
    public const int MaxReasonLength = 2_000;
}
