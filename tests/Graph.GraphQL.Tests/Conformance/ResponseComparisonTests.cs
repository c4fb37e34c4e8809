using System.Text.Json;

namespace Graph.GraphQL.Tests.Conformance;

/// <summary>The harness's own comparison rules, so that a green conformance run means what README.md says.</summary>
public sealed class ResponseComparisonTests
{
    private static ResponseShape Shape(string phase, string response)
    {
        using var document = JsonDocument.Parse(response);
        return ResponseShape.FromResponseJson(phase, document.RootElement.Clone());
    }

    [Fact]
    public void Same_data_in_another_key_order_fails()
    {
        var expected = Shape("execution", """{"data": {"a": 1, "b": 2}}""");
        var actual = Shape("execution", """{"data": {"b": 2, "a": 1}}""");

        Assert.Contains(ResponseComparison.Compare(expected, actual).Failures, f => f.Contains("in this order", StringComparison.Ordinal));
    }

    [Fact]
    public void Numbers_compare_by_value()
    {
        var expected = Shape("execution", """{"data": {"a": 1, "b": [0.5]}}""");
        var actual = Shape("execution", """{"data": {"a": 1.0, "b": [5e-1]}}""");

        Assert.Empty(ResponseComparison.Compare(expected, actual).Failures);
    }

    [Fact]
    public void Rejections_compare_the_set_of_locations_and_only_count_messages()
    {
        var expected = Shape("validation", """
            {"errors": [{"message": "A", "locations": [{"line": 2, "column": 3}, {"line": 4, "column": 1}]}]}
            """);
        var regrouped = Shape("validation", """
            {"errors": [{"message": "x", "locations": [{"line": 4, "column": 1}]}, {"message": "y", "locations": [{"line": 2, "column": 3}]}]}
            """);
        var elsewhere = Shape("validation", """{"errors": [{"message": "A", "locations": [{"line": 2, "column": 4}]}]}""");

        var same = ResponseComparison.Compare(expected, regrouped);
        Assert.Empty(same.Failures);
        Assert.Equal(3, same.MessageMismatches.Count);
        Assert.Single(ResponseComparison.Compare(expected, elsewhere).Failures);
    }

    [Fact]
    public void Answering_data_for_a_rejected_request_fails()
    {
        var expected = Shape("validation", """{"errors": [{"message": "A", "locations": [{"line": 1, "column": 1}]}]}""");
        var actual = Shape("execution", """{"data": null, "errors": [{"message": "A", "locations": [{"line": 1, "column": 1}]}]}""");

        Assert.NotEmpty(ResponseComparison.Compare(expected, actual).Failures);
    }

    [Fact]
    public void Execution_errors_must_have_the_same_paths()
    {
        var expected = Shape("execution", """
            {"errors": [{"message": "m", "locations": [{"line": 1, "column": 3}], "path": ["a", 1, "b"]}], "data": {"a": null}}
            """);
        var samePathOtherMessage = Shape("execution", """
            {"errors": [{"message": "n", "locations": [{"line": 1, "column": 3}], "path": ["a",1,"b"]}], "data": {"a": null}}
            """);
        var otherPath = Shape("execution", """
            {"errors": [{"message": "m", "locations": [{"line": 1, "column": 3}], "path": ["a", 0, "b"]}], "data": {"a": null}}
            """);

        Assert.Empty(ResponseComparison.Compare(expected, samePathOtherMessage).Failures);
        Assert.Single(ResponseComparison.Compare(expected, otherPath).Failures);
    }

    [Fact]
    public void Both_engines_must_stop_at_the_same_phase()
    {
        const string error = """{"errors": [{"message": "E", "locations": [{"line": 3, "column": 1}]}]}""";

        Assert.Single(ResponseComparison.Compare(Shape("syntax", error), Shape("validation", error)).Failures);
        Assert.Single(ResponseComparison.Compare(Shape("execution", error), Shape("validation", error)).Failures);
        Assert.Empty(ResponseComparison.Compare(Shape("execution", error), Shape("request", error)).Failures);
    }
}
