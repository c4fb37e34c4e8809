using Graph.GraphQL.Language;
using Graph.GraphQL.Types;
using Graph.GraphQL.Validation;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>
/// Shared test schema (the pets and sentients of the spec's validation examples, plus arguments of every input kind)
/// and assertions that compare validation errors by message and locations.
/// </summary>
internal static class ValidationHarness
{
    public const string Sdl = """
        schema {
          query: QueryRoot
          mutation: MutationRoot
          subscription: SubscriptionRoot
        }

        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onSubscription on SUBSCRIPTION
        directive @onField on FIELD
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onFragmentSpread on FRAGMENT_SPREAD
        directive @onInlineFragment on INLINE_FRAGMENT
        directive @onVariableDefinition on VARIABLE_DEFINITION
        directive @repeatable repeatable on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @withArgs(required: String!, optional: Int = 1, list: [Int!]) on FIELD | QUERY

        interface Sentient {
          name: String!
        }

        interface Pet {
          name: String!
          nickname: String
        }

        interface Canine implements Pet {
          name: String!
          nickname: String
          packSize: Int
        }

        enum DogCommand { SIT DOWN HEEL }
        enum CatCommand { JUMP }
        enum FurColor { BROWN BLACK TAN SPOTTED }

        type Dog implements Pet & Canine {
          name: String!
          nickname: String
          packSize: Int
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean = true): Boolean!
          isAtLocation(x: Int, y: Int): Boolean
          owner: Human
          friends: [Pet]
        }

        type Cat implements Pet {
          name: String!
          nickname: String
          doesKnowCommand(catCommand: CatCommand!): Boolean!
          meowVolume: Int
          owner: Human
          furColor: FurColor
          lives: Int!
        }

        type Human implements Sentient {
          name: String!
          pets: [Pet!]
          iq: Int
          relatives: [Human]
        }

        type Alien implements Sentient {
          name: String!
          homePlanet: String
          numEyes: Int
        }

        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien

        input FindDogInput {
          name: String
          owner: String
        }

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
          nested: ComplexInput
        }

        input PetFilter @oneOf {
          name: String
          id: ID
          furColor: FurColor
        }

        scalar DateTime

        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          dateTimeArgField(dateTimeArg: DateTime): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          nonNullListArgField(nonNullListArg: [Boolean!]!): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: PetFilter): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }

        type QueryRoot {
          dog: Dog
          cat: Cat
          pet: Pet
          canine: Canine
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
          human(id: ID): Human
          alien: Alien
          sentient: Sentient
          findDog(searchBy: FindDogInput): Dog
          findPet(filter: PetFilter!): Pet
          complicatedArgs: ComplicatedArgs
        }

        type MutationRoot {
          renameDog(name: String!): Dog
        }

        type SubscriptionRoot {
          newDog: Dog
          newCat: Cat
          newPets(filter: PetFilter): [Pet]
        }
        """;

    public static GraphQLSchema Schema { get; } = SchemaBuilder.Build(Sdl);

    /// <summary>Runs one rule (or all when null) on <paramref name="query"/>.</summary>
    public static IReadOnlyList<GraphQLError> Validate(IValidationRule? rule, string query, GraphQLSchema? schema = null) =>
        Validator.Validate(schema ?? Schema, Parser.Parse(query), rule is null ? null : new[] { rule });

    public static void ExpectValid(IValidationRule rule, string query, GraphQLSchema? schema = null)
    {
        var errors = Validate(rule, query, schema);
        Assert.True(errors.Count == 0, "Expected no errors, got:\n" + Describe(errors));
    }

    public static void ExpectErrors(IValidationRule rule, string query, params Expected[] expected) =>
        ExpectErrorsIn(null, rule, query, expected);

    public static void ExpectErrorsIn(GraphQLSchema? schema, IValidationRule? rule, string query, params Expected[] expected)
    {
        var errors = Validate(rule, query, schema);
        Assert.Equal(Describe(expected), Describe(errors));
    }

    /// <summary>An expected error: message and (line, column) pairs.</summary>
    public static Expected Error(string message, params int[] lineColumnPairs)
    {
        Assert.True(lineColumnPairs.Length % 2 == 0, "Locations come as line, column pairs.");
        var locations = new SourceLocation[lineColumnPairs.Length / 2];
        for (var i = 0; i < locations.Length; i++)
        {
            locations[i] = new SourceLocation(lineColumnPairs[2 * i], lineColumnPairs[(2 * i) + 1]);
        }

        return new Expected(message, locations);
    }

    public static string Describe(IEnumerable<GraphQLError> errors) =>
        string.Join("\n", errors.Select(e => Describe(e.Message, e.Locations ?? Array.Empty<SourceLocation>())));

    private static string Describe(IEnumerable<Expected> errors) =>
        string.Join("\n", errors.Select(e => Describe(e.Message, e.Locations)));

    private static string Describe(string message, IReadOnlyList<SourceLocation> locations) =>
        message + " @ " + string.Join(" ", locations.Select(l => $"{l.Line}:{l.Column}"));

    public sealed record Expected(string Message, IReadOnlyList<SourceLocation> Locations);
}
