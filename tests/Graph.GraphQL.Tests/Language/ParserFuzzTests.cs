using System.Text;
using Graph.GraphQL.Language;

namespace Graph.GraphQL.Tests.Language;

/// <summary>
/// Feeds the parser 10,000 seeded random documents: real documents mutated character by character and token by
/// token, and random token soup. Whatever the input, the parser must return a document or throw a
/// <see cref="GraphQLSyntaxError"/>; every document it returns must print to text that parses back to the same print.
/// </summary>
public class ParserFuzzTests
{
    private const int Iterations = 10_000;

    private static readonly string[] Seeds =
    {
        "query Q($a: Int = 1, $b: [String!]! @v) @op { alias: field(arg: $a, obj: {x: [1, 2.5, \"s\", true, null, ENUM]}) @include(if: true) { ...Frag ... on T { x } } }",
        "fragment Frag on T @d { z(a: \"\"\"block\n  text\"\"\") }",
        "mutation { create(input: {name: \"n\", tags: [\"a\", \"b\"], nested: {deep: {deeper: [[1], [2]]}}}) { id } }",
        "subscription S { events(since: -1.5e3) { ... @skip(if: $s) { a } } }",
        "\"schema doc\" schema @a { query: Q mutation: M }\nextend schema @b { subscription: S }",
        "type T implements I & J @d { \"f doc\" f(\"a\" a: Int = 1 @e, b: [In!] = [{x: 1}]): [T!]! @deprecated(reason: \"no\") }",
        "interface I implements J { f: Int } union U @g = | A | B enum E { A B @deprecated } input In @oneOf { a: Int = 1, b: String }",
        "\"\"\"dir doc\"\"\" directive @dir(a: Int = 3) repeatable on FIELD | OBJECT | ARGUMENT_DEFINITION\nscalar Date @specifiedBy(url: \"u\")",
        "extend type T { g: Int } extend union U = C extend enum E { C } extend input In { c: Int } extend scalar Date @c extend interface I @f",
        "{ a # comment\n , b, c(s: \"\\u00e9\\u{1F600}\\uD83D\\uDE00\") }",
    };

    private static readonly string[] TokenPool =
    {
        "{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "|", "&", "...", "..", ".", ",", "query", "mutation",
        "subscription", "fragment", "on", "type", "interface", "union", "enum", "input", "scalar", "schema", "directive",
        "extend", "implements", "repeatable", "true", "false", "null", "FIELD", "OBJECT", "name", "_x1", "0", "-1", "1.5",
        "1e", "00", "-", "\"str\"", "\"\"", "\"unterminated", "\"\"\"block\"\"\"", "\"\"\"", "\"\\u{1F600}\"", "\"\\uD83D\"",
        "\"\\q\"", "#c\n", "\n", "\r\n", "\t", "\uFEFF", "?", "'", "\u00e9", "\uD83D", "\uDE00", "\U0001F600", "\0",
    };

    private static readonly char[] CharPool =
        "{}()[]:=@$!|&.,#\"'\\ \n\r\tabcxyzAZ_0123456789-+eE\u00e9\uD83D\uDE00\uFEFF\u0000\u2028".ToCharArray();

    [Fact]
    public void Random_and_mutated_documents_never_raise_anything_but_syntax_errors()
    {
        var random = new Random(20240501);
        var parsed = 0;
        var rejected = 0;
        for (var i = 0; i < Iterations; i++)
        {
            var seed = Seeds[random.Next(Seeds.Length)];
            var benign = i % 5 == 4;
            var text = (i % 5) switch
            {
                0 => TokenSoup(random),
                1 => MutateTokens(random, seed),
                4 => InsertIgnoredTokens(random, seed),
                _ => MutateCharacters(random, seed),
            };

            try
            {
                var document = Parser.Parse(text, new ParserOptions { MaxDepth = 64 });
                parsed++;
                var printed = Printer.Print(document);
                Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
                if (benign)
                {
                    Assert.Equal(Printer.Print(Parser.Parse(seed)), printed);
                }
            }
            catch (GraphQLSyntaxError error) when (!benign)
            {
                rejected++;
                Assert.StartsWith("Syntax Error: ", error.Message);
                Assert.InRange(error.Position, 0, text.Length);
            }
            catch (Exception ex)
            {
                Assert.Fail($"Input #{i} raised {ex.GetType().Name}: {ex.Message}\nInput: {Escape(text)}");
            }
        }

        // Both outcomes must actually be exercised for the test to mean anything.
        Assert.True(parsed > 2_000, $"only {parsed} inputs parsed");
        Assert.True(rejected > 5_000, $"only {rejected} inputs were rejected");
    }

    [Fact]
    public void Random_bytes_decode_or_fail_with_a_syntax_error()
    {
        var random = new Random(7);
        for (var i = 0; i < 2_000; i++)
        {
            var bytes = new byte[random.Next(0, 40)];
            random.NextBytes(bytes);
            try
            {
                Parser.Parse(Source.FromUtf8(bytes));
            }
            catch (GraphQLSyntaxError)
            {
            }
        }
    }

    private static string TokenSoup(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(1, 60);
        for (var i = 0; i < count; i++)
        {
            builder.Append(TokenPool[random.Next(TokenPool.Length)]);
            builder.Append(random.Next(4) == 0 ? "" : " ");
        }

        return builder.ToString();
    }

    private static string MutateCharacters(Random random, string seed)
    {
        var builder = new StringBuilder(seed);
        var mutations = random.Next(1, 6);
        for (var m = 0; m < mutations && builder.Length > 0; m++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(5))
            {
                case 0:
                    builder.Remove(at, Math.Min(random.Next(1, 8), builder.Length - at));
                    break;
                case 1:
                    builder.Insert(at, CharPool[random.Next(CharPool.Length)]);
                    break;
                case 2:
                    var other = random.Next(builder.Length);
                    (builder[at], builder[other]) = (builder[other], builder[at]);
                    break;
                case 3:
                    var length = Math.Min(random.Next(1, 20), builder.Length - at);
                    builder.Insert(random.Next(builder.Length), builder.ToString(at, length));
                    break;
                default:
                    builder.Length = at;
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Adds commas, white space and comments between tokens: the document must not change.</summary>
    private static string InsertIgnoredTokens(Random random, string seed)
    {
        string[] ignored = { ",", " ", "\t", "\n", "\r\n", " #c\n", "\uFEFF" };
        var tokens = seed.Split(' ');
        var builder = new StringBuilder();
        var quotes = 0;
        foreach (var token in tokens)
        {
            builder.Append(token).Append(' ');
            quotes += token.Count(c => c == '"');
            var insideString = quotes % 2 == 1;
            if (random.Next(3) == 0 && !insideString && !token.Contains('#'))
            {
                builder.Append(ignored[random.Next(ignored.Length)]);
            }
        }

        return builder.ToString();
    }

    private static string MutateTokens(Random random, string seed)
    {
        var tokens = seed.Split(' ').ToList();
        var mutations = random.Next(1, 5);
        for (var m = 0; m < mutations && tokens.Count > 0; m++)
        {
            var at = random.Next(tokens.Count);
            switch (random.Next(3))
            {
                case 0:
                    tokens.RemoveAt(at);
                    break;
                case 1:
                    tokens.Insert(at, TokenPool[random.Next(TokenPool.Length)]);
                    break;
                default:
                    var other = random.Next(tokens.Count);
                    (tokens[at], tokens[other]) = (tokens[other], tokens[at]);
                    break;
            }
        }

        return string.Join(' ', tokens);
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
}
