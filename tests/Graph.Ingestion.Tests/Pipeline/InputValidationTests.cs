using System.Text;

namespace Graph.Ingestion.Tests.Pipeline;

public class InputValidationTests
{
    private static RejectionReason Rejected(DocumentInput input) =>
        Assert.Throws<DocumentRejectedException>(() => InputValidator.Validate(input)).Reason;

    [Fact]
    public void Empty_text_and_missing_content_are_rejected()
    {
        Assert.Equal(RejectionReason.Empty, Rejected(new DocumentInput { Text = "  \n " }));
        Assert.Equal(RejectionReason.Empty, Rejected(new DocumentInput()));
    }

    [Fact]
    public void Content_over_five_megabytes_is_rejected()
    {
        var big = new byte[InputValidator.MaxBytes + 1];
        Array.Fill(big, (byte)'a');
        Assert.Equal(RejectionReason.TooLarge, Rejected(new DocumentInput { Bytes = big }));
        Assert.Equal(RejectionReason.TooLarge, Rejected(new DocumentInput { Text = new string('a', InputValidator.MaxBytes + 1) }));
    }

    [Fact]
    public void Invalid_utf8_and_binary_content_are_rejected()
    {
        Assert.Equal(RejectionReason.NotUtf8, Rejected(new DocumentInput { Bytes = new byte[] { 0x41, 0xC3, 0x28, 0x42 } }));
        Assert.Equal(RejectionReason.Binary, Rejected(new DocumentInput { Bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x01 } }));
        var control = new string('\u0001', 50) + "text";
        Assert.Equal(RejectionReason.Binary, Rejected(new DocumentInput { Text = control }));
    }

    [Fact]
    public void Html_pages_are_rejected()
    {
        Assert.Equal(RejectionReason.Html, Rejected(new DocumentInput { Text = "<!DOCTYPE html><html><body><p>Hi</p></body></html>" }));
        Assert.Equal(RejectionReason.Html, Rejected(new DocumentInput { Text = "<div><p>One</p><p>Two</p><span>x</span><a href='y'>z</a><br></div>" }));
    }

    [Fact]
    public void Valid_utf8_with_a_bom_is_decoded_and_a_few_angle_brackets_are_fine()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Armenia and Azerbaijan signed <the> deal.")).ToArray();
        Assert.Equal("Armenia and Azerbaijan signed <the> deal.", InputValidator.Validate(new DocumentInput { Bytes = bytes }));
    }

    [Fact]
    public void The_rejection_names_the_problem_with_a_stable_code()
    {
        var e = Assert.Throws<DocumentRejectedException>(() => InputValidator.Validate(new DocumentInput { Bytes = new byte[] { 0xFF, 0xFE, 0x41 } }));
        Assert.Equal("DOCUMENT_NOT_UTF8", e.Code);
        Assert.Contains("UTF-8", e.Message);
    }
}
