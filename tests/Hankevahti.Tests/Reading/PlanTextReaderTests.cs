using System.Text;
using Hankevahti.Reading;
using Hankevahti.Reading.Text;

namespace Hankevahti.Tests.Reading;

public class PlanTextReaderTests
{
    // Consecutive tab lines are one table; plain lines stay paragraphs with their line numbers.
    [Fact]
    public void TabRowsFormOneTable()
    {
        var r = PlanTextReader.Read(Encoding.UTF8.GetBytes("Otsikko\na\tb\nc\td\nLoppu"), "x.txt");
        Assert.Empty(r.Messages);
        Assert.Equal(3, r.Blocks.Count);
        var t = Assert.IsType<TableBlock>(r.Blocks[1]);
        Assert.Equal(2, t.Rows.Count);
        Assert.Equal(4, r.Blocks[2].Source.Line);
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

    // Markdown export marks headings with '#'; the level is the number of hashes, bold is stripped.
    [Fact]
    public void MarkdownHeading()
    {
        var h = Assert.IsType<HeadingBlock>(Assert.Single(PlanTextReader.Read(Encoding.UTF8.GetBytes("## **1. Hankkeen tarve**"), "h.md").Blocks));
        Assert.Equal(2, h.Level);
        Assert.Equal("1. Hankkeen tarve", h.Text);
    }
}
