using System.Text;
using Hankevahti.Import;
using Hankevahti.Reading;
using Hankevahti.Reading.Pdf;
using Hankevahti.Tests.Reading.Docx;

namespace Hankevahti.Tests.Reading.Pdf;

/// <summary>PDFs go through poppler's pdftotext; its absence and its complaints become one-line errors.</summary>
public class PdfReaderTests
{
    // A PDF written by LibreOffice from the fixture's .docx imports with its sections and page numbers.
    [Fact]
    public void GeneratedPdfImportsThroughPdftotext()
    {
        GeneratedDocuments.RequireTool("pdftotext", "poppler-utils");
        var path = GeneratedDocuments.LibreOfficePdf;
        var read = DocumentReader.ReadFile(path);
        Assert.False(read.HasErrors, string.Join("\n", read.Messages.Select(m => m.Message)));
        Assert.Equal(DocumentOrigin.Pdf, read.Origin);
        Assert.All(read.Blocks, b => Assert.NotNull(b.Source.Page));
        Assert.Equal(1, read.Blocks[0].Source.Page);
        Assert.True(read.Blocks[^1].Source.Page > 1, "the fixture spans more than one page");

        var result = PlanImporter.Import(read, Path.GetFileName(path));
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("pdf", result.Plan!.Import?.Format);
        var titles = Flatten(result.Plan.Sections).Select(s => $"{s.Number} {s.Title}").ToList();
        Assert.Contains("1 Hankkeen tarve", titles);
        Assert.Contains("4.1 Aikataulu", titles);
        Assert.True(titles.Contains("6 Hallinnointi ja seuranta"), string.Join("\n", titles));
        var all = string.Join("\n", Flatten(result.Plan.Sections).Select(s => s.Text));
        Assert.Contains("Asiakasraati", all);
        Assert.Contains("Riskit ja niihin varautuminen", all + string.Join("\n", titles));
    }

    private static IEnumerable<Hankevahti.Plans.Section> Flatten(IEnumerable<Hankevahti.Plans.Section> sections) =>
        sections.SelectMany(s => new[] { s }.Concat(Flatten(s.Children)));

    // Without poppler-utils the error says which Debian package to install.
    [Fact]
    public void MissingToolNamesThePackage()
    {
        var r = PdfReader.Read(Encoding.ASCII.GetBytes("%PDF-1.4\n"), "s.pdf", "/nonexistent/pdftotext");
        var error = Assert.Single(r.Messages).Message;
        Assert.Equal("s.pdf: pdftotext was not found; install Debian's poppler-utils (apt-get install poppler-utils).", error);
    }

    // A PDF whose text expands past the limit (a compression bomb) is stopped while it is read, not
    // after it has filled memory. A stand-in for pdftotext writes 25 M characters.
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void TextOverTheLimitIsRefusedWhileReading()
    {
        var folder = Directory.CreateTempSubdirectory("hankevahti-pdf-test-").FullName;
        try
        {
            var tool = Path.Combine(folder, "fake-pdftotext");
            File.WriteAllText(tool, "#!/bin/sh\nhead -c 25000000 /dev/zero | tr '\\0' 'a'\n");
            File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserExecute);

            var r = PdfReader.Read(Encoding.ASCII.GetBytes("%PDF-1.4\n"), "pommi.pdf", tool);

            var error = Assert.Single(r.Messages).Message;
            Assert.StartsWith("pommi.pdf: gives more than 20 M characters of text", error);
            Assert.Empty(r.Blocks);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // A damaged PDF gives pdftotext's own reason on one line.
    [Fact]
    public void CorruptPdfGivesPdftotextsReason()
    {
        GeneratedDocuments.RequireTool("pdftotext", "poppler-utils");
        var r = PdfReader.Read(Encoding.ASCII.GetBytes("%PDF-1.4\nroskaa\n"), "rikki.pdf");
        var error = Assert.Single(r.Messages).Message;
        Assert.StartsWith("rikki.pdf: is damaged or unreadable (pdftotext: ", error);
        Assert.DoesNotContain('\n', error);
    }

    // A password-protected PDF is named as encrypted, with pdftotext's reason.
    [Fact]
    public void EncryptedPdfIsNamedAsSuch()
    {
        GeneratedDocuments.RequireTool("pdftotext", "poppler-utils");
        var r = DocumentReader.ReadFile(GeneratedDocuments.EncryptedPdf);
        Assert.Equal("encrypted.pdf: is encrypted (pdftotext: Command Line Error: Incorrect password).", Assert.Single(r.Messages).Message);
    }

    // Bytes without the %PDF header are not handed to pdftotext at all.
    [Fact]
    public void NotAPdf()
    {
        var r = PdfReader.Read(Encoding.ASCII.GetBytes("hello"), "x.pdf");
        Assert.Equal("x.pdf: is not a PDF file (no %PDF header).", Assert.Single(r.Messages).Message);
    }

    // Form feeds separate pages; every block gets the page it stood on.
    [Fact]
    public void FormFeedsBecomePages()
    {
        GeneratedDocuments.RequireTool("pdftotext", "poppler-utils");
        var read = PdfReader.Read(File.ReadAllBytes(GeneratedDocuments.LibreOfficePdf), "f.pdf");
        var pages = read.Blocks.Select(b => b.Source.Page ?? 0).ToList();
        Assert.Equal(pages.OrderBy(p => p), pages); // pages never go backwards
    }
}
