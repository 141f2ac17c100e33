using System.Text;
using Hankevahti.Reading;
using Hankevahti.Reading.Text;

namespace Hankevahti.Tests.Reading.Text;

public class PlanTextReaderTests
{
    // Consecutive tab lines are one table; plain lines stay paragraphs with their line numbers.
    // Arabic-Indic digits look like a page footer to \d but int.Parse cannot read them: the line is
    // plain text and the reader must not fail on it.
    [Fact]
    public void Digits_of_other_scripts_are_text_not_a_failure()
    {
        var r = PlanTextReader.Read(Encoding.UTF8.GetBytes("1 Hankkeen tarve\n\u0661\u0668(\u0663\u0665)\n1) kohta \u0662\n"), "x.txt");

        Assert.False(r.HasErrors, string.Join("; ", r.Messages.Select(m => m.Message)));
        Assert.Contains(r.Blocks, b => b is ParagraphBlock p && p.Text.Contains('\u0661'));
    }

    [Fact]
    public void TabRowsFormOneTable()
    {
        var r = PlanTextReader.Read(Encoding.UTF8.GetBytes("Otsikko\na\tb\nc\td\nLoppu"), "x.txt");
        Assert.Empty(r.Messages);
        Assert.Equal(3, r.Blocks.Count);
        var t = Assert.IsType<TableBlock>(r.Blocks[1]);
        Assert.Equal(2, t.Rows.Count);
        Assert.Equal(2, t.Source.Line);
        Assert.Equal(3, t.Source.EndLine);
        Assert.Equal(4, r.Blocks[2].Source.Line);
        var cell = t.Rows[1].Cells[1];
        Assert.Equal("d", cell.Text);
        Assert.Equal((3, 2, 2), (cell.Source.Line!.Value, cell.Source.Row!.Value, cell.Source.Cell!.Value));
    }

    // Oversized input is refused as data, naming the file.
    [Fact]
    public void TooLargeIsAnError()
    {
        var r = PlanTextReader.Read(new byte[PlanTextReader.MaxBytes + 1], "big.txt");
        Assert.True(r.HasErrors);
        Assert.Contains("big.txt", r.Messages[0].Message);
    }

    // Word exports saved as ANSI: invalid UTF-8 falls back to Windows-1252 with a warning.
    [Fact]
    public void InvalidUtf8FallsBackTo1252()
    {
        var r = PlanTextReader.Read([0x54, 0xE4, 0x68, 0xE4, 0x20, 0x96, 0x20, 0x78], "ansi.txt");
        Assert.Equal(Severity.Warning, Assert.Single(r.Messages).Severity);
        Assert.Equal("Tähä – x", Assert.IsType<ParagraphBlock>(Assert.Single(r.Blocks)).Text);
    }

    // Markdown export marks headings with '#'; the level is the number of hashes, bold is stripped, the number split off.
    [Fact]
    public void MarkdownHeading()
    {
        var r = PlanTextReader.Read(Encoding.UTF8.GetBytes("## **1. Hankkeen tarve**"), "h.md");
        var h = Assert.IsType<HeadingBlock>(Assert.Single(r.Blocks));
        Assert.Equal(2, h.Level);
        Assert.Equal("1", h.Number);
        Assert.Equal("Hankkeen tarve", h.Text);
        Assert.Equal(DocumentOrigin.Markdown, r.Origin);
    }

    // Line numbers are the editor's: \r\n, \n and a lone \r all end a line, a BOM is not text.
    [Fact]
    public void LineNumbersFollowAnyLineBreak()
    {
        var r = TextReading.Read("\uFEFFa\r\n\r\nb\rc\nd");
        Assert.Equal([1, 3, 4, 5], r.Blocks.Select(b => b.Source.Line!.Value));
        Assert.Equal("a", ((ParagraphBlock)r.Blocks[0]).Text);
    }

    // The PDF reader forces PDF-text mode on pdftotext output, even when it is too short to detect.
    [Fact]
    public void OriginCanBeForced()
    {
        var r = TextReading.Read("Tavoite \n\nja toinen rivi \n\n3(12)\n", origin: DocumentOrigin.PdfText);
        Assert.Equal(DocumentOrigin.PdfText, r.Origin);
        Assert.Equal("P:Tavoite ~ P:ja toinen rivi ~ F:3(12)", TextReading.ShowAll(r));
        var detected = TextReading.Read("Tavoite \n\nja toinen rivi \n\n3(12)\n");
        Assert.Equal(DocumentOrigin.WordText, detected.Origin);
    }

    // A binary file renamed .txt is read without throwing but flagged, naming file and line.
    [Fact]
    public void ControlCharactersAreFlagged()
    {
        var r = TextReading.Read("teksti\nro\u0000ska", "bin.txt");
        var m = Assert.Single(r.Messages);
        Assert.Equal(Severity.Warning, m.Severity);
        Assert.Contains("bin.txt, line 2", m.Message);
    }

    // Random bytes and random mixes of the syntax the reader reacts to never throw, and every block points into the file.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void NeverThrowsOnRandomInput(int seed)
    {
        var rnd = new Random(seed);
        string[] pieces = ["\t", "\n", "\r", "\r\n", "\f", " ", "<ul>", "<li>", "</p>", "<a href=\"#\">", "&amp;", "&#x", "•", "\uF0B7", "o ", "- ", "* ",
            "1) ", "# ", "###### ", "**", "[x](#)", "](", "|", "| --- |", "--", "18(35)", "Sivu 3 / 35", "ä", "sana", "Iso", "\\", "\u0000", "<", ">", "\"", "'"];
        for (var round = 0; round < 150; round++)
        {
            byte[] bytes;
            if (round % 3 == 0)
            {
                bytes = new byte[rnd.Next(0, 3000)];
                rnd.NextBytes(bytes);
            }
            else
            {
                var sb = new StringBuilder();
                for (var k = rnd.Next(0, 400); k > 0; k--)
                {
                    sb.Append(pieces[rnd.Next(pieces.Length)]);
                }
                bytes = Encoding.UTF8.GetBytes(sb.ToString());
            }
            DocumentOrigin? origin = round % 4 == 0 ? DocumentOrigin.PdfText : null;
            var r = PlanTextReader.Read(bytes, "fuzz.txt", origin);
            Assert.DoesNotContain(r.Messages, m => m.Severity == Severity.Error);
            var lineCount = Encoding.UTF8.GetString(bytes).Count(c => c is '\n' or '\r') + 1;
            foreach (var b in r.Blocks)
            {
                Assert.Equal("fuzz.txt", b.Source.File);
                Assert.InRange(b.Source.Line!.Value, 1, lineCount);
            }
        }
    }
}
