namespace Graph.GraphQL.Validation.Rules.FieldMerging;

/// <summary>Length limits of conflict messages (as graphql-js applies them).</summary>
internal static class ConflictText
{
    /// <summary>Longest reason or response name shown before it is cut.</summary>
    public const int MaxDetailLength = 1000;

    /// <summary>Most field nodes listed for one side of a conflict.</summary>
    public const int MaxNodes = 20;

    public static string Abbreviate(string text) =>
        text.Length > MaxDetailLength ? string.Concat(text.AsSpan(0, MaxDetailLength), "...") : text;
}
