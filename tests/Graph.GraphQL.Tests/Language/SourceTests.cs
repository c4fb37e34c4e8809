using System.Text;
using Graph.GraphQL.Language;

namespace Graph.GraphQL.Tests.Language;

public class SourceTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(2, 1, 3)]
    [InlineData(3, 2, 1)]
    [InlineData(7, 3, 1)]
    [InlineData(9, 4, 1)]
    [InlineData(10, 4, 2)]
    public void Computes_line_and_column_for_every_line_terminator(int position, int line, int column)
    {
        var source = new Source("ab\ncd\r\ne\rfg");
        Assert.Equal(new SourceLocation(line, column), source.GetLocation(position));
    }

    [Fact]
    public void Decodes_valid_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("{ a(x: \"é \U0001F600\") }");
        var source = Source.FromUtf8(bytes);
        Assert.Equal("{ a(x: \"é \U0001F600\") }", source.Body);
        Assert.Equal(string.Empty, Source.FromUtf8(ReadOnlySpan<byte>.Empty).Body);
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x0A, 0x20, 0xC3, 0x28 }, 4, 2, 2)]
    [InlineData(new byte[] { 0x61, 0xFF }, 2, 1, 2)]
    [InlineData(new byte[] { 0xC0, 0x80 }, 1, 1, 1)]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 1, 1, 1)]
    [InlineData(new byte[] { 0x61, 0x62, 0xE2, 0x82 }, 3, 1, 3)]
    [InlineData(new byte[] { 0x80 }, 1, 1, 1)]
    public void Rejects_invalid_utf8_with_a_located_syntax_error(byte[] bytes, int byteOffsetPlusOne, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Source.FromUtf8(bytes));
        Assert.Equal($"Syntax Error: Invalid UTF-8 byte sequence at byte offset {byteOffsetPlusOne - 1}.", error.Message);
        Assert.Equal(new SourceLocation(line, column), error.Location);
    }
}
