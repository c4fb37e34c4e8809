using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>ScalarLeafsRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class ScalarLeafsRuleTests
{
    private static readonly ScalarLeafsRule Rule = new();

    [Fact]
    public void AcceptsScalarSelection() => ExpectValid(Rule, """
        fragment scalarSelection on Dog {
          barks: barkVolume
        }
        """);

    [Fact]
    public void AcceptsObjectWithSubselection() => ExpectValid(Rule, """
        {
          dog { name owner { name } }
        }
        """);

    [Fact]
    public void RejectsObjectWithoutSubselection()
    {
        ExpectErrors(
            Rule,
            """
            query directQueryOnObjectWithoutSubFields {
              human
            }
            """,
            Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", 2, 3));
    }

    [Fact]
    public void RejectsInterfaceAndUnionWithoutSubselection()
    {
        ExpectErrors(
            Rule,
            """
            {
              pet
              catOrDog
            }
            """,
            Error("Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"?", 2, 3),
            Error("Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"?", 3, 3));
    }

    [Fact]
    public void RejectsListOfObjectsWithoutSubselection()
    {
        ExpectErrors(
            Rule,
            """
            {
              human {
                pets
                relatives
              }
            }
            """,
            Error("Field \"pets\" of type \"[Pet!]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", 3, 5),
            Error("Field \"relatives\" of type \"[Human]\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", 4, 5));
    }

    [Fact]
    public void RejectsSelectionOnBoolean()
    {
        ExpectErrors(
            Rule,
            """
            fragment scalarSelectionsNotAllowedOnBoolean on Dog {
              barks: barkVolume {
                sinceWhen
              }
            }
            """,
            Error("Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields.", 2, 21));
    }

    [Fact]
    public void RejectsSelectionOnEnum()
    {
        ExpectErrors(
            Rule,
            """
            fragment scalarSelectionsNotAllowedOnEnum on Cat {
              furColor {
                inHexadecimal
              }
            }
            """,
            Error("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", 2, 12));
    }

    [Fact]
    public void RejectsSelectionOnScalarWithArguments()
    {
        ExpectErrors(
            Rule,
            """
            fragment scalarSelectionsNotAllowedWithArgs on Dog {
              doesKnowCommand(dogCommand: SIT) {
                sinceWhen
              }
            }
            """,
            Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean!\" has no subfields.", 2, 36));
    }

    [Fact]
    public void RejectsObjectWithoutSubselectionWithDirectiveAndArgs()
    {
        ExpectErrors(
            Rule,
            """
            {
              human(id: "1") @onField
            }
            """,
            Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", 2, 3));
    }
}
