using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>VariablesInAllowedPositionRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class VariablesInAllowedPositionRuleTests
{
    private static readonly VariablesInAllowedPositionRule Rule = new();

    [Fact]
    public void AcceptsBooleanIntoBoolean() => ExpectValid(Rule, """
        query Query($booleanArg: Boolean)
        {
          complicatedArgs {
            booleanArgField(booleanArg: $booleanArg)
          }
        }
        """);

    [Fact]
    public void AcceptsBooleanIntoBooleanWithinFragment() => ExpectValid(Rule, """
        fragment booleanArgFrag on ComplicatedArgs {
          booleanArgField(booleanArg: $booleanArg)
        }
        query Query($booleanArg: Boolean)
        {
          complicatedArgs {
            ...booleanArgFrag
          }
        }
        """);

    [Fact]
    public void AcceptsNonNullIntoNullable() => ExpectValid(Rule, """
        query Query($nonNullBooleanArg: Boolean!)
        {
          complicatedArgs {
            booleanArgField(booleanArg: $nonNullBooleanArg)
          }
        }
        """);

    [Fact]
    public void AcceptsListsAndItemsOfCompatibleTypes() => ExpectValid(Rule, """
        query Query($stringListVar: [String!], $stringVar: String, $nonNull: [String]!)
        {
          complicatedArgs {
            a: stringListArgField(stringListArg: $stringListVar)
            b: stringListArgField(stringListArg: [$stringVar])
            c: stringListArgField(stringListArg: $nonNull)
          }
        }
        """);

    [Fact]
    public void AcceptsInputObjectAndNestedFields() => ExpectValid(Rule, """
        query Query($complexVar: ComplexInput, $boolVar: Boolean!, $intVar: Int)
        {
          complicatedArgs {
            a: complexArgField(complexArg: $complexVar)
            b: complexArgField(complexArg: { requiredField: $boolVar, intField: $intVar })
          }
        }
        """);

    [Fact]
    public void AcceptsDirectiveArguments() => ExpectValid(Rule, """
        query Query($boolVar: Boolean = false)
        {
          dog @include(if: $boolVar) { name }
        }
        """);

    [Fact]
    public void AcceptsNullableVariableWhereArgumentHasDefault() => ExpectValid(Rule, """
        query Query($boolVar: Boolean)
        {
          dog { isHouseTrained(atOtherHomes: $boolVar) }
          complicatedArgs { nonNullFieldWithDefault(arg: $intVar) }
        }
        """);

    [Fact]
    public void RejectsIntIntoNonNullInt()
    {
        ExpectErrors(
            Rule,
            """
            query Query($intArg: Int) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intArg)
              }
            }
            """,
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", 1, 13, 3, 39));
    }

    [Fact]
    public void RejectsIntIntoNonNullIntWithinFragments()
    {
        ExpectErrors(
            Rule,
            """
            fragment nonNullIntArgFieldFrag on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $intArg)
            }
            fragment outerFrag on ComplicatedArgs {
              ...nonNullIntArgFieldFrag
            }
            query Query($intArg: Int) {
              complicatedArgs {
                ...outerFrag
              }
            }
            """,
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", 7, 13, 2, 37));
    }

    [Fact]
    public void RejectsStringIntoBooleanAndListMismatches()
    {
        ExpectErrors(
            Rule,
            """
            query Query($stringVar: String, $stringListVar: [String], $boolVar: Boolean) {
              complicatedArgs {
                booleanArgField(booleanArg: $stringVar)
                stringArgField(stringArg: $stringListVar)
                stringListNonNullArgField(stringListNonNullArg: $stringListVar)
                nonNullListArgField(nonNullListArg: [$boolVar])
              }
            }
            """,
            Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".", 1, 13, 3, 33),
            Error("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"String\".", 1, 33, 4, 31),
            Error("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".", 1, 33, 5, 53),
            Error("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", 1, 59, 6, 42));
    }

    [Fact]
    public void RejectsNullableBooleanInDirective()
    {
        ExpectErrors(
            Rule,
            """
            query Query($boolVar: Boolean) {
              dog @include(if: $boolVar) { name }
            }
            """,
            Error("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", 1, 13, 2, 20));
    }

    [Fact]
    public void RejectsWrongTypeInDirective()
    {
        ExpectErrors(
            Rule,
            """
            query Query($stringVar: String) {
              dog @include(if: $stringVar) { name }
            }
            """,
            Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean!\".", 1, 13, 2, 20));
    }

    [Fact]
    public void AcceptsNullableVariableWithNonNullDefault() => ExpectValid(Rule, """
        query Query($intVar: Int = 1) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intVar)
          }
        }
        """);

    [Fact]
    public void RejectsNullableVariableWithNullDefault()
    {
        ExpectErrors(
            Rule,
            """
            query Query($intVar: Int = null) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """,
            Error("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", 1, 13, 3, 39));
    }

    [Fact]
    public void RejectsNullableVariableInOneOfField()
    {
        ExpectErrors(
            Rule,
            """
            query Query($name: String, $id: ID!, $color: FurColor = BROWN) {
              complicatedArgs {
                a: oneOfArgField(oneOfArg: { name: $name })
                b: oneOfArgField(oneOfArg: { id: $id })
                c: oneOfArgField(oneOfArg: { furColor: $color })
              }
            }
            """,
            Error("Variable \"$name\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"PetFilter\".", 1, 13, 3, 40),
            Error("Variable \"$color\" is of type \"FurColor\" but must be non-nullable to be used for OneOf Input Object \"PetFilter\".", 1, 38, 5, 44));
    }

    [Fact]
    public void IgnoresOneOfFieldsWhenArgumentTypeIsNonNull() => ExpectValid(Rule, """
        query Query($name: String) {
          findPet(filter: { name: $name }) { name }
        }
        """);

    [Fact]
    public void RejectsVariableOfEnumTypeForOtherEnum()
    {
        ExpectErrors(
            Rule,
            """
            query Query($cmd: CatCommand!, $color: FurColor) {
              dog { doesKnowCommand(dogCommand: $cmd) }
              complicatedArgs { enumArgField(enumArg: $color) }
            }
            """,
            Error("Variable \"$cmd\" of type \"CatCommand!\" used in position expecting type \"DogCommand!\".", 1, 13, 2, 37));
    }

    [Fact]
    public void RejectsInterfaceFieldArgumentMismatchInMutation()
    {
        ExpectErrors(
            Rule,
            """
            mutation Rename($name: String) {
              renameDog(name: $name) { name }
            }
            """,
            Error("Variable \"$name\" of type \"String\" used in position expecting type \"String!\".", 1, 17, 2, 19));
    }
}
