using System.Text;

namespace Graph.GraphQL.Language;

/// <summary>
/// Turns a <see cref="Source"/> into tokens on demand. Works directly on string indices; no regular expressions and no
/// per-character allocation (names and numbers are sliced once, strings are built only when they contain escapes).
/// Comments are skipped by <see cref="Advance"/> and <see cref="Lookahead"/>; <see cref="ReadNextToken"/> returns them.
/// </summary>
public sealed class Lexer
{
    private readonly string _body;
    private int _line = 1;
    private int _lineStart;
    private Token _peeked;
    private bool _hasPeeked;

    /// <summary>Creates a lexer positioned before the first token.</summary>
    public Lexer(Source source)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        _body = source.Body;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 0, 0, null);
        LastToken = Token;
    }

    /// <summary>The source being lexed.</summary>
    public Source Source { get; }

    /// <summary>The current (most recently advanced to) token.</summary>
    public Token Token { get; private set; }

    /// <summary>The token before <see cref="Token"/>: the last one a parser consumed.</summary>
    public Token LastToken { get; private set; }

    /// <summary>Moves to the next non-comment token and returns it.</summary>
    public Token Advance()
    {
        LastToken = Token;
        Token = Lookahead();
        _hasPeeked = false;
        return Token;
    }

    /// <summary>Returns the next non-comment token without moving to it.</summary>
    public Token Lookahead()
    {
        if (_hasPeeked)
        {
            return _peeked;
        }

        var token = Token;
        if (token.Kind != TokenKind.EndOfFile)
        {
            do
            {
                token = ReadNextToken(token.End);
            }
            while (token.Kind == TokenKind.Comment);
        }

        _peeked = token;
        _hasPeeked = true;
        return token;
    }

    private int CharAt(int position) => (uint)position < (uint)_body.Length ? _body[position] : -1;

    private Token Create(TokenKind kind, int start, int end, string? value = null) =>
        new(kind, start, end, _line, 1 + start - _lineStart, value);

    private GraphQLSyntaxError Error(int position, string description) => new(Source, position, description);

    /// <summary>Reads the token that starts at or after <paramref name="start"/>, including comments.</summary>
    public Token ReadNextToken(int start)
    {
        var body = _body;
        var position = start;
        while (position < body.Length)
        {
            var c = body[position];
            switch (c)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += CharAt(position + 1) == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case '#':
                    return ReadComment(position);
                case '!':
                    return Create(TokenKind.Bang, position, position + 1);
                case '$':
                    return Create(TokenKind.Dollar, position, position + 1);
                case '&':
                    return Create(TokenKind.Amp, position, position + 1);
                case '(':
                    return Create(TokenKind.ParenL, position, position + 1);
                case ')':
                    return Create(TokenKind.ParenR, position, position + 1);
                case '.':
                    if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                    {
                        return Create(TokenKind.Spread, position, position + 3);
                    }

                    break;
                case ':':
                    return Create(TokenKind.Colon, position, position + 1);
                case '=':
                    return Create(TokenKind.Equal, position, position + 1);
                case '@':
                    return Create(TokenKind.At, position, position + 1);
                case '[':
                    return Create(TokenKind.BracketL, position, position + 1);
                case ']':
                    return Create(TokenKind.BracketR, position, position + 1);
                case '{':
                    return Create(TokenKind.BraceL, position, position + 1);
                case '|':
                    return Create(TokenKind.Pipe, position, position + 1);
                case '}':
                    return Create(TokenKind.BraceR, position, position + 1);
                case '"':
                    if (CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
                    {
                        return ReadBlockString(position);
                    }

                    return ReadString(position);
            }

            if (CharClasses.IsDigit(c) || c == '-')
            {
                return ReadNumber(position, c);
            }

            if (CharClasses.IsNameStart(c))
            {
                return ReadName(position);
            }

            if (c == '\'')
            {
                throw Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
            }

            throw Error(position, IsSourceCharacterAt(position)
                ? $"Unexpected character: {DescribeCharAt(position)}."
                : $"Invalid character: {DescribeCharAt(position)}.");
        }

        return Create(TokenKind.EndOfFile, body.Length, body.Length);
    }

    /// <summary>True when the character at <paramref name="position"/> is a scalar value or the start of a valid surrogate pair.</summary>
    private bool IsSourceCharacterAt(int position)
    {
        int c = _body[position];
        return CharClasses.IsUnicodeScalarValue(c) || IsSurrogatePairAt(position);
    }

    private bool IsSurrogatePairAt(int position) =>
        CharClasses.IsLeadingSurrogate(CharAt(position)) && CharClasses.IsTrailingSurrogate(CharAt(position + 1));

    /// <summary>Describes the character at a position the way graphql-js does: <c>"a"</c>, <c>'"'</c>, <c>U+00E9</c> or <c>&lt;EOF&gt;</c>.</summary>
    internal string DescribeCharAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }

        int code = _body[position];
        if (IsSurrogatePairAt(position))
        {
            code = char.ConvertToUtf32(_body[position], _body[position + 1]);
        }

        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }

    private Token ReadComment(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length)
        {
            int c = body[position];
            if (c == '\n' || c == '\r')
            {
                break;
            }

            if (CharClasses.IsUnicodeScalarValue(c))
            {
                position++;
            }
            else if (IsSurrogatePairAt(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        return Create(TokenKind.Comment, start, position, body.Substring(start + 1, position - start - 1));
    }

    private Token ReadNumber(int start, int first)
    {
        var position = start;
        var c = first;
        var isFloat = false;
        if (c == '-')
        {
            c = CharAt(++position);
        }

        if (c == '0')
        {
            c = CharAt(++position);
            if (CharClasses.IsDigit(c))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {DescribeCharAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, c);
            c = CharAt(position);
        }

        if (c == '.')
        {
            isFloat = true;
            c = CharAt(++position);
            position = ReadDigits(position, c);
            c = CharAt(position);
        }

        if (c == 'E' || c == 'e')
        {
            isFloat = true;
            c = CharAt(++position);
            if (c == '+' || c == '-')
            {
                c = CharAt(++position);
            }

            position = ReadDigits(position, c);
            c = CharAt(position);
        }

        if (c == '.' || CharClasses.IsNameStart(c))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCharAt(position)}.");
        }

        return Create(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body.Substring(start, position - start));
    }

    private int ReadDigits(int start, int first)
    {
        if (!CharClasses.IsDigit(first))
        {
            throw Error(start, $"Invalid number, expected digit but got: {DescribeCharAt(start)}.");
        }

        var position = start + 1;
        while (CharClasses.IsDigit(CharAt(position)))
        {
            position++;
        }

        return position;
    }

    private Token ReadName(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length && CharClasses.IsNameContinue(body[position]))
        {
            position++;
        }

        return Create(TokenKind.Name, start, position, body.Substring(start, position - start));
    }

    private Token ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            int c = body[position];
            if (c == '"')
            {
                string text;
                if (value is null)
                {
                    text = body.Substring(chunkStart, position - chunkStart);
                }
                else
                {
                    value.Append(body, chunkStart, position - chunkStart);
                    text = value.ToString();
                }

                return Create(TokenKind.String, start, position + 1, text);
            }

            if (c == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                var size = CharAt(position + 1) == 'u'
                    ? CharAt(position + 2) == '{'
                        ? ReadVariableWidthUnicodeEscape(position, value)
                        : ReadFixedWidthUnicodeEscape(position, value)
                    : ReadEscapedCharacter(position, value);
                position += size;
                chunkStart = position;
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                break;
            }

            if (CharClasses.IsUnicodeScalarValue(c))
            {
                position++;
            }
            else if (IsSurrogatePairAt(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {DescribeCharAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>Reads <c>\u{...}</c>; appends the character(s) and returns the escape's length.</summary>
    private int ReadVariableWidthUnicodeEscape(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;

        // At most 8 hex digits fit between the braces (\u{00000000} is 12 characters).
        while (size < 12)
        {
            var c = CharAt(position + size++);
            if (c == '}')
            {
                if (size < 5 || !CharClasses.IsUnicodeScalarValue(point))
                {
                    break;
                }

                AppendCodePoint(value, point);
                return size;
            }

            // A bad digit (-1) or an overflow past 31 bits makes the value negative.
            point = (point << 4) | CharClasses.HexValue(c);
            if (point < 0)
            {
                break;
            }
        }

        var length = Math.Min(size, _body.Length - position);
        throw Error(position, $"Invalid Unicode escape sequence: \"{_body.Substring(position, length)}\".");
    }

    /// <summary>Reads <c>\uXXXX</c> (or a <c>\uD83D\uDE00</c> surrogate pair); appends and returns the length.</summary>
    private int ReadFixedWidthUnicodeEscape(int position, StringBuilder value)
    {
        var code = Read16BitHex(position + 2);
        if (code >= 0 && CharClasses.IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        // JSON-style escaped surrogate pairs are allowed, but only as a valid leading + trailing pair.
        if (code >= 0 && CharClasses.IsLeadingSurrogate(code) && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHex(position + 8);
            if (trailing >= 0 && CharClasses.IsTrailingSurrogate(trailing))
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        var length = Math.Min(6, _body.Length - position);
        throw Error(position, $"Invalid Unicode escape sequence: \"{_body.Substring(position, length)}\".");
    }

    private int Read16BitHex(int position)
    {
        var a = CharClasses.HexValue(CharAt(position));
        var b = CharClasses.HexValue(CharAt(position + 1));
        var c = CharClasses.HexValue(CharAt(position + 2));
        var d = CharClasses.HexValue(CharAt(position + 3));
        if ((a | b | c | d) < 0)
        {
            return -1;
        }

        return (a << 12) | (b << 8) | (c << 4) | d;
    }

    private int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char? escaped = CharAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is { } ch)
        {
            value.Append(ch);
            return 2;
        }

        var length = Math.Min(2, _body.Length - position);
        throw Error(position, $"Invalid character escape sequence: \"{_body.Substring(position, length)}\".");
    }

    private static void AppendCodePoint(StringBuilder value, int point)
    {
        if (point < 0x10000)
        {
            value.Append((char)point);
        }
        else
        {
            point -= 0x10000;
            value.Append((char)(0xD800 + (point >> 10))).Append((char)(0xDC00 + (point & 0x3FF)));
        }
    }

    private Token ReadBlockString(int start)
    {
        var body = _body;
        var lineStart = _lineStart;
        var position = start + 3;
        var chunkStart = position;
        var current = new StringBuilder();
        var lines = new List<string>();
        while (position < body.Length)
        {
            int c = body[position];
            if (c == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                current.Append(body, chunkStart, position - chunkStart);
                lines.Add(current.ToString());
                var token = Create(TokenKind.BlockString, start, position + 3, BlockString.DedentLines(lines));
                _line += lines.Count - 1;
                _lineStart = lineStart;
                return token;
            }

            if (c == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                current.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1; // drop the backslash, keep the three quotes
                position += 4;
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                current.Append(body, chunkStart, position - chunkStart);
                lines.Add(current.ToString());
                current.Clear();
                position += c == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                continue;
            }

            if (CharClasses.IsUnicodeScalarValue(c))
            {
                position++;
            }
            else if (IsSurrogatePairAt(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {DescribeCharAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }
}
