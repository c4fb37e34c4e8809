using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>NoFragmentCyclesRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class NoFragmentCyclesRuleTests
{
    private static readonly NoFragmentCyclesRule Rule = new();

    [Fact]
    public void AcceptsSingleReference() => ExpectValid(Rule, """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { name }
        """);

    [Fact]
    public void AcceptsSpreadingTwiceAndIndirectly() => ExpectValid(Rule, """
        fragment fragA on Dog { ...fragB, ...fragB }
        fragment fragB on Dog { ...fragC }
        fragment fragC on Dog { name }
        """);

    [Fact]
    public void AcceptsDoubleSpreadWithinAbstractTypes() => ExpectValid(Rule, """
        fragment nameFragment on Pet {
          ... on Dog { name }
          ... on Cat { name }
        }
        fragment spreadsInAnon on Pet {
          ... on Dog { ...nameFragment }
          ... on Cat { ...nameFragment }
        }
        """);

    [Fact]
    public void IgnoresUnknownFragments() => ExpectValid(Rule, """
        fragment nameFragment on Pet {
          ...UnknownFragment
        }
        """);

    [Fact]
    public void RejectsSpreadingItself()
    {
        ExpectErrors(
            Rule,
            """
            fragment fragA on Dog { ...fragA }
            """,
            Error("Cannot spread fragment \"fragA\" within itself.", 1, 25));
    }

    [Fact]
    public void RejectsSpreadingItselfInInlineFragment()
    {
        ExpectErrors(
            Rule,
            """
            fragment fragA on Pet {
              ... on Dog {
                ...fragA
              }
            }
            """,
            Error("Cannot spread fragment \"fragA\" within itself.", 3, 5));
    }

    [Fact]
    public void RejectsCycleThroughTwoFragments()
    {
        ExpectErrors(
            Rule,
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragA }
            """,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", 1, 25, 2, 25));
    }

    [Fact]
    public void RejectsCycleReportedInReverseOrder()
    {
        ExpectErrors(
            Rule,
            """
            fragment fragB on Dog { ...fragA }
            fragment fragA on Dog { ...fragB }
            """,
            Error("Cannot spread fragment \"fragB\" within itself via \"fragA\".", 1, 25, 2, 25));
    }

    [Fact]
    public void RejectsDeepCycle()
    {
        ExpectErrors(
            Rule,
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragO }
            fragment fragX on Dog { ...fragY }
            fragment fragY on Dog { ...fragZ }
            fragment fragZ on Dog { ...fragO }
            fragment fragO on Dog { ...fragP }
            fragment fragP on Dog { ...fragA, ...fragX }
            """,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".", 1, 25, 2, 25, 3, 25, 7, 25, 8, 25),
            Error("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".", 7, 25, 8, 35, 4, 25, 5, 25, 6, 25));
    }

    [Fact]
    public void RejectsEveryCycleFromOneFragment()
    {
        ExpectErrors(
            Rule,
            """
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragA }
            fragment fragC on Dog { ...fragA }
            """,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", 1, 25, 2, 25),
            Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", 1, 35, 3, 25));
    }

    [Fact]
    public void RejectsCyclesAfterOtherSpreads()
    {
        ExpectErrors(
            Rule,
            """
            fragment fragA on Dog { ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", 1, 25, 3, 25),
            Error("Cannot spread fragment \"fragC\" within itself via \"fragB\".", 3, 35, 2, 25));
    }

    [Fact]
    public void RejectsSelfCycleAndLongerCycle()
    {
        ExpectErrors(
            Rule,
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragB, ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """,
            Error("Cannot spread fragment \"fragB\" within itself.", 2, 25),
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".", 1, 25, 2, 35, 3, 25),
            Error("Cannot spread fragment \"fragB\" within itself via \"fragC\".", 2, 35, 3, 35));
    }
}
