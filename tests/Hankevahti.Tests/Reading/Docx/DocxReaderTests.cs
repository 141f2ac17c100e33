using Hankevahti.Reading;
using Hankevahti.Reading.Docx;
using static Hankevahti.Tests.Reading.Docx.DocxBuilder;

namespace Hankevahti.Tests.Reading.Docx;

/// <summary>WordprocessingML details that the generated fixtures do not cover.</summary>
public class DocxReaderTests
{
    private static ReadResult Read(byte[] bytes)
    {
        var r = DocxReader.Read(bytes, "t.docx");
        Assert.False(r.HasErrors, string.Join("\n", r.Messages.Select(m => m.Message)));
        return r;
    }

    // Heading level from a localised style name, from outline level, and inherited through basedOn.
    [Fact]
    public void HeadingStylesByNameOutlineLevelAndBasedOn()
    {
        var styles =
            "<w:style w:type=\"paragraph\" w:styleId=\"Otsikko1\"><w:name w:val=\"Otsikko 1\"/></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Oma\"><w:name w:val=\"Oma otsikko\"/><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Johdettu\"><w:name w:val=\"Johdettu\"/><w:basedOn w:val=\"Oma\"/></w:style>";
        var r = Read(Make(P("1 Hankkeen tarve", "Otsikko1") + P("4.2.1 Alakohta", "Oma") + P("Ilman numeroa", "Johdettu") + P("Tavallinen"), styles));
        var h = r.Blocks.OfType<HeadingBlock>().Select(b => (b.Level, b.Number, b.Text)).ToList();
        Assert.Equal([(1, "1", "Hankkeen tarve"), (3, "4.2.1", "Alakohta"), (3, null, "Ilman numeroa")], h);
        Assert.Equal(4, Assert.IsType<ParagraphBlock>(r.Blocks[3]).Source.Paragraph);
    }

    // Automatic heading numbers (%1.%2) are counted like Word does; letter lists get letters; bullets "•".
    [Fact]
    public void NumberingMarkers()
    {
        var numbering =
            "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1\"/></w:lvl>" +
            "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2\"/></w:lvl></w:abstractNum>" +
            "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%1)\"/></w:lvl>" +
            "<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\uF0B7\"/></w:lvl></w:abstractNum>" +
            "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";
        string Num(int id, int lvl) => $"<w:numPr><w:ilvl w:val=\"{lvl}\"/><w:numId w:val=\"{id}\"/></w:numPr>";
        var body = P("Tarve", "Heading1", Num(1, 0)) + P("Tausta", "Heading2", Num(1, 1)) + P("Tavoitteet", "Heading1", Num(1, 0)) + P("Ala", "Heading2", Num(1, 1))
            + P("eka", null, Num(2, 0)) + P("toka", null, Num(2, 0)) + P("luettelo", null, Num(2, 1));
        var r = Read(Make(body, numbering: numbering));
        Assert.Equal(["1 Tarve", "1.1 Tausta", "2 Tavoitteet", "2.1 Ala"], r.Blocks.OfType<HeadingBlock>().Select(h => $"{h.Number} {h.Text}"));
        Assert.Equal([(0, "a)"), (0, "b)"), (1, "•")], r.Blocks.OfType<ListItemBlock>().Select(l => (l.Depth, l.Marker!)));
    }

    // gridBefore and gridSpan move the column; vMerge continuation adds to the cell above only in the same grid column.
    [Fact]
    public void MergedCellsKeepGridColumns()
    {
        static string Tc(string text, string pr = "") => $"<w:tc><w:tcPr>{pr}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>";
        const string span2 = "<w:gridSpan w:val=\"2\"/>";
        const string restart = "<w:vMerge w:val=\"restart\"/>";
        const string cont = "<w:vMerge/>";
        var tbl = "<w:tbl>"
            + "<w:tr>" + Tc("A", restart) + Tc("B") + Tc("C") + Tc("D", restart) + "</w:tr>"
            + "<w:tr>" + Tc("", cont) + Tc("bar", span2) + Tc("", cont) + "</w:tr>"
            + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + Tc("E") + Tc("F") + Tc("lisä", cont) + "</w:tr>"
            + "</w:tbl>";
        var t = Assert.IsType<TableBlock>(Assert.Single(Read(Make(tbl)).Blocks));
        Assert.Equal([("A", 1, 2), ("B", 1, 1), ("C", 1, 1), ("D\nlisä", 1, 3)], t.Rows[0].Cells.Select(c => (c.Text, c.ColSpan, c.RowSpan))); // a continued cell's words stay with the merged cell
        Assert.Equal([("bar", 2, 1)], t.Rows[1].Cells.Select(c => (c.Text, c.ColSpan, c.RowSpan)));
        Assert.Equal([("", 1), ("E", 1), ("F", 1)], t.Rows[2].Cells.Select(c => (c.Text, c.ColSpan))); // gridBefore as an empty placeholder
        Assert.Equal(2, t.Rows[1].Cells[0].Source.Cell);

        // On the grid the bar covers columns 2 and 3 of row 2, and the merged cells fill their columns below.
        var grid = Hankevahti.Import.Common.MergedCells.Grid(t);
        Assert.Equal(["A", "bar", "bar", "D\nlisä"], grid[1].Select(c => c?.Text));
        Assert.Equal(["", "E", "F", "D\nlisä"], grid[2].Select(c => c?.Text));
    }

    // Page breaks become blocks where they stood; line breaks stay inside the paragraph; deleted text is dropped.
    [Fact]
    public void BreaksAndRevisions()
    {
        var body = "<w:p><w:r><w:t>ennen</w:t></w:r><w:r><w:br w:type=\"page\"/></w:r><w:r><w:t>jälkeen</w:t><w:br/><w:t>rivi</w:t></w:r>"
            + "<w:del><w:r><w:delText>poistettu</w:delText></w:r></w:del><w:ins><w:r><w:t> lisätty</w:t></w:r></w:ins></w:p>"
            + "<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>uusi sivu</w:t></w:r></w:p>";
        var r = Read(Make(body));
        Assert.Equal(["P:ennen", "PB", "P:jälkeen\nrivi lisätty", "PB", "P:uusi sivu"],
            r.Blocks.Select(b => b switch { ParagraphBlock p => "P:" + p.Text, PageBreakBlock => "PB", _ => "?" }));
    }

    // Text outside the body is not lost: notes and comments follow the body as paragraphs, page
    // headers and footers are layout and are listed as artefacts; Word's separator notes are nothing.
    [Fact]
    public void NotesCommentsAndPageHeadersAreKept()
    {
        string Part(string root, string inner) => $"<?xml version=\"1.0\"?><w:{root} xmlns:w=\"{W}\">{inner}</w:{root}>";
        var bytes = Zip(new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
            ["word/document.xml"] = Document(P("Runko")),
            ["word/footnotes.xml"] = Part("footnotes", "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + $"<w:footnote w:id=\"1\">{P("Lähde: THL 2025")}</w:footnote>"),
            ["word/comments.xml"] = Part("comments", $"<w:comment w:id=\"0\" w:author=\"A\">{P("Tarkista luku")}</w:comment>"),
            ["word/header1.xml"] = Part("hdr", P("Hankesuunnitelma luonnos")),
            ["word/footer1.xml"] = Part("ftr", P("Sivu 1")),
        });

        var r = Read(bytes);

        Assert.Equal(["Runko", "Alaviite 1: Lähde: THL 2025", "Kommentti 0: Tarkista luku"], r.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
        Assert.Equal(["pageFooter:Sivu 1", "pageHeader:Hankesuunnitelma luonnos"], r.Artefacts.Select(a => $"{a.Kind}:{a.Text}"));
    }

    // Content controls and nested tables keep their text; a nested table's cells become lines of the outer cell.
    [Fact]
    public void ContentControlsAndNestedTables()
    {
        var inner = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>sisä 1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>sisä 2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
        var body = "<w:sdt><w:sdtPr/><w:sdtContent>" + P("ohjattu") + "</w:sdtContent></w:sdt>"
            + $"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>ulko</w:t></w:r></w:p>{inner}<w:p/></w:tc></w:tr></w:tbl>";
        var r = Read(Make(body));
        Assert.Equal("ohjattu", Assert.IsType<ParagraphBlock>(r.Blocks[0]).Text);
        Assert.Equal("ulko\nsisä 1\nsisä 2", Assert.IsType<TableBlock>(r.Blocks[1]).Rows[0].Cells[0].Text);
    }
}
