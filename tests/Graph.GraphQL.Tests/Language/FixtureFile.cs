using System.Text.Json;

namespace Graph.GraphQL.Tests.Language;

/// <summary>Reads the JSON fixtures (recorded from graphql-js) that are copied next to the test assembly.</summary>
internal static class FixtureFile
{
    public static JsonElement Load(string relativePath)
    {
        var path = Path.Combine(AppContext.BaseDirectory, relativePath);
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.Clone();
    }

    /// <summary>The source text of a case: <c>utf16</c> code units when present (lone surrogates), else <c>source</c>.</summary>
    public static string SourceOf(JsonElement testCase)
    {
        if (testCase.TryGetProperty("utf16", out var units))
        {
            return new string(units.EnumerateArray().Select(u => (char)u.GetInt32()).ToArray());
        }

        return testCase.GetProperty("source").GetString()!;
    }
}
