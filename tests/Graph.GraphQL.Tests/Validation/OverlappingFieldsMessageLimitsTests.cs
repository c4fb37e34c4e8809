using System.Text;
using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>
/// Long conflict messages are cut at 1,000 characters (plus "...") and list at most 20 fields per side, as graphql-js
/// does (its output for these documents was checked against ours).
/// </summary>
public sealed class OverlappingFieldsMessageLimitsTests
{
    private const string Suffix = ". Use different aliases on the fields to fetch both if this was intentional.";

    [Fact]
    public void AbbreviatesLongReasonsAndListsAtMostTwentyFieldsPerSide()
    {
        var query = new StringBuilder("{\n");
        foreach (var field in new[] { "name", "nickname" })
        {
            query.Append("  dog {\n    owner {\n      pets {\n");
            for (var i = 0; i < 25; i++)
            {
                query.Append("      f").Append(i).Append(": ").Append(field).Append('\n');
            }

            query.Append("      }\n    }\n  }\n");
        }

        query.Append('}');
        var error = Assert.Single(Validate(new OverlappingFieldsCanBeMergedRule(), query.ToString()));

        const string prefix = "Fields \"dog\" conflict because ";
        Assert.StartsWith(
            prefix + "subfields \"owner\" conflict because subfields \"pets\" conflict because subfields \"f0\" conflict because " +
            "\"name\" and \"nickname\" are different fields and subfields \"f1\" conflict because",
            error.Message);
        Assert.EndsWith("..." + Suffix, error.Message);
        Assert.Equal(prefix.Length + 1000 + "...".Length + Suffix.Length, error.Message.Length);

        var locations = error.Locations!;
        Assert.Equal(40, locations.Count);
        Assert.Equal(new SourceLocation(2, 3), locations[0]);
        Assert.Equal(new SourceLocation(5, 7), locations[1]);
        Assert.Equal(new SourceLocation(23, 7), locations[19]);
        Assert.Equal(new SourceLocation(33, 3), locations[20]);
        Assert.Equal(new SourceLocation(36, 7), locations[21]);
    }

    [Fact]
    public void AbbreviatesLongResponseNames()
    {
        var alias = new string('a', 1005);
        var query = "{\n  dog {\n    " + alias + ": name\n    " + alias + ": nickname\n  }\n}";
        ExpectErrors(
            new OverlappingFieldsCanBeMergedRule(),
            query,
            Error(
                "Fields \"" + new string('a', 1000) + "...\" conflict because \"name\" and \"nickname\" are different fields" + Suffix,
                3, 5, 4, 5));
    }
}
