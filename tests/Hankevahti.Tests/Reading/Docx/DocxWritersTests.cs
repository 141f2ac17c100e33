using Hankevahti.Reading;
using Hankevahti.Reading.Text;

namespace Hankevahti.Tests.Reading.Docx;

/// <summary>The fixture plan as written by two different word processors reads to the same structure.</summary>
public class DocxWritersTests
{
    private static ReadResult Read(string writer)
    {
        var r = DocumentReader.ReadFile(GeneratedDocuments.Writer(writer));
        Assert.False(r.HasErrors, string.Join("\n", r.Messages.Select(m => m.Message)));
        Assert.Equal(DocumentOrigin.Docx, r.Origin);
        return r;
    }

    // Both writers: heading styles give the level, the number is split off the text.
    [Theory]
    [InlineData("pandoc")]
    [InlineData("libreoffice")]
    public void HeadingsHaveLevelsAndNumbers(string writer)
    {
        var headings = Read(writer).Blocks.OfType<HeadingBlock>().Select(h => $"{h.Level}|{h.Number}|{h.Text}").ToList();
        Assert.Equal(
        [
            "1|1|Hankkeen tarve", "1|2|Hankkeen tavoitteet ja kohderyhmät", "2|2.1|Tavoitteet", "2|2.2|Kohderyhmät",
            "1|3|Hankkeen toimijat", "1|4|Toteutus", "2|4.1|Aikataulu", "2|4.2|Toimenpiteet", "1|5|Kustannusarvio",
            "1|6|Hallinnointi ja seuranta", "2|6.5|Riskit ja niihin varautuminen",
        ], headings);
    }

    // Numbering definitions give markers counted in order and the nesting depth from ilvl.
    [Theory]
    [InlineData("pandoc")]
    [InlineData("libreoffice")]
    public void NumberedAndNestedListItems(string writer)
    {
        var items = Read(writer).Blocks.OfType<ListItemBlock>().ToList();
        var actions = items.Where(i => i.Depth == 0 && i.Marker is not null && char.IsDigit(i.Marker[0])).ToList();
        Assert.Equal(["1.", "2.", "3.", "4."], actions.Select(a => a.Marker));
        Assert.StartsWith("Nykytilan kartoitus", actions[0].Text);
        var nested = items.Single(i => i.Text.StartsWith("Asiakasraati"));
        Assert.Equal(1, nested.Depth);
        Assert.Equal(5, items.Count(i => i.Depth == 0 && !actions.Contains(i))); // the goal and target group bullets
        Assert.All(items, i => Assert.NotNull(i.Source.Paragraph));
    }

    // The tables laid on their grid equal the text form's tables cell for cell, merged bars included.
    [Theory]
    [InlineData("pandoc")]
    [InlineData("libreoffice")]
    public void TablesMatchTheTextFormOnTheGrid(string writer)
    {
        var docx = Read(writer).Blocks.OfType<TableBlock>().Select(TableGrid.Expand).ToList();
        var text = PlanTextReader.Read(GeneratedDocuments.TextForm(), "kotona.txt").Blocks.OfType<TableBlock>().Select(TableGrid.Expand).ToList();
        Assert.Equal(3, docx.Count);
        Assert.Equal(text.Count, docx.Count);
        for (var i = 0; i < docx.Count; i++)
        {
            Assert.True(TableGrid.Show(text[i]) == TableGrid.Show(docx[i]), $"table {i + 1}:\n{TableGrid.Show(docx[i])}\n--- expected ---\n{TableGrid.Show(text[i])}");
        }
    }

    // LibreOffice keeps the HTML's merged cells: bars as gridSpan, the phase column as vMerge, <br> and <p> as lines.
    [Fact]
    public void LibreOfficeMergedCellsAndLineBreaks()
    {
        var tables = Read("libreoffice").Blocks.OfType<TableBlock>().ToList();
        var schedule = tables[0];
        var row1 = schedule.Rows[1].Cells;
        Assert.Equal(("Suunnittelu", 1, 2), (row1[0].Text, row1[0].ColSpan, row1[0].RowSpan));
        Assert.Equal(("x", 2, 1), (row1[2].Text, row1[2].ColSpan, row1[2].RowSpan));
        Assert.Equal(4, schedule.Rows[2].Cells.Count); // neither the merged phase cell nor the bar's second column is repeated
        Assert.Equal(new Hankevahti.Plans.SourceRef { File = "libreoffice.docx", Table = 1, Row = 2, Cell = 3 }, row1[2].Source);
        var risks = tables[2];
        Assert.Equal("Perehdytysmateriaali ja\nvarahenkilöt", risks.Rows[1].Cells[3].Text);
        Assert.Equal("Varhainen hankinta\nja testaus", risks.Rows[2].Cells[3].Text);
    }
}
