using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>PossibleFragmentSpreadsRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class PossibleFragmentSpreadsRuleTests
{
    private static readonly PossibleFragmentSpreadsRule Rule = new();

    [Fact]
    public void AcceptsSameObjectAndSubtypes() => ExpectValid(Rule, """
        fragment objectWithinObject on Dog { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        fragment objectWithinInterface on Pet { ...dogFragment }
        fragment objectWithinUnion on CatOrDog { ...dogFragment }
        """);

    [Fact]
    public void AcceptsInlineFragmentsThatOverlap() => ExpectValid(Rule, """
        fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }
        fragment interfaceWithinObject on Dog { ... on Pet { name } }
        fragment unionWithinInterface on Pet { ... on CatOrDog { __typename } }
        fragment unionWithinUnion on DogOrHuman { ... on CatOrDog { __typename } }
        """);

    [Fact]
    public void AcceptsInterfaceWithinInterfaceAndInterfaceImplementingInterface() => ExpectValid(Rule, """
        fragment interfaceWithinInterface on Pet { ...petFragment }
        fragment petFragment on Pet { name }
        fragment canineWithinPet on Pet { ... on Canine { packSize } }
        """);

    [Fact]
    public void IgnoresUnknownFragmentsAndTypes() => ExpectValid(Rule, """
        fragment a on Dog { ...unknown }
        fragment b on Dog { ... on Unknown { name } }
        """);

    [Fact]
    public void RejectsDifferentObjectTypes()
    {
        ExpectErrors(
            Rule,
            """
            fragment invalidObjectWithinObject on Cat { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """,
            Error("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", 1, 45));
    }

    [Fact]
    public void RejectsInlineFragmentOfDifferentObjectType()
    {
        ExpectErrors(
            Rule,
            """
            fragment invalidObjectWithinObjectAnon on Cat {
              ... on Dog { barkVolume }
            }
            """,
            Error("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", 2, 3));
    }

    [Fact]
    public void RejectsObjectNotInUnionOrInterface()
    {
        ExpectErrors(
            Rule,
            """
            fragment invalidObjectWithinInterface on Pet { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
            """,
            Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", 1, 48),
            Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", 3, 49));
    }

    [Fact]
    public void RejectsUnionAndInterfaceWithoutCommonTypes()
    {
        ExpectErrors(
            Rule,
            """
            fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            fragment invalidUnionWithinUnion on CatOrDog { ... on HumanOrAlien { __typename } }
            fragment invalidInterfaceWithinObject on Cat { ... on Sentient { name } }
            fragment invalidInterfaceWithinInterface on Pet { ...sentientFragment }
            fragment sentientFragment on Sentient { name }
            """,
            Error("Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".", 1, 46),
            Error("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", 3, 47),
            Error("Fragment cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", 5, 48),
            Error("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Sentient\".", 6, 48),
            Error("Fragment \"sentientFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Sentient\".", 7, 51));
    }
}
