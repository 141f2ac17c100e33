using System.IO.Compression;
using System.Text;
using Hankevahti.Following.Values;

namespace Hankevahti.Tests.Following.Values;

/// <summary>Evidence files are typed by their bytes, not their names, and refused with the reason when too large or of another kind.</summary>
public class EvidenceFilesTests
{
    private static byte[] Zip(params string[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<x/>");
            }
        }
        return stream.ToArray();
    }

    public static TheoryData<string, string, byte[], string?> Files() => new()
    {
        { "pdf", "raportti.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n..."), EvidenceFiles.Pdf },
        { "png", "kuva.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], EvidenceFiles.Png },
        { "jpeg", "kuva.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2], EvidenceFiles.Jpeg },
        { "docx", "muistio.docx", Zip("[Content_Types].xml", "word/document.xml"), EvidenceFiles.Docx },
        { "xlsx", "kysely.xlsx", Zip("[Content_Types].xml", "xl/workbook.xml"), EvidenceFiles.Xlsx },
        { "csv by name", "vastaukset.csv", Encoding.UTF8.GetBytes("a;b\nä;ö\n"), EvidenceFiles.Csv },
        { "plain text", "muistio.txt", Encoding.UTF8.GetBytes("Kävijöitä 35.\r\n"), EvidenceFiles.Text },
        // The name says PDF but the bytes are a Windows program: refused.
        { "renamed exe", "raportti.pdf", [(byte)'M', (byte)'Z', 0x90, 0, 3, 0], null },
        // A zip that is not an Office document (no [Content_Types].xml).
        { "plain zip", "liite.docx", Zip("word/document.xml"), null },
        // A zip with content types but neither Word nor Excel (e.g. PowerPoint) is not accepted.
        { "pptx", "esitys.pptx", Zip("[Content_Types].xml", "ppt/presentation.xml"), null },
        // Latin-1 text is not valid UTF-8.
        { "latin-1 text", "vanha.csv", [0x61, 0x3B, 0xE4, 0x0A], null },
        // A NUL byte is binary, even when the rest decodes.
        { "text with NUL", "x.txt", [0x61, 0x00, 0x62], null },
        { "broken zip", "x.xlsx", [(byte)'P', (byte)'K', 3, 4, 0, 0], null },
    };

    [Theory, MemberData(nameof(Files))]
    public void The_type_is_what_the_bytes_are(string why, string name, byte[] content, string? type)
    {
        var (file, problem) = EvidenceFiles.Check(name, content);

        Assert.True(type == file?.ContentType, why);
        if (type is null)
        {
            Assert.Equal(EvidenceProblem.RefusedType, problem!.Code);
        }
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_with_its_size_and_the_limit()
    {
        var content = new byte[1024 * 1024 + 1];
        "%PDF-"u8.CopyTo(content);

        var (file, problem) = EvidenceFiles.Check("iso.pdf", content, max: 1024 * 1024);

        Assert.Null(file);
        Assert.Equal(EvidenceProblem.TooLarge, problem!.Code);
        Assert.Contains("at most 1 MB", problem.English);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Equal(EvidenceProblem.Empty, EvidenceFiles.Check("x.txt", []).Problem!.Code);
    }

    public static TheoryData<string, string?, string> Names() => new()
    {
        { "a path is dropped", "C:\\Users\\m\\raportti.pdf", "raportti.pdf" },
        { "a unix path is dropped", "../../etc/passwd", "passwd" },
        // Quotes and control characters would break the download's header.
        { "quotes and controls", "a\"b\r\n.pdf", "ab.pdf" },
        { "no name", "  ", "evidence" },
    };

    [Theory, MemberData(nameof(Names))]
    public void File_names_are_cleaned(string why, string? name, string expected)
    {
        Assert.True(expected == EvidenceFiles.CleanName(name), why);
    }
}
