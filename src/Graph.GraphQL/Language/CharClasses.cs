namespace Graph.GraphQL.Language;

/// <summary>Character classes of the GraphQL lexical grammar.</summary>
internal static class CharClasses
{
    public static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    public static bool IsLetter(int c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsNameStart(int c) => IsLetter(c) || c == '_';

    public static bool IsNameContinue(int c) => IsLetter(c) || IsDigit(c) || c == '_';

    public static bool IsWhiteSpace(int c) => c == ' ' || c == '\t';

    public static bool IsLeadingSurrogate(int c) => c is >= 0xD800 and <= 0xDBFF;

    public static bool IsTrailingSurrogate(int c) => c is >= 0xDC00 and <= 0xDFFF;

    /// <summary>Any code point except surrogates.</summary>
    public static bool IsUnicodeScalarValue(int c) => c is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    /// <summary>Returns the value of a hex digit, or -1.</summary>
    public static int HexValue(int c)
    {
        if ((uint)(c - '0') <= 9)
        {
            return c - '0';
        }

        var lower = c | 0x20;
        if ((uint)(lower - 'a') <= 5)
        {
            return lower - 'a' + 10;
        }

        return -1;
    }
}
