using Graph.Ingestion.Tests.Support;

namespace Graph.Ingestion.Tests.Pipeline;

public class RobustnessTests
{
    [Fact]
    public void Odd_texts_never_break_extraction()
    {
        var random = new Random(20240601);
        const string alphabet = "aZ .,;:“”\"'’-—–()[]$%0123456789\n\t?!…/@#*AbCdé日本語ъ\u2028";
        var words = "Azerbaijan released 15 Armenian detainees on June 12 , while Armenia provided a map . “ said Prime Minister the of ( ) - and according to mediation by"
            .Split(' ');
        for (var i = 0; i < 300; i++)
        {
            var text = i % 2 == 0
                ? new string(Enumerable.Range(0, random.Next(1, 300)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray())
                : string.Join(random.Next(4) == 0 ? "\n" : " ", Enumerable.Range(0, random.Next(1, 200)).Select(_ => words[random.Next(words.Length)]));
            try
            {
                var r = Extract.Text(text);
                foreach (var e in r.Entities.SelectMany(x => x.Evidence)) Assert.InRange(e.End, e.Start, text.Length);
            }
            catch (DocumentRejectedException)
            {
                // empty or binary-looking input is refused on purpose
            }
        }
    }

    [Fact]
    public void The_same_input_gives_the_same_result()
    {
        const string text = "Talks\n\nOn June 12, Azerbaijan released 15 Armenian detainees through mediation by the International Committee of the Red Cross, the Azerbaijani Foreign Ministry said.";
        var a = Extract.Text(text);
        var b = Extract.Text(text);
        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.Equal(a.DocumentId, b.DocumentId);
        Assert.Equal(a.Entities.Select(e => (e.Key, e.Evidence.Count)), b.Entities.Select(e => (e.Key, e.Evidence.Count)));
        Assert.Equal(Extract.Describe(a), Extract.Describe(b));
    }

    [Fact]
    public void A_document_is_identified_by_url_then_source_path_then_content()
    {
        var byUrl = Extract.Extractor.Extract(new DocumentInput { Text = "Some text about Armenia and Azerbaijan talks.", Url = "https://example.org/a", SourcePath = "x.txt" });
        var sameUrl = Extract.Extractor.Extract(new DocumentInput { Text = "Other text about Russia and Georgia talks.", Url = "https://example.org/a" });
        Assert.Equal(byUrl.DocumentId, sameUrl.DocumentId);
        Assert.NotEqual(byUrl.ContentHash, sameUrl.ContentHash);
        var noKey1 = Extract.Extractor.Extract(new DocumentInput { Text = "Some text about Armenia and Azerbaijan talks." });
        var noKey2 = Extract.Extractor.Extract(new DocumentInput { Text = "Some text about Armenia and Azerbaijan talks." });
        Assert.Equal(noKey1.DocumentId, noKey2.DocumentId);
    }
}
