using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>OverlappingFieldsCanBeMergedRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly OverlappingFieldsCanBeMergedRule Rule = new();

    [Fact]
    public void AcceptsUniqueFields() => ExpectValid(Rule, """
        fragment uniqueFields on Dog {
          name
          nickname
        }
        """);

    [Fact]
    public void AcceptsIdenticalFields() => ExpectValid(Rule, """
        fragment mergeIdenticalFields on Dog {
          name
          name
        }
        """);

    [Fact]
    public void AcceptsIdenticalFieldsWithIdenticalArgs() => ExpectValid(Rule, """
        fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: SIT)
        }
        """);

    [Fact]
    public void AcceptsIdenticalFieldsWithIdenticalDirectives() => ExpectValid(Rule, """
        fragment mergeSameFieldsWithSameDirectives on Dog {
          name @include(if: true)
          name @include(if: true)
        }
        """);

    [Fact]
    public void AcceptsDifferentArgsWithDifferentAliases() => ExpectValid(Rule, """
        fragment differentArgsWithDifferentAliases on Dog {
          knowsSit: doesKnowCommand(dogCommand: SIT)
          knowsDown: doesKnowCommand(dogCommand: DOWN)
        }
        """);

    [Fact]
    public void AcceptsDifferentDirectivesWithDifferentAliases() => ExpectValid(Rule, """
        fragment differentDirectivesWithDifferentAliases on Dog {
          nameIfTrue: name @include(if: true)
          nameIfFalse: name @include(if: false)
        }
        """);

    [Fact]
    public void AcceptsDifferentSkipIncludeDirectives() => ExpectValid(Rule, """
        fragment differentDirectivesWithDifferentAliases on Dog {
          name @include(if: true)
          name @include(if: false)
        }
        """);

    [Fact]
    public void RejectsSameAliasesWithDifferentFieldTargets()
    {
        ExpectErrors(
            Rule,
            """
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              fido: name
              fido: nickname
            }
            """,
            Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 2, 3, 3, 3));
    }

    [Fact]
    public void AcceptsSameAliasesOnNonOverlappingParentTypes() => ExpectValid(Rule, """
        fragment sameAliasesWithDifferentFieldTargets on Pet {
          ... on Dog {
            volume: barkVolume
          }
          ... on Cat {
            volume: meowVolume
          }
        }
        """);

    [Fact]
    public void RejectsDifferentNullabilityOnNonOverlappingParentTypes()
    {
        ExpectErrors(
            Rule,
            """
            fragment sameAliasesWithDifferentFieldTargets on Pet {
              ... on Dog {
                name
              }
              ... on Cat {
                name: nickname
              }
            }
            """,
            Error("Fields \"name\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", 3, 5, 6, 5));
    }

    [Fact]
    public void RejectsAliasMaskingDirectFieldAccess()
    {
        ExpectErrors(
            Rule,
            """
            fragment aliasMaskingDirectFieldAccess on Dog {
              name: nickname
              name
            }
            """,
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 2, 3, 3, 3));
    }

    [Fact]
    public void RejectsDifferentArgsSecondAddsArgument()
    {
        ExpectErrors(
            Rule,
            """
            fragment conflictingArgs on Dog {
              doesKnowCommand
              doesKnowCommand(dogCommand: HEEL)
            }
            """,
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", 2, 3, 3, 3));
    }

    [Fact]
    public void RejectsDifferentArgsSecondMissingArgument()
    {
        ExpectErrors(
            Rule,
            """
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand
            }
            """,
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", 2, 3, 3, 3));
    }

    [Fact]
    public void RejectsConflictingArgValues()
    {
        ExpectErrors(
            Rule,
            """
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: HEEL)
            }
            """,
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", 2, 3, 3, 3));
    }

    [Fact]
    public void RejectsConflictingArgNames()
    {
        ExpectErrors(
            Rule,
            """
            fragment conflictingArgs on Dog {
              isAtLocation(x: 0)
              isAtLocation(y: 0)
            }
            """,
            Error("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", 2, 3, 3, 3));
    }

    [Fact]
    public void AcceptsArgumentsInDifferentOrder() => ExpectValid(Rule, """
        fragment sameArgsDifferentOrder on Dog {
          isAtLocation(x: 0, y: 1)
          isAtLocation(y: 1, x: 0)
        }
        """);

    [Fact]
    public void RejectsIntAndFloatLiteralsAsDifferentArguments()
    {
        ExpectErrors(
            Rule,
            """
            fragment differentLiteralKinds on Dog {
              isAtLocation(x: 1)
              isAtLocation(x: 1.0)
            }
            """,
            Error("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", 2, 3, 3, 3));
    }

    [Fact]
    public void AcceptsObjectArgumentsWithFieldsInAnyOrder() => ExpectValid(Rule, """
        {
          findDog(searchBy: { name: "Rex", owner: "Ann" }) { name }
          findDog(searchBy: { owner: "Ann", name: "Rex" }) { name }
        }
        """);

    [Fact]
    public void RejectsObjectArgumentsWithDifferentValues()
    {
        ExpectErrors(
            Rule,
            """
            {
              findDog(searchBy: { name: "Rex" }) { name }
              findDog(searchBy: { name: "Max" }) { name }
            }
            """,
            Error("Fields \"findDog\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", 2, 3, 3, 3));
    }

    [Fact]
    public void RejectsVariableAndLiteralArguments()
    {
        ExpectErrors(
            Rule,
            """
            query ($x: Int) {
              dog {
                isAtLocation(x: $x)
                isAtLocation(x: 1)
              }
            }
            """,
            Error("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", 3, 5, 4, 5));
    }

    [Fact]
    public void RejectsBlockAndQuotedStringArguments()
    {
        ExpectErrors(
            Rule,
            """"
            {
              findDog(searchBy: { name: "Rex" }) { name }
              findDog(searchBy: { name: """Rex""" }) { name }
            }
            """",
            Error("Fields \"findDog\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", 2, 3, 3, 3));
    }

    [Fact]
    public void AcceptsDifferentArgsOnNonOverlappingObjectTypes() => ExpectValid(Rule, """
        fragment conflictingArgs on Pet {
          ... on Dog {
            name: doesKnowCommand(dogCommand: SIT)
          }
          ... on Cat {
            name: doesKnowCommand(catCommand: JUMP)
          }
        }
        """);

    [Fact]
    public void RejectsConflictWithinInlineFragmentsOfInterface()
    {
        ExpectErrors(
            Rule,
            """
            fragment conflicts on Pet {
              ... on Pet {
                x: name
              }
              ... on Pet {
                x: nickname
              }
            }
            """,
            Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 3, 5, 6, 5));
    }

    [Fact]
    public void RejectsConflictThroughInterfaceEvenIfTypesDiffer()
    {
        ExpectErrors(
            Rule,
            """
            {
              pet {
                ... on Canine {
                  x: name
                }
                ... on Dog {
                  x: nickname
                }
              }
            }
            """,
            Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 4, 7, 7, 7));
    }

    [Fact]
    public void RejectsConflictBetweenFieldAndFragment()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog {
                x: name
                ...DogFields
              }
            }
            fragment DogFields on Dog {
              x: nickname
            }
            """,
            Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 3, 5, 8, 3));
    }

    [Fact]
    public void RejectsConflictBetweenFragments()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog {
                ...A
                ...B
              }
            }
            fragment A on Dog {
              x: name
            }
            fragment B on Dog {
              x: nickname
            }
            """,
            Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 8, 3, 11, 3));
    }

    [Fact]
    public void RejectsConflictReportedOncePerPair()
    {
        ExpectErrors(
            Rule,
            """
            {
              f1 {
                ...A
                ...B
              }
              f2 {
                ...B
                ...A
              }
              f3 {
                ...A
                ...B
                x: c
              }
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """,
            Error("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 17, 3, 20, 3),
            Error("Fields \"x\" conflict because \"c\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 13, 5, 17, 3),
            Error("Fields \"x\" conflict because \"c\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 13, 5, 20, 3));
    }

    [Fact]
    public void RejectsDeepConflict()
    {
        ExpectErrors(
            Rule,
            """
            {
              field {
                x: a
              },
              field {
                x: b
              }
            }
            """,
            Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 2, 3, 3, 5, 5, 3, 6, 5));
    }

    [Fact]
    public void RejectsDeepConflictWithMultipleIssues()
    {
        ExpectErrors(
            Rule,
            """
            {
              field {
                x: a
                y: c
              },
              field {
                x: b
                y: d
              }
            }
            """,
            Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 2, 3, 3, 5, 4, 5, 6, 3, 7, 5, 8, 5));
    }

    [Fact]
    public void RejectsVeryDeepConflict()
    {
        ExpectErrors(
            Rule,
            """
            {
              field {
                deepField {
                  x: a
                }
              },
              field {
                deepField {
                  x: b
                }
              }
            }
            """,
            Error("Fields \"field\" conflict because subfields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 2, 3, 3, 5, 4, 7, 7, 3, 8, 5, 9, 7));
    }

    [Fact]
    public void RejectsDeepConflictToNearestCommonAncestor()
    {
        ExpectErrors(
            Rule,
            """
            {
              field {
                deepField {
                  x: a
                }
                deepField {
                  x: b
                }
              },
              field {
                deepField {
                  y
                }
              }
            }
            """,
            Error("Fields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 3, 5, 4, 7, 6, 5, 7, 7));
    }

    [Fact]
    public void RejectsDeepConflictInFragmentsToNearestCommonAncestor()
    {
        ExpectErrors(
            Rule,
            """
            {
              field {
                ...F
              }
              field {
                ...F
              }
            }
            fragment F on T {
              deepField {
                deeperField {
                  x: a
                }
                deeperField {
                  x: b
                }
              },
              deepField {
                deeperField {
                  y
                }
              }
            }
            """,
            Error("Fields \"deeperField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 11, 5, 12, 7, 14, 5, 15, 7));
    }

    [Fact]
    public void RejectsDeepConflictThroughNestedFragments()
    {
        ExpectErrors(
            Rule,
            """
            {
              field {
                ...F
              }
              field {
                ...I
              }
            }
            fragment F on T {
              x: a
              ...G
            }
            fragment G on T {
              y: c
            }
            fragment I on T {
              y: d
              ...J
            }
            fragment J on T {
              x: b
            }
            """,
            Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 2, 3, 10, 3, 14, 3, 5, 3, 21, 3, 17, 3));
    }

    [Fact]
    public void IgnoresUnknownFragments() => ExpectValid(Rule, """
        {
          field
          ...Unknown
          ...Known
        }

        fragment Known on T {
          field
          ...OtherUnknown
        }
        """);

    [Fact]
    public void RejectsConflictingReturnTypesWhichPotentiallyOverlap()
    {
        ExpectErrors(
            Rule,
            """
            {
              catOrDog {
                ... on Cat {
                  scalar: lives
                }
                ... on Dog {
                  scalar: name
                }
              }
            }
            """,
            Error("Fields \"scalar\" conflict because they return conflicting types \"Int!\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional.", 4, 7, 7, 7));
    }

    [Fact]
    public void RejectsDifferingReturnTypeNullability()
    {
        ExpectErrors(
            Rule,
            """
            {
              catOrDog {
                ... on Cat {
                  volume: lives
                }
                ... on Dog {
                  volume: barkVolume
                }
              }
            }
            """,
            Error("Fields \"volume\" conflict because they return conflicting types \"Int!\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", 4, 7, 7, 7));
    }

    [Fact]
    public void RejectsDifferingReturnTypeListness()
    {
        ExpectErrors(
            Rule,
            """
            {
              dogOrHuman {
                ... on Dog {
                  box: friends { name }
                }
                ... on Human {
                  box: relatives { name }
                }
              }
              humanOrAlien {
                ... on Human {
                  items: pets { name }
                }
                ... on Alien {
                  items: name
                }
              }
            }
            """,
            Error("Fields \"items\" conflict because they return conflicting types \"[Pet!]\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional.", 12, 7, 15, 7));
    }

    [Fact]
    public void AcceptsSameShapeOnDifferentObjectTypes() => ExpectValid(Rule, """
        {
          catOrDog {
            ... on Cat {
              volume: meowVolume
            }
            ... on Dog {
              volume: barkVolume
            }
          }
          catOrDog {
            ... on Dog {
              who: owner { name }
            }
            ... on Cat {
              who: owner { name }
            }
          }
        }
        """);

    [Fact]
    public void RejectsSubfieldConflictOnDifferentObjectTypes()
    {
        ExpectErrors(
            Rule,
            """
            {
              catOrDog {
                ... on Dog {
                  who: owner {
                    x: name
                    iq
                  }
                }
                ... on Cat {
                  who: owner {
                    x: iq
                    iq
                  }
                }
              }
            }
            """,
            Error("Fields \"who\" conflict because subfields \"x\" conflict because they return conflicting types \"String!\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", 4, 7, 5, 9, 10, 7, 11, 9));
    }

    [Fact]
    public void AcceptsDisjointSubfieldsOnDifferentObjectTypes() => ExpectValid(Rule, """
        {
          catOrDog {
            ... on Dog {
              who: owner {
                name
              }
            }
            ... on Cat {
              who: owner {
                x: iq
              }
            }
          }
        }
        """);

    [Fact]
    public void RejectsCompositeAndListOfCompositeOnDifferentObjectTypes()
    {
        ExpectErrors(
            Rule,
            """
            {
              dogOrHuman {
                ... on Dog {
                  who: owner { name }
                }
                ... on Human {
                  who: relatives { name }
                }
              }
            }
            """,
            Error("Fields \"who\" conflict because they return conflicting types \"Human\" and \"[Human]\". Use different aliases on the fields to fetch both if this was intentional.", 4, 7, 7, 7));
    }

    [Fact]
    public void RejectsScalarAndListOfScalars()
    {
        ExpectErrors(
            Rule,
            """
            {
              humanOrAlien {
                ... on Human {
                  val: name
                }
                ... on Alien {
                  val: numEyes
                }
              }
            }
            """,
            Error("Fields \"val\" conflict because they return conflicting types \"String!\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", 4, 7, 7, 7));
    }

    [Fact]
    public void RejectsConflictsInMutationOperation()
    {
        ExpectErrors(
            Rule,
            """
            mutation {
              renameDog(name: "Rex") { x: name }
              renameDog(name: "Max") { x: name }
            }
            """,
            Error("Fields \"renameDog\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", 2, 3, 3, 3));
    }

    [Fact]
    public void AcceptsTypenameOnDifferentParents() => ExpectValid(Rule, """
        {
          catOrDog {
            __typename
            ... on Dog { __typename }
            ... on Cat { __typename }
          }
        }
        """);

    [Fact]
    public void RejectsAliasedTypenameConflict()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog {
                __typename: name
                __typename
              }
            }
            """,
            Error("Fields \"__typename\" conflict because \"name\" and \"__typename\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 3, 5, 4, 5));
    }

    [Fact]
    public void ComparesFieldsInsideInlineFragmentsOnce()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog {
                ... {
                  name
                  x: name
                }
                ... {
                  x: nickname
                }
              }
            }
            """,
            Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 5, 7, 8, 7));
    }

    [Fact]
    public void RejectsManyConflictsAtOneLevel()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog {
                a: name
                a: nickname
                b: name
                b: nickname
                c: barkVolume
                c: packSize
              }
            }
            """,
            Error("Fields \"a\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 3, 5, 4, 5),
            Error("Fields \"b\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 5, 5, 6, 5),
            Error("Fields \"c\" conflict because \"barkVolume\" and \"packSize\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 7, 5, 8, 5));
    }

    [Fact]
    public void FindsConflictsInEverySelectionSet()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog { x: name x: nickname owner { y: name y: iq } }
              cat { z: name z: nickname }
            }
            """,
            Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 2, 9, 2, 17),
            Error("Fields \"y\" conflict because \"name\" and \"iq\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 2, 37, 2, 45),
            Error("Fields \"z\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 3, 9, 3, 17));
    }

    [Fact]
    public void AcceptsRepeatedFragmentSpreads() => ExpectValid(Rule, """
        {
          dog {
            ...DogName
            ...DogName
            ... on Dog { ...DogName }
          }
        }
        fragment DogName on Dog {
          name
        }
        """);

    [Fact]
    public void RejectsConflictInSelfSpreadingFragmentWithoutLooping()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog { ...A }
            }
            fragment A on Dog {
              x: name
              ...A
              ...B
            }
            fragment B on Dog {
              x: nickname
              ...A
            }
            """,
            Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 5, 3, 10, 3),
            Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 5, 3, 10, 3),
            Error("Fields \"x\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 10, 3, 5, 3));
    }

    [Fact]
    public void RejectsConflictBetweenFragmentsSpreadInNestedFields()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog { owner { ...H1 } }
              dog { owner { ...H2 } }
            }
            fragment H1 on Human { x: name }
            fragment H2 on Human { x: iq }
            """,
            Error("Fields \"dog\" conflict because subfields \"owner\" conflict because subfields \"x\" conflict because \"name\" and \"iq\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 2, 3, 2, 9, 5, 24, 3, 3, 3, 9, 6, 24));
    }

    [Fact]
    public void AcceptsFragmentsOnDifferentObjectTypesInNestedFields()
    {
        ExpectErrors(
            Rule,
            """
            {
              catOrDog {
                ... on Dog { owner { ...H1 } }
                ... on Cat { owner { ...H2 } }
              }
            }
            fragment H1 on Human { x: name }
            fragment H2 on Human { x: pets { name } }
            """,
            Error("Fields \"owner\" conflict because subfields \"x\" conflict because they return conflicting types \"String!\" and \"[Pet!]\". Use different aliases on the fields to fetch both if this was intentional.", 3, 18, 7, 24, 4, 18, 8, 24));
    }
}
