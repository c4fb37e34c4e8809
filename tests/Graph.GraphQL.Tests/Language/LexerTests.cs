using Graph.GraphQL.Language;

namespace Graph.GraphQL.Tests.Language;

public class LexerTests
{
    private static List<Token> Lex(string text, bool includeComments = false)
    {
        var lexer = new Lexer(new Source(text));
        var tokens = new List<Token>();
        if (includeComments)
        {
            var position = 0;
            while (true)
            {
                var token = lexer.ReadNextToken(position);
                tokens.Add(token);
                if (token.Kind == TokenKind.EndOfFile)
                {
                    return tokens;
                }

                position = token.End;
            }
        }

        while (lexer.Advance().Kind != TokenKind.EndOfFile)
        {
            tokens.Add(lexer.Token);
        }

        return tokens;
    }

    private static Token Single(string text) => Assert.Single(Lex(text));

    private static GraphQLSyntaxError Fails(string text) => Assert.Throws<GraphQLSyntaxError>(() => Lex(text));

    [Fact]
    public void Reads_every_punctuator()
    {
        var kinds = Lex("! $ & ( ) ... : = @ [ ] { | }").Select(t => t.Kind);
        Assert.Equal(new[]
        {
            TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread,
            TokenKind.Colon, TokenKind.Equal, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR, TokenKind.BraceL,
            TokenKind.Pipe, TokenKind.BraceR,
        }, kinds);
    }

    [Fact]
    public void Reads_names_with_underscores_and_digits()
    {
        var token = Single("  _my_Name9 ");
        Assert.Equal(TokenKind.Name, token.Kind);
        Assert.Equal("_my_Name9", token.Value);
        Assert.Equal(2, token.Start);
        Assert.Equal(11, token.End);
        Assert.Equal(3, token.Column);
    }

    [Theory]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("123", TokenKind.Int)]
    [InlineData("-123", TokenKind.Int)]
    [InlineData("0.0", TokenKind.Float)]
    [InlineData("-1.5", TokenKind.Float)]
    [InlineData("1e10", TokenKind.Float)]
    [InlineData("1E-10", TokenKind.Float)]
    [InlineData("1.5e+3", TokenKind.Float)]
    public void Reads_numbers_keeping_their_text(string text, TokenKind kind)
    {
        var token = Single(text);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(text, token.Value);
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\"\"", "")]
    [InlineData("\"escapes \\\" \\\\ \\/ \\b \\f \\n \\r \\t\"", "escapes \" \\ / \b \f \n \r \t")]
    [InlineData("\"\\u0041\\u00e9\"", "Aé")]
    [InlineData("\"\\u{1F600}\"", "\U0001F600")]
    [InlineData("\"\\u{41}\"", "A")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"raw \U0001F600 emoji\"", "raw \U0001F600 emoji")]
    public void Reads_strings_with_escapes(string text, string value)
    {
        var token = Single(text);
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\"  white space  \"\"\"", "  white space  ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple\"\"\"", "contains \"\"\" triple")]
    [InlineData("\"\"\"no \\n escapes\"\"\"", "no \\n escapes")]
    [InlineData("\"\"\"\n\n   spans\n     multiple\n   lines\n\n\"\"\"", "spans\n  multiple\nlines")]
    [InlineData("\"\"\"first line\n    indented\n  less\"\"\"", "first line\n  indented\nless")]
    [InlineData("\"\"\"\r\n  crlf\r\n  lines\r\n\"\"\"", "crlf\nlines")]
    [InlineData("\"\"\"   \n\t\n\"\"\"", "")]
    public void Reads_block_strings_with_the_spec_indentation_rules(string text, string value)
    {
        var token = Single(text);
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Fact]
    public void Tracks_lines_and_columns_across_all_line_terminators_and_block_strings()
    {
        var tokens = Lex("a\nb\r\nc\rd \"\"\"x\ny\nz\"\"\" e");
        Assert.Equal(
            new[] { (1, 1), (2, 1), (3, 1), (4, 1), (4, 3), (6, 6) },
            tokens.Select(t => (t.Line, t.Column)).ToArray());
    }

    [Fact]
    public void Skips_ignored_tokens_but_can_return_comments()
    {
        Assert.Equal(new[] { "a", "b" }, Lex("\uFEFF , a\t# note\n,,b #end").Select(t => t.Value));
        var withComments = Lex("a # note\nb", includeComments: true);
        Assert.Equal(new[] { TokenKind.Name, TokenKind.Comment, TokenKind.Name, TokenKind.EndOfFile }, withComments.Select(t => t.Kind));
        Assert.Equal(" note", withComments[1].Value);
    }

    [Fact]
    public void Lookahead_does_not_consume()
    {
        var lexer = new Lexer(new Source("a b"));
        lexer.Advance();
        Assert.Equal("b", lexer.Lookahead().Value);
        Assert.Equal("a", lexer.Token.Value);
        Assert.Equal("b", lexer.Advance().Value);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
    }

    [Theory]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".", 1, 1)]
    [InlineData("  \u00e9", "Syntax Error: Unexpected character: U+00E9.", 1, 3)]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.", 1, 1)]
    [InlineData("'x'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("\"abc", "Syntax Error: Unterminated string.", 1, 5)]
    [InlineData("\"a\nb\"", "Syntax Error: Unterminated string.", 1, 3)]
    [InlineData("\"\"\"abc", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("\"\\q\"", "Syntax Error: Invalid character escape sequence: \"\\q\".", 1, 2)]
    [InlineData("\"\\u12\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u12\"\".", 1, 2)]
    [InlineData("\"\\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 2)]
    [InlineData("\"\\uDE00\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 1, 2)]
    [InlineData("\"\\uD83D\\u0041\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 2)]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 3)]
    [InlineData("1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("12a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 3)]
    [InlineData("1.5.5", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 4)]
    [InlineData("-x", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("\n\n   \"x", "Syntax Error: Unterminated string.", 3, 6)]
    public void Reports_bad_input_like_graphql_js(string text, string message, int line, int column)
    {
        var error = Fails(text);
        Assert.Equal(message, error.Message);
        Assert.Equal(new SourceLocation(line, column), error.Location);
    }

    [Fact]
    public void Accepts_control_characters_inside_strings_as_graphql_js_does()
    {
        Assert.Equal("a\u0001b", Single("\"a\u0001b\"").Value);
    }

    [Fact]
    public void Rejects_lone_surrogates_but_accepts_pairs()
    {
        Assert.Equal("Syntax Error: Invalid character: U+D83D.", Fails("\uD83D").Message);
        Assert.Equal("Syntax Error: Invalid character within String: U+DE00.", Fails("\"\uDE00\"").Message);
        Assert.Equal("Syntax Error: Unexpected character: U+1F600.", Fails("\U0001F600").Message);
        Assert.Equal("\U0001F600", Single("\"\U0001F600\"").Value);
    }

    [Fact]
    public void Describes_tokens_as_graphql_js_does()
    {
        Assert.Equal("Name \"abc\"", Single("abc").Describe());
        Assert.Equal("\"{\"", Single("{").Describe());
        Assert.Equal("<EOF>", Token.Describe(TokenKind.EndOfFile));
        Assert.Equal("BlockString \"x\"", Single("\"\"\"x\"\"\"").Describe());
    }
}
