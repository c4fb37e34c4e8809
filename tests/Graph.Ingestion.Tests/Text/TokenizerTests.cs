using Graph.Ingestion.Text;

namespace Graph.Ingestion.Tests.Text;

public class TokenizerTests
{
    private static readonly Tokenizer Tokenizer = new(new HashSet<string>(StringComparer.Ordinal) { "Gen.", "Jan.", "Mr." });

    private static List<Token> Tokens(string text)
    {
        var list = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, list);
        return list;
    }

    private static List<string> Lowers(string text) => Tokens(text).Select(t => t.Lower).ToList();

    [Fact]
    public void Dotted_acronyms_and_listed_abbreviations_keep_their_period()
    {
        Assert.Equal(["u.s.", "secretary", "of", "state"], Lowers("U.S. Secretary of State"));
        Assert.Equal(["gen.", "smith", "arrived", "jan.", "5"], Lowers("Gen. Smith arrived Jan. 5"));
        Assert.True(Tokens("U.S. role")[0].Is(TokenFlags.Abbreviation));
    }

    [Fact]
    public void Initials_are_single_tokens_with_their_period()
    {
        var tokens = Tokens("J. R. Smith");
        Assert.Equal(["j.", "r.", "smith"], tokens.Select(t => t.Lower));
        Assert.True(tokens[0].Is(TokenFlags.Abbreviation));
    }

    [Fact]
    public void Numbers_keep_separators_decimals_and_ordinal_suffixes()
    {
        var tokens = Tokens("97,000 mines, 2.5 km on the 18th in the 1990s");
        Assert.Equal("97,000", tokens[0].Lower);
        Assert.Equal(TokenKind.Number, tokens[0].Kind);
        Assert.Contains(tokens, t => t.Lower == "2.5" && t.Kind == TokenKind.Number);
        Assert.Contains(tokens, t => t.Lower == "18th" && t.Is(TokenFlags.Ordinal));
        Assert.Contains(tokens, t => t.Lower == "1990s" && t.Is(TokenFlags.Plural));
    }

    [Fact]
    public void Hyphenated_compounds_split_into_joined_parts()
    {
        var tokens = Tokens("Nagorno-Karabakh and the Russian-brokered deal");
        Assert.Equal("nagorno", tokens[0].Lower);
        Assert.Equal("karabakh", tokens[1].Lower);
        Assert.True(tokens[1].Is(TokenFlags.HyphenJoined));
        Assert.False(tokens[2].Is(TokenFlags.HyphenJoined));
        Assert.True(tokens[5].Is(TokenFlags.HyphenJoined));
        Assert.Equal("brokered", tokens[5].Lower);
    }

    [Fact]
    public void Possessives_are_split_off_and_curly_apostrophes_inside_words_stay()
    {
        Assert.Equal(["armenia", "'s", "failure"], Lowers("Armenia’s failure"));
        Assert.Equal(["the", "united", "states", "’", "willingness"], Lowers("the United States’ willingness"));
        Assert.Equal(["we", "couldn't", "imagine"], Lowers("we couldn’t imagine"));
    }

    [Fact]
    public void Quotes_are_marked_opening_or_closing()
    {
        var tokens = Tokens("said “we welcome it,” and \"yes\"");
        Assert.True(tokens[1].Is(TokenFlags.OpenQuote));
        Assert.Contains(tokens, t => t.Kind == TokenKind.Quote && t.Is(TokenFlags.CloseQuote));
        Assert.Equal(2, tokens.Count(t => t.Kind == TokenKind.Quote && t.Is(TokenFlags.OpenQuote)));
    }

    [Fact]
    public void Urls_and_handles_are_one_token()
    {
        var tokens = Tokens("see https://www.example.org/a/b?c=1. and pic.twitter.com/VyRKPn835e by @KremlinRussia");
        Assert.Contains(tokens, t => t.Kind == TokenKind.Url && t.Lower == "https://www.example.org/a/b?c=1");
        Assert.Contains(tokens, t => t.Kind == TokenKind.Url && t.Lower.StartsWith("pic.twitter.com"));
        Assert.Contains(tokens, t => t.Kind == TokenKind.Symbol && t.Lower == "@kremlinrussia");
    }

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        const string text = "On June 12, Azerbaijan released 15 detainees.";
        foreach (var t in Tokens(text))
        {
            Assert.True(t.End > t.Start);
            Assert.Equal(t.Lower, text[t.Start..t.End].ToLowerInvariant());
        }
    }
}
