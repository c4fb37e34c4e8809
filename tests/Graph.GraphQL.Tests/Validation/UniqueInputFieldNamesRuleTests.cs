using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>UniqueInputFieldNamesRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class UniqueInputFieldNamesRuleTests
{
    private static readonly UniqueInputFieldNamesRule Rule = new();

    [Fact]
    public void AcceptsInputObjectWithFields() => ExpectValid(Rule, """
        {
          field(arg: { f: true })
        }
        """);

    [Fact]
    public void AcceptsSameInputObjectTwice() => ExpectValid(Rule, """
        {
          field(arg1: { f: true }, arg2: { f: true })
        }
        """);

    [Fact]
    public void AcceptsMultipleFieldsAndNestedObjects() => ExpectValid(Rule, """
        {
          field(arg: { f1: "value", f2: "value", f3: "value", deep: { f1: 1, f2: 2 }, list: [{ f1: 1 }, { f1: 2 }] })
        }
        """);

    [Fact]
    public void RejectsDuplicateInputFields()
    {
        ExpectErrors(
            Rule,
            """
            {
              field(arg: { f1: "value", f1: "value" })
            }
            """,
            Error("There can be only one input field named \"f1\".", 2, 16, 2, 29));
    }

    [Fact]
    public void RejectsManyDuplicateInputFields()
    {
        ExpectErrors(
            Rule,
            """
            {
              field(arg: { f1: "value", f1: "value", f1: "value" })
            }
            """,
            Error("There can be only one input field named \"f1\".", 2, 16, 2, 29),
            Error("There can be only one input field named \"f1\".", 2, 16, 2, 42));
    }

    [Fact]
    public void RejectsDuplicatesInNestedObjectsInOrder()
    {
        ExpectErrors(
            Rule,
            """
            {
              field(arg: { f1: {f2: "value", f2: "value" }, f1: 1 })
            }
            """,
            Error("There can be only one input field named \"f2\".", 2, 21, 2, 34),
            Error("There can be only one input field named \"f1\".", 2, 16, 2, 49));
    }

    [Fact]
    public void RejectsDuplicatesInVariableDefaults()
    {
        ExpectErrors(
            Rule,
            """
            query ($v: ComplexInput = { requiredField: true, requiredField: false }) {
              field(arg: $v)
            }
            """,
            Error("There can be only one input field named \"requiredField\".", 1, 29, 1, 50));
    }
}
