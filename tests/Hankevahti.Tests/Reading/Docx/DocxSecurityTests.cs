using System.Diagnostics;
using System.Text;
using Hankevahti.Reading;
using static Hankevahti.Tests.Reading.Docx.DocxBuilder;

namespace Hankevahti.Tests.Reading.Docx;

/// <summary>Hostile and broken .docx files end in a one-line error naming the file, quickly, never an exception.</summary>
public class DocxSecurityTests
{
    private static string Error(byte[] bytes, string file = "paha.docx")
    {
        var watch = Stopwatch.StartNew();
        var r = DocumentReader.Read(bytes, file);
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        var error = Assert.Single(r.Messages, m => m.Severity == Severity.Error).Message;
        Assert.StartsWith(file + ":", error);
        Assert.DoesNotContain('\n', error);
        Assert.Empty(r.Blocks);
        return error;
    }

    private static byte[] WithDocument(string documentXml) => Zip(new Dictionary<string, string> { ["word/document.xml"] = documentXml });

    // Billion laughs: the DTD is refused before any entity expands.
    [Fact]
    public void XmlBombIsRefused()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            sb.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : (i - 1).ToString())};", 10))}\">");
        }
        sb.Append($"]><w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>");
        Assert.Contains("DTD", Error(WithDocument(sb.ToString())));
    }

    // An external entity would read a local file into the plan; it must not be resolved.
    [Fact]
    public void ExternalEntityIsNotResolved()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "SALAINEN-SISÄLTÖ");
        try
        {
            var xml = $"<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file://{secret}\">]><w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
            var error = Error(WithDocument(xml));
            Assert.DoesNotContain("SALAINEN", error);
            Assert.Contains("invalid XML", error);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    // Each kind of wrong or broken file names its own reason (the table says why each case exists).
    [Theory]
    // Old binary Word and password-protected .docx are both OLE compound files.
    [InlineData("ole", "is encrypted or an old .doc file")]
    // Text renamed to .docx.
    [InlineData("text", "wrong type")]
    // A PDF renamed to .docx.
    [InlineData("pdf", "wrong type: the name says .docx but the content is a PDF")]
    // A zip that is not a Word document (e.g. an .xlsx or a plain archive).
    [InlineData("nodocument", "no word/document.xml")]
    // A download cut short: the central directory is missing.
    [InlineData("truncated", "is damaged or truncated")]
    // A zip header and nothing else.
    [InlineData("stub", "is damaged or truncated")]
    // The central directory claims 4 GB per entry: refused before inflating anything.
    [InlineData("declared", "would expand to over 100 MB")]
    // Zeros compress a thousandfold: the ratio guard catches a bomb below the size limit.
    [InlineData("ratio", "suspicious compression ratio")]
    // Thousands of entries exhaust memory through the directory alone.
    [InlineData("entries", "zip entries, over the limit")]
    // Nesting deep enough to exhaust a recursive walk.
    [InlineData("deep", "nests elements deeper")]
    // document.xml that is not XML at all.
    [InlineData("badxml", "invalid XML")]
    // Well-formed XML that is not WordprocessingML.
    [InlineData("wrongroot", "no w:document/w:body")]
    public void BrokenFilesGiveAClearError(string kind, string expected)
    {
        var good = Make(P("1 Hankkeen tarve", "Heading1"));
        byte[] bytes = kind switch
        {
            "ole" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
            "text" => Encoding.UTF8.GetBytes("1 Hankkeen tarve\nteksti"),
            "pdf" => Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n"),
            "nodocument" => Zip(new Dictionary<string, string> { ["xl/workbook.xml"] = "<a/>" }),
            "truncated" => good[..(good.Length / 2)],
            "stub" => [0x50, 0x4B, 3, 4, 0, 0],
            "declared" => ZipPatch.DeclareSize(good, 0xFFFF0000),
            "ratio" => ZipBytes(new Dictionary<string, byte[]> { ["word/document.xml"] = new byte[20 * 1024 * 1024] }),
            "entries" => ZipBytes(Enumerable.Range(0, 2100).ToDictionary(i => $"x/{i}", _ => new byte[1])),
            "deep" => WithDocument(Document(string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 400)) + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 400)))),
            "badxml" => WithDocument("this is < not xml"),
            "wrongroot" => WithDocument("<html><body/></html>"),
            _ => throw new ArgumentException(kind),
        };
        Assert.Contains(expected, Error(bytes));
    }

    // Wrong extensions and types are caught by the dispatcher, each naming the file.
    [Theory]
    // A .docx renamed to .pdf.
    [InlineData("suunnitelma.pdf", "zip", "wrong type: the name says .pdf but the content is a zip archive")]
    // A .docx renamed to .txt.
    [InlineData("suunnitelma.txt", "zip", "wrong type: the name says .txt")]
    // Old Word format is named as such.
    [InlineData("suunnitelma.doc", "ole", "old Word .doc file")]
    // Anything else is unsupported.
    [InlineData("suunnitelma.odt", "zip", "unsupported file type \".odt\"")]
    public void DispatcherChecksTheContent(string file, string content, string expected)
    {
        byte[] bytes = content == "zip" ? Make(P("x")) : [0xD0, 0xCF, 0x11, 0xE0, 0, 0, 0, 0];
        Assert.Contains(expected, Error(bytes, file));
    }
}
