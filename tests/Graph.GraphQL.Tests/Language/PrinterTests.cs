using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Tests.Language;

public class PrinterTests
{
    private const string KitchenSink = """"
        "op doc" query queryName($foo: ComplexType, $site: Site = MOBILE, "var doc" $nonNull: Boolean! = false) @onQuery {
          whoever123is: node(id: [123, 456]) {
            id
            ... on User @onInlineFragment {
              field2 {
                id
                alias: field1(first: 10, after: $foo) @include(if: $foo) {
                  id
                  ...frag @onFragmentSpread
                }
              }
            }
            ... @skip(unless: $foo) {
              id
            }
            ... {
              id
            }
          }
        }

        mutation likeStory @onMutation {
          like(story: 123) @onField {
            story {
              id @onField
            }
          }
        }

        subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition) @onSubscription {
          storyLikeSubscribe(input: $input) {
            story {
              likers {
                count
              }
            }
          }
        }

        fragment frag on Friend @onFragmentDefinition {
          foo(size: $size, bar: $b, obj: {key: "value", block: """
          block string uses \"""
          """})
        }

        {
          unnamed(truthy: true, falsy: false, nullish: null)
          query
        }
        """";

    [Fact]
    public void Printing_is_idempotent_on_a_kitchen_sink_document()
    {
        var printed = Printer.Print(Parser.Parse(KitchenSink));
        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
        Assert.Contains("\"op doc\"\nquery queryName(", printed);
        Assert.Contains("$site: Site = MOBILE", printed);
        Assert.Contains("  unnamed(truthy: true, falsy: false, nullish: null)", printed);
    }

    [Fact]
    public void Prints_anonymous_queries_as_bare_selection_sets()
    {
        Assert.Equal("{\n  a\n}", Printer.Print(Parser.Parse("query { a }")));
        Assert.Equal("query Q {\n  a\n}", Printer.Print(Parser.Parse("query Q { a }")));
        Assert.Equal("mutation {\n  a\n}", Printer.Print(Parser.Parse("mutation { a }")));
    }

    [Fact]
    public void Wraps_long_argument_lists()
    {
        var printed = Printer.Print(Parser.Parse(
            "{ someVeryLongFieldName(firstArgument: \"a long value\", secondArgument: \"another long value\") }"));
        Assert.Equal(
            "{\n  someVeryLongFieldName(\n    firstArgument: \"a long value\"\n    secondArgument: \"another long value\"\n  )\n}",
            printed);
    }

    [Theory]
    [InlineData("a\"b\\c\n\t\u0001\u007F\u0085é", "\"a\\\"b\\\\c\\n\\t\\u0001\\u007F\\u0085é\"")]
    [InlineData("", "\"\"")]
    public void Escapes_strings_as_graphql_js_does(string value, string printed)
    {
        Assert.Equal(printed, Printer.PrintString(value));
        Assert.Equal(value, ((StringValue)Parser.ParseValue(printed)).Value);
    }

    [Theory]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("multi\nline", "\"\"\"\nmulti\nline\n\"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData("has \"\"\" triple", "\"\"\"has \\\"\"\" triple\"\"\"")]
    [InlineData("ends with slash\\", "\"\"\"\nends with slash\\\n\"\"\"")]
    public void Prints_block_strings_that_lex_back_to_the_same_value(string value, string printed)
    {
        Assert.Equal(printed, BlockString.Print(value));
        Assert.Equal(value, ((StringValue)Parser.ParseValue(printed)).Value);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("simple", true)]
    [InlineData("\nleading newline", false)]
    [InlineData("trailing newline\n", false)]
    [InlineData("  all\n  indented", false)]
    [InlineData("first\n  then indented", true)]
    [InlineData("carriage\rreturn", false)]
    [InlineData("control \u0001", false)]
    public void Knows_which_strings_print_as_block_strings(string value, bool printable)
    {
        Assert.Equal(printable, BlockString.IsPrintableAsBlockString(value));
    }

    [Fact]
    public void Prints_nodes_built_in_code()
    {
        var field = new Field
        {
            Name = new Name { Value = "f" },
            Arguments = new[] { new Argument { Name = new Name { Value = "x" }, Value = new ListValue { Values = new ValueNode[] { new IntValue { Value = "1" }, new NullValue() } } } },
        };
        Assert.Equal("f(x: [1, null])", Printer.Print(field));
        Assert.True(field.Location.IsNone);
    }
}
