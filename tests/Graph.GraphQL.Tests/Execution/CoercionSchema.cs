using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Execution;

/// <summary>A schema whose fields describe their coerced arguments (see <see cref="TestEngine.Describe"/>).</summary>
internal static class CoercionSchema
{
    public const string Sdl = """
        enum Color { RED GREEN BLUE }
        input Point { x: Int!, y: Int = 0, label: String }
        input Pick @oneOf { id: ID, name: String }
        input Shape { points: [Point!], color: Color = GREEN, tags: [String] = ["a"] }
        scalar Date
        scalar DateTime
        scalar JSON
        type Query {
          int(v: Int): String
          float(v: Float): String
          string(v: String): String
          boolean(v: Boolean): String
          id(v: ID): String
          color(v: Color): String
          list(v: [Int]): String
          strictList(v: [Int!]!): String
          matrix(v: [[Int]]): String
          point(v: Point): String
          pick(v: Pick): String
          shape(v: Shape): String
          date(v: Date): String
          dateTime(v: DateTime): String
          json(v: JSON): String
          required(v: Int!): String
          defaulted(v: Int = 7, color: Color = BLUE, list: [Int] = 3): String
          many(a: Int, b: String, c: [Color]): String
        }
        """;

    private static readonly string[] Fields =
    [
        "int", "float", "string", "boolean", "id", "color", "list", "strictList", "matrix", "point", "pick", "shape",
        "date", "dateTime", "json", "required", "defaulted", "many",
    ];

    public static GraphQLEngine Create(ResolverMap? resolvers = null, EngineOptions? options = null)
    {
        resolvers ??= new ResolverMap();
        foreach (var field in Fields)
        {
            if (resolvers.GetFieldResolver("Query", field) is null)
            {
                resolvers.Add("Query." + field, TestEngine.DescribeArguments);
            }
        }

        resolvers.AddEnumValues("Color", new Dictionary<string, object> { ["RED"] = "red-internal" });
        return TestEngine.Create(Sdl, resolvers, options);
    }
}
