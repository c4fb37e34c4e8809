using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>ValuesOfCorrectTypeRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValuesOfCorrectTypeRule Rule = new();

    [Fact]
    public void AcceptsGoodIntValue() => ExpectValid(Rule, """
        {
          complicatedArgs {
            intArgField(intArg: 2)
          }
        }
        """);

    [Fact]
    public void AcceptsGoodNegativeInt() => ExpectValid(Rule, """
        {
          complicatedArgs {
            intArgField(intArg: -2)
          }
        }
        """);

    [Fact]
    public void AcceptsGoodBooleanStringAndNullValues() => ExpectValid(Rule, """"
        {
          complicatedArgs {
            booleanArgField(booleanArg: true)
            stringArgField(stringArg: "foo")
            block: stringArgField(stringArg: """block""")
            intArgField(intArg: null)
          }
        }
        """");

    [Fact]
    public void AcceptsIntAndFloatForFloat() => ExpectValid(Rule, """
        {
          complicatedArgs {
            a: floatArgField(floatArg: 1.1)
            b: floatArgField(floatArg: -1.1)
            c: floatArgField(floatArg: 1)
            d: floatArgField(floatArg: 1e3)
          }
        }
        """);

    [Fact]
    public void AcceptsIntAndStringForId() => ExpectValid(Rule, """
        {
          complicatedArgs {
            a: idArgField(idArg: 1)
            b: idArgField(idArg: "someIdString")
          }
        }
        """);

    [Fact]
    public void AcceptsGoodEnumValue() => ExpectValid(Rule, """
        {
          dog {
            doesKnowCommand(dogCommand: SIT)
          }
          complicatedArgs {
            enumArgField(enumArg: BROWN)
          }
        }
        """);

    [Fact]
    public void RejectsIntIntoString()
    {
        ExpectErrors(
            Rule,
            """
            {
              complicatedArgs {
                stringArgField(stringArg: 1)
              }
            }
            """,
            Error("String cannot represent a non string value: 1", 3, 31));
    }

    [Fact]
    public void RejectsFloatAndBooleanIntoString()
    {
        ExpectErrors(
            Rule,
            """
            {
              complicatedArgs {
                a: stringArgField(stringArg: 1.0)
                b: stringArgField(stringArg: true)
                c: stringArgField(stringArg: BAR)
              }
            }
            """,
            Error("String cannot represent a non string value: 1.0", 3, 34),
            Error("String cannot represent a non string value: true", 4, 34),
            Error("String cannot represent a non string value: BAR", 5, 34));
    }

    [Fact]
    public void RejectsStringFloatAndBigIntIntoInt()
    {
        ExpectErrors(
            Rule,
            """
            {
              complicatedArgs {
                a: intArgField(intArg: "3")
                b: intArgField(intArg: 3.0)
                c: intArgField(intArg: 3.333)
                d: intArgField(intArg: 829384293849283498239482938)
                e: intArgField(intArg: 2147483648)
                f: intArgField(intArg: FOO)
              }
            }
            """,
            Error("Int cannot represent non-integer value: \"3\"", 3, 28),
            Error("Int cannot represent non-integer value: 3.0", 4, 28),
            Error("Int cannot represent non-integer value: 3.333", 5, 28),
            Error("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", 6, 28),
            Error("Int cannot represent non 32-bit signed integer value: 2147483648", 7, 28),
            Error("Int cannot represent non-integer value: FOO", 8, 28));
    }

    [Fact]
    public void RejectsStringAndEnumIntoFloat()
    {
        ExpectErrors(
            Rule,
            """
            {
              complicatedArgs {
                a: floatArgField(floatArg: "3.333")
                b: floatArgField(floatArg: true)
                c: floatArgField(floatArg: FOO)
              }
            }
            """,
            Error("Float cannot represent non numeric value: \"3.333\"", 3, 32),
            Error("Float cannot represent non numeric value: true", 4, 32),
            Error("Float cannot represent non numeric value: FOO", 5, 32));
    }

    [Fact]
    public void RejectsNonBooleansIntoBoolean()
    {
        ExpectErrors(
            Rule,
            """
            {
              complicatedArgs {
                a: booleanArgField(booleanArg: 2)
                b: booleanArgField(booleanArg: 1.0)
                c: booleanArgField(booleanArg: "true")
                d: booleanArgField(booleanArg: TRUE)
              }
            }
            """,
            Error("Boolean cannot represent a non boolean value: 2", 3, 36),
            Error("Boolean cannot represent a non boolean value: 1.0", 4, 36),
            Error("Boolean cannot represent a non boolean value: \"true\"", 5, 36),
            Error("Boolean cannot represent a non boolean value: TRUE", 6, 36));
    }

    [Fact]
    public void RejectsFloatBooleanAndEnumIntoId()
    {
        ExpectErrors(
            Rule,
            """
            {
              complicatedArgs {
                a: idArgField(idArg: 1.0)
                b: idArgField(idArg: true)
                c: idArgField(idArg: SOMETHING)
              }
            }
            """,
            Error("ID cannot represent a non-string and non-integer value: 1.0", 3, 26),
            Error("ID cannot represent a non-string and non-integer value: true", 4, 26),
            Error("ID cannot represent a non-string and non-integer value: SOMETHING", 5, 26));
    }

    [Fact]
    public void RejectsBadEnumValues()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog {
                a: doesKnowCommand(dogCommand: 2)
                b: doesKnowCommand(dogCommand: 1.0)
                c: doesKnowCommand(dogCommand: "SIT")
                d: doesKnowCommand(dogCommand: true)
                e: doesKnowCommand(dogCommand: JUGGLE)
                f: doesKnowCommand(dogCommand: sit)
              }
            }
            """,
            Error("Enum \"DogCommand\" cannot represent non-enum value: 2.", 3, 36),
            Error("Enum \"DogCommand\" cannot represent non-enum value: 1.0.", 4, 36),
            Error("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", 5, 36),
            Error("Enum \"DogCommand\" cannot represent non-enum value: true.", 6, 36),
            Error("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", 7, 36),
            Error("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", 8, 36));
    }

    [Fact]
    public void SuggestsEnumValues()
    {
        ExpectErrors(
            Rule,
            """
            {
              complicatedArgs {
                a: enumArgField(enumArg: "BROWN")
                b: enumArgField(enumArg: brown)
                c: enumArgField(enumArg: BLAK)
              }
            }
            """,
            Error("Enum \"FurColor\" cannot represent non-enum value: \"BROWN\". Did you mean the enum value \"BROWN\"?", 3, 30),
            Error("Value \"brown\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BROWN\"?", 4, 30),
            Error("Value \"BLAK\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BLACK\"?", 5, 30));
    }

    [Fact]
    public void AcceptsGoodListValues() => ExpectValid(Rule, """
        {
          complicatedArgs {
            a: stringListArgField(stringListArg: ["one", null, "two"])
            b: stringListArgField(stringListArg: [])
            c: stringListArgField(stringListArg: null)
            d: stringListArgField(stringListArg: "one")
          }
        }
        """);

    [Fact]
    public void RejectsBadListValues()
    {
        ExpectErrors(
            Rule,
            """
            {
              complicatedArgs {
                a: stringListArgField(stringListArg: ["one", 2])
                b: stringListArgField(stringListArg: 1)
                c: stringListNonNullArgField(stringListNonNullArg: ["one", null])
                d: nonNullListArgField(nonNullListArg: [true, [false]])
              }
            }
            """,
            Error("String cannot represent a non string value: 2", 3, 50),
            Error("String cannot represent a non string value: 1", 4, 42),
            Error("Expected value of type \"String!\", found null.", 5, 64),
            Error("Boolean cannot represent a non boolean value: [false]", 6, 51));
    }

    [Fact]
    public void RejectsListWhereScalarExpected()
    {
        ExpectErrors(
            Rule,
            """
            {
              complicatedArgs {
                a: intArgField(intArg: [1, 2])
                b: nonNullIntArgField(nonNullIntArg: [1])
                c: enumArgField(enumArg: [BROWN])
              }
            }
            """,
            Error("Int cannot represent non-integer value: [1, 2]", 3, 28),
            Error("Int cannot represent non-integer value: [1]", 4, 42),
            Error("Enum \"FurColor\" cannot represent non-enum value: [BROWN]. Did you mean the enum value \"BROWN\"?", 5, 30));
    }

    [Fact]
    public void AcceptsValidNonNullableValues() => ExpectValid(Rule, """
        {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: 2)
            multipleReqs(req1: 1, req2: 2)
            multipleOptAndReq(req1: 3, req2: 4, opt1: 5)
          }
        }
        """);

    [Fact]
    public void RejectsNullForNonNullArguments()
    {
        ExpectErrors(
            Rule,
            """
            {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: null)
                multipleReqs(req1: null, req2: 2)
                nonNullListArgField(nonNullListArg: [null])
              }
            }
            """,
            Error("Expected value of type \"Int!\", found null.", 3, 39),
            Error("Expected value of type \"Int!\", found null.", 4, 24),
            Error("Expected value of type \"Boolean!\", found null.", 5, 42));
    }

    [Fact]
    public void AcceptsValidInputObjects() => ExpectValid(Rule, """
        {
          complicatedArgs {
            a: complexArgField(complexArg: { requiredField: true })
            b: complexArgField(complexArg: { requiredField: false, nonNullField: true, intField: 4 })
            c: complexArgField(complexArg: { stringListField: ["one", "two"], requiredField: true, nested: { requiredField: false } })
          }
        }
        """);

    [Fact]
    public void RejectsInputObjectMissingRequiredField()
    {
        ExpectErrors(
            Rule,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { intField: 4 })
              }
            }
            """,
            Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", 3, 33));
    }

    [Fact]
    public void RejectsBadValuesInInputObjectFields()
    {
        ExpectErrors(
            Rule,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  stringListField: ["one", 2],
                  requiredField: true,
                  nested: { intField: "four" }
                })
              }
            }
            """,
            Error("String cannot represent a non string value: 2", 4, 32),
            Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", 6, 15),
            Error("Int cannot represent non-integer value: \"four\"", 6, 27));
    }

    [Fact]
    public void RejectsUnknownInputObjectField()
    {
        ExpectErrors(
            Rule,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  invalidField: "value"
                  strinField: "value"
                })
              }
            }
            """,
            Error("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", 5, 7),
            Error("Field \"strinField\" is not defined by type \"ComplexInput\". Did you mean \"stringField\", \"intField\", or \"stringListField\"?", 6, 7));
    }

    [Fact]
    public void RejectsNonObjectForInputObjectAndObjectForScalar()
    {
        ExpectErrors(
            Rule,
            """
            {
              complicatedArgs {
                a: complexArgField(complexArg: 1)
                b: complexArgField(complexArg: "str")
                c: intArgField(intArg: { a: 1 })
                d: enumArgField(enumArg: { a: 1 })
              }
              findDog(searchBy: [{ name: "Rex" }]) { name }
            }
            """,
            Error("Expected value of type \"ComplexInput\", found 1.", 3, 36),
            Error("Expected value of type \"ComplexInput\", found \"str\".", 4, 36),
            Error("Int cannot represent non-integer value: {a: 1}", 5, 28),
            Error("Enum \"FurColor\" cannot represent non-enum value: {a: 1}.", 6, 30),
            Error("Expected value of type \"FindDogInput\", found [{name: \"Rex\"}].", 8, 21));
    }

    [Fact]
    public void RejectsNullForRequiredInputFieldsAndNested()
    {
        ExpectErrors(
            Rule,
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: null, nonNullField: null, nested: {} })
              }
            }
            """,
            Error("Expected value of type \"Boolean!\", found null.", 3, 50),
            Error("Expected value of type \"Boolean!\", found null.", 3, 70),
            Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", 3, 84));
    }

    [Fact]
    public void AcceptsOneOfWithExactlyOneField() => ExpectValid(Rule, """
        {
          a: findPet(filter: { name: "Rex" }) { name }
          b: findPet(filter: { furColor: BROWN }) { name }
          complicatedArgs { oneOfArgField(oneOfArg: { id: 4 }) }
        }
        """);

    [Fact]
    public void RejectsOneOfWithoutOrWithManyFields()
    {
        ExpectErrors(
            Rule,
            """
            {
              a: findPet(filter: {}) { name }
              b: findPet(filter: { name: "Rex", id: 4 }) { name }
            }
            """,
            Error("OneOf Input Object \"PetFilter\" must specify exactly one key.", 2, 22),
            Error("OneOf Input Object \"PetFilter\" must specify exactly one key.", 3, 22));
    }

    [Fact]
    public void RejectsOneOfWithNullField()
    {
        ExpectErrors(
            Rule,
            """
            {
              findPet(filter: { name: null }) { name }
            }
            """,
            Error("Field \"PetFilter.name\" must be non-null.", 2, 19));
    }

    [Fact]
    public void RejectsOneOfWithBadFieldValue()
    {
        ExpectErrors(
            Rule,
            """
            {
              a: findPet(filter: { furColor: PURPLE }) { name }
              b: findPet(filter: { unknown: 1 }) { name }
            }
            """,
            Error("Value \"PURPLE\" does not exist in \"FurColor\" enum.", 2, 34),
            Error("Field \"unknown\" is not defined by type \"PetFilter\".", 3, 24));
    }

    [Fact]
    public void AcceptsVariableDefaultValues() => ExpectValid(Rule, """
        query WithDefaultValues(
          $a: Int = 1,
          $b: String = "ok",
          $c: ComplexInput = { requiredField: true, intField: 3 }
          $d: Int! = 3
        ) {
          dog { name }
        }
        """);

    [Fact]
    public void RejectsBadVariableDefaultValues()
    {
        ExpectErrors(
            Rule,
            """
            query InvalidDefaultValues(
              $a: Int = "one",
              $b: String = 4,
              $c: ComplexInput = "NotVeryComplex"
              $d: Int! = null
              $e: ComplexInput = { requiredField: 1, intField: "3" }
              $f: [String] = ["one", 2]
              $g: PetFilter = { name: "a", id: 1 }
            ) {
              dog { name }
            }
            """,
            Error("Int cannot represent non-integer value: \"one\"", 2, 13),
            Error("String cannot represent a non string value: 4", 3, 16),
            Error("Expected value of type \"ComplexInput\", found \"NotVeryComplex\".", 4, 22),
            Error("Expected value of type \"Int!\", found null.", 5, 14),
            Error("Boolean cannot represent a non boolean value: 1", 6, 39),
            Error("Int cannot represent non-integer value: \"3\"", 6, 52),
            Error("String cannot represent a non string value: 2", 7, 26),
            Error("OneOf Input Object \"PetFilter\" must specify exactly one key.", 8, 19));
    }

    [Fact]
    public void RejectsBadValuesInDirectiveArguments()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog @include(if: "yes") {
                name @skip(if: ENUM)
              }
              cat @withArgs(required: 1, optional: "two", list: [1, null]) { name }
            }
            """,
            Error("Boolean cannot represent a non boolean value: \"yes\"", 2, 20),
            Error("Boolean cannot represent a non boolean value: ENUM", 3, 20),
            Error("String cannot represent a non string value: 1", 5, 27),
            Error("Int cannot represent non-integer value: \"two\"", 5, 40),
            Error("Expected value of type \"Int!\", found null.", 5, 57));
    }

    [Fact]
    public void IgnoresVariablesAndUnknownArguments() => ExpectValid(Rule, """
        query ($v: Int) {
          complicatedArgs {
            intArgField(intArg: $v)
            stringListArgField(stringListArg: ["a", $v])
            unknown(arg: "anything")
            complexArgField(complexArg: { requiredField: $v, intField: $v })
          }
        }
        """);

    [Fact]
    public void RejectsValuesInUnknownDirectiveArgumentByFieldArgument()
    {
        ExpectErrors(
            Rule,
            """
            {
              complicatedArgs {
                intArgField(intArg: 1) @unknownDirective(intArg: "str")
              }
            }
            """,
            Error("Int cannot represent non-integer value: \"str\"", 3, 54));
    }
}
