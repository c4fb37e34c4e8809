namespace Graph.GraphQL.Tests.Introspection;

/// <summary>An SDL with every kind of type and every introspectable detail (descriptions, deprecations, defaults).</summary>
internal static class IntrospectionSchema
{
    public const string Sdl = """
        "The introspection test schema."
        schema {
          query: Query
          mutation: Mutation
        }

        "An instant."
        scalar DateTime @specifiedBy(url: "https://example.com/rfc3339")

        "Audits a field."
        directive @audit(level: Int = 1, note: String @deprecated(reason: "Unused.")) repeatable on FIELD | QUERY

        "Anything with an id."
        interface Node {
          id: ID!
        }

        interface Named implements Node {
          id: ID!
          name(upper: Boolean = false, style: String @deprecated(reason: "Old.")): String
        }

        "A person."
        type Person implements Named & Node {
          id: ID!
          name(upper: Boolean = false, style: String @deprecated(reason: "Old.")): String
          "Age in years."
          age: Int @deprecated(reason: "Use born.")
          born: DateTime
          friends: [Person!]
        }

        type Robot implements Node {
          id: ID!
          model: String @deprecated
        }

        "Who can act."
        union Actor = Person | Robot

        enum Mood {
          HAPPY
          "Very sad."
          SAD @deprecated(reason: "Be happy.")
        }

        "How to filter actors."
        input Filter {
          mood: Mood = HAPPY
          tags: [String!] = ["a", "b"]
          limit: Int! = 10
          ratio: Float = 1.5
          old: String @deprecated(reason: "Gone.")
          range: Range = {from: 1}
          id: ID = "7"
        }

        input Range {
          from: Int!
          to: Int
        }

        input Key @oneOf {
          id: ID
          name: String
        }

        type Query {
          node(id: ID!): Node
          actors(filter: Filter = {limit: 3, tags: "x"}, key: Key): [Actor!]!
        }

        type Mutation {
          touch: Boolean
        }
        """;
}
