using Graph.Ingestion.Text;

namespace Graph.Ingestion.Tests.Text;

public class SentenceSplitterTests
{
    private static List<string> Sentences(string text)
    {
        var lexicon = Graph.Ingestion.Lexicon.Lexicon.LoadEmbedded();
        var analyzed = new TextAnalyzer(lexicon.Tokenizer).Analyze(text, knownTitle: null);
        return analyzed.Sentences.Select(s => analyzed.SentenceText(s.Index)).ToList();
    }

    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences()
    {
        var s = Sentences("This is a long opening paragraph about diplomacy, written for the test. U.S. Secretary of State Antony Blinken met Gen. Smith on Jan. 5 in Washington. J. R. Smith spoke later.");
        Assert.Equal(3, s.Count);
        Assert.StartsWith("U.S. Secretary", s[1]);
        Assert.StartsWith("J. R. Smith", s[2]);
    }

    [Fact]
    public void An_acronym_ends_a_sentence_when_a_typical_opener_follows()
    {
        var s = Sentences("This long paragraph mentions a visible role for the U.S. The next sentence starts here and ends properly.");
        Assert.Equal(2, s.Count);
        Assert.EndsWith("the U.S.", s[0]);
    }

    [Fact]
    public void Closing_quotes_stay_with_their_sentence_and_commas_inside_quotes_do_not_split()
    {
        var s = Sentences("Pashinyan labels the agreement as “incredibly painful for our people.” Putin argues “it will benefit the region,” says the Washington Post.");
        Assert.Equal(2, s.Count);
        Assert.EndsWith("people.”", s[0]);
        Assert.EndsWith("Washington Post.", s[1]);
    }

    [Fact]
    public void Decimals_do_not_split_sentences()
    {
        var s = Sentences("The agency received 2.5 million dollars in aid from donors this year. It spent most of it quickly.");
        Assert.Equal(2, s.Count);
    }

    [Fact]
    public void A_paragraph_broken_across_lines_continues_when_the_next_line_starts_in_lower_case()
    {
        var s = Sentences("“This conflict is still not settled,” he told journalists after talks in the Kremlin\n\nthat lasted nearly four hours.");
        Assert.Single(s);
        Assert.EndsWith("four hours.", s[0]);
    }
}
