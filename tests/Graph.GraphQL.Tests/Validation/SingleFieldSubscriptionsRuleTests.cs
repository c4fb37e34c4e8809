using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>SingleFieldSubscriptionsRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class SingleFieldSubscriptionsRuleTests
{
    private static readonly SingleFieldSubscriptionsRule Rule = new();

    [Fact]
    public void AcceptsOneField() => ExpectValid(Rule, """
        subscription ImportantEmails {
          newDog { name }
        }
        """);

    [Fact]
    public void AcceptsOneFieldWithArguments() => ExpectValid(Rule, """
        subscription {
          newPets(filter: { name: "Rex" }) { name }
        }
        """);

    [Fact]
    public void AcceptsFragmentWithOneField() => ExpectValid(Rule, """
        subscription Sub {
          ...NewDog
        }

        fragment NewDog on SubscriptionRoot {
          newDog { name }
        }
        """);

    [Fact]
    public void AcceptsSameFieldTwice() => ExpectValid(Rule, """
        subscription Sub {
          newDog { name }
          newDog { nickname }
        }
        """);

    [Fact]
    public void AcceptsFieldsSkippedByLiteral() => ExpectValid(Rule, """
        subscription Sub {
          newDog { name }
          newCat @skip(if: true) { name }
          ... @include(if: false) {
            newPets { name }
          }
        }
        """);

    [Fact]
    public void AcceptsQueriesWithManyFields() => ExpectValid(Rule, """
        query {
          dog { name }
          cat { name }
        }
        """);

    [Fact]
    public void RejectsTwoFields()
    {
        ExpectErrors(
            Rule,
            """
            subscription ImportantEmails {
              newDog { name }
              newCat { name }
            }
            """,
            Error("Subscription \"ImportantEmails\" must select only one top level field.", 3, 3));
    }

    [Fact]
    public void RejectsTwoFieldsInAnonymousSubscription()
    {
        ExpectErrors(
            Rule,
            """
            subscription {
              newDog { name }
              newCat { name }
            }
            """,
            Error("Anonymous Subscription must select only one top level field.", 3, 3));
    }

    [Fact]
    public void RejectsManyFieldsListingAllButTheFirst()
    {
        ExpectErrors(
            Rule,
            """
            subscription Sub {
              newDog { name }
              newCat { name }
              newPets { name }
              alsoCat: newCat { name }
            }
            """,
            Error("Subscription \"Sub\" must select only one top level field.", 3, 3, 4, 3, 5, 3));
    }

    [Fact]
    public void RejectsSecondFieldFromFragment()
    {
        ExpectErrors(
            Rule,
            """
            subscription Sub {
              ...Fields
            }

            fragment Fields on SubscriptionRoot {
              newDog { name }
              newCat { name }
            }
            """,
            Error("Subscription \"Sub\" must select only one top level field.", 7, 3));
    }

    [Fact]
    public void RejectsSecondFieldFromInlineFragment()
    {
        ExpectErrors(
            Rule,
            """
            subscription Sub {
              newDog { name }
              ... on SubscriptionRoot {
                newCat { name }
              }
            }
            """,
            Error("Subscription \"Sub\" must select only one top level field.", 4, 5));
    }

    [Fact]
    public void RejectsIntrospectionField()
    {
        ExpectErrors(
            Rule,
            """
            subscription Sub {
              __typename
            }
            """,
            Error("Subscription \"Sub\" must not select an introspection top level field.", 2, 3));
    }

    [Fact]
    public void RejectsIntrospectionFieldBesideAnother()
    {
        ExpectErrors(
            Rule,
            """
            subscription {
              newDog { name }
              __typename
            }
            """,
            Error("Anonymous Subscription must select only one top level field.", 3, 3),
            Error("Anonymous Subscription must not select an introspection top level field.", 3, 3));
    }

    [Fact]
    public void ReportsSkipDirectiveWithVariable()
    {
        // graphql-js throws this error out of validate(); here it is reported as a validation error.
        ExpectErrors(
            Rule,
            """
            subscription Sub($skip: Boolean!) {
              newDog @skip(if: $skip) { name }
              newCat { name }
            }
            """,
            Error("Argument \"if\" of required type \"Boolean!\" was provided the variable \"$skip\" which was not provided a runtime value.", 2, 20));
    }

    [Fact]
    public void ReportsSkipWithoutIfArgument()
    {
        // graphql-js throws this error out of validate(); here it is reported as a validation error.
        ExpectErrors(
            Rule,
            """
            subscription Sub {
              newDog @skip { name }
              newCat { name }
            }
            """,
            Error("Argument \"if\" of required type \"Boolean!\" was not provided.", 2, 10));
    }

    [Fact]
    public void ReportsIncludeWithInvalidLiteral()
    {
        // graphql-js throws this error out of validate(); here it is reported as a validation error.
        ExpectErrors(
            Rule,
            """
            subscription Sub {
              newDog @include(if: "yes") { name }
            }
            """,
            Error("Argument \"if\" has invalid value \"yes\".", 2, 23));
    }

    [Fact]
    public void ReportsSkipWithNullLiteral()
    {
        // graphql-js throws this error out of validate(); here it is reported as a validation error.
        ExpectErrors(
            Rule,
            """
            subscription Sub {
              newDog @skip(if: null) { name }
            }
            """,
            Error("Argument \"if\" of non-null type \"Boolean!\" must not be null.", 2, 20));
    }
}
