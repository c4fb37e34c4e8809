using Graph.GraphQL.Language;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Types;

/// <summary>
/// Builds schemas from 1,500 seeded, mutated SDL documents: the builder must return a valid schema or report the
/// problems as <see cref="SchemaValidationException"/> / <see cref="GraphQLSyntaxError"/>, never crash otherwise.
/// </summary>
public class SchemaBuilderFuzzTests
{
    private const string Seed = """
        "desc" schema { query: Query mutation: Mutation }
        type Query implements Node & Named @cache { id: ID! name(upper: Boolean = false): String @deprecated list(first: Int = 10, filter: Filter = {kind: A}): [Item!]! }
        type Mutation { add(input: Filter!): Item }
        interface Node { id: ID! }
        interface Named implements Node { id: ID! name(upper: Boolean): String }
        union Item = Query | Other
        type Other implements Node { id: ID! when: DateTime }
        input Filter @oneOf { kind: Kind text: String }
        input Deep { self: Deep next: [Deep!] req: Int! = 3 }
        enum Kind { A B @deprecated(reason: "old") }
        scalar DateTime @specifiedBy(url: "https://example.com")
        directive @cache(ttl: Int = 5) repeatable on OBJECT | FIELD_DEFINITION | INTERFACE | SCALAR
        extend type Other { extra(d: Deep): Int }
        extend enum Kind { C }
        extend union Item = Mutation
        extend input Deep { more: String }
        extend interface Named @cache
        extend scalar DateTime @cache
        extend schema { subscription: Other }
        type __Schema { bogus: Int }
        """;

    private static readonly string[] Words =
    {
        "type", "interface", "union", "enum", "input", "scalar", "extend", "schema", "directive", "implements", "repeatable",
        "on", "Query", "Node", "Item", "Kind", "Deep", "Filter", "Int", "String", "ID", "Int!", "[Int]", "@deprecated",
        "@oneOf", "@cache", "@specifiedBy(url: 1)", "@cache(ttl: \"x\")", "= 1", "= null", "= {}", "= [A]", "= B", "|", "&",
        "{", "}", "(", ")", ":", "!", "__x", "\"doc\"", "OBJECT", "FIELD", "QUERY",
    };

    [Fact]
    public void Mutated_sdl_never_raises_anything_but_schema_or_syntax_errors()
    {
        var random = new Random(99);
        var tokens = Seed.Split(' ');
        int built = 0, invalid = 0;
        for (var i = 0; i < 1_500; i++)
        {
            var mutated = tokens.ToList();
            var mutations = random.Next(1, 3);
            for (var m = 0; m < mutations; m++)
            {
                var at = random.Next(mutated.Count);
                switch (random.Next(3))
                {
                    case 0:
                        mutated.RemoveAt(at);
                        break;
                    case 1:
                        mutated.Insert(at, Words[random.Next(Words.Length)]);
                        break;
                    default:
                        mutated[at] = Words[random.Next(Words.Length)];
                        break;
                }
            }

            var sdl = string.Join(' ', mutated);
            try
            {
                var schema = SchemaBuilder.Build(sdl, options: new SchemaBuildOptions { AllowUnusedResolvers = true });
                built++;
                Assert.Empty(SchemaValidator.Validate(schema));
                var printed = SchemaPrinter.Print(schema);
                Assert.Equal(printed, SchemaPrinter.Print(SchemaBuilder.Build(printed)));
            }
            catch (SchemaValidationException exception)
            {
                invalid++;
                Assert.NotEmpty(exception.Errors);
            }
            catch (GraphQLSyntaxError)
            {
                invalid++;
            }
            catch (Exception ex)
            {
                Assert.Fail($"Input #{i} raised {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}\nSDL: {sdl}");
            }
        }

        Assert.True(built > 30, $"only {built} schemas were valid");
        Assert.True(invalid > 700, $"only {invalid} schemas were invalid");
    }
}
