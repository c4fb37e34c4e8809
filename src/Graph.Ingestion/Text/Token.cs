namespace Graph.Ingestion.Text;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Quote,
    /// <summary>"’s" or a lone "’" after a plural: the possessive marker, split off its word.</summary>
    Possessive,
    /// <summary>Currency signs, @handles, #tags.</summary>
    Symbol,
    Url,
}

[Flags]
public enum TokenFlags : ushort
{
    None = 0,
    Capitalized = 1,
    AllCaps = 2,
    /// <summary>Joined to the previous token by a hyphen with no space ("Nagorno-Karabakh", "Russian-brokered").</summary>
    HyphenJoined = 4,
    SpaceBefore = 8,
    LineBreakBefore = 16,
    /// <summary>An abbreviation or initial that carries its period ("U.S.", "Gen.", "J.").</summary>
    Abbreviation = 32,
    /// <summary>A number with an ordinal suffix ("18th").</summary>
    Ordinal = 64,
    OpenQuote = 128,
    CloseQuote = 256,
    /// <summary>Inside a quotation (set after splitting).</summary>
    InQuote = 512,
    HasDigit = 1024,
    /// <summary>A number written with a plural "s" ("1990s").</summary>
    Plural = 2048,
}

/// <summary>A token: a span of the document text, its kind, flags and lower-case form.</summary>
public struct Token
{
    public int Start;
    public int End;
    public TokenKind Kind;
    public TokenFlags Flags;
    /// <summary>Lower-case text (for words, numbers, abbreviations); the character itself for punctuation.</summary>
    public string Lower;

    public readonly int Length => End - Start;
    public readonly bool Is(TokenFlags flag) => (Flags & flag) != 0;
    public readonly bool IsWord => Kind == TokenKind.Word;
    public readonly bool IsCapitalized => Kind == TokenKind.Word && (Flags & TokenFlags.Capitalized) != 0;
    public readonly bool IsLowerWord => Kind == TokenKind.Word && (Flags & (TokenFlags.Capitalized | TokenFlags.AllCaps)) == 0;
    public readonly bool IsPunct(char c) => Kind == TokenKind.Punctuation && Lower.Length == 1 && Lower[0] == c;

    public override readonly string ToString() => Lower;
}
