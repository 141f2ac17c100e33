using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Hankevahti.Following.Reports;

/// <summary>
/// Writes a report as a Word document: real heading styles (so the reader's outline and table of contents work),
/// tables whose header row repeats on every page, figures right-aligned in the Finnish format.
/// </summary>
public static class DocxWriter
{
    public static void Write(ReportDocument report, Stream output)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        AddStyles(main);
        var body = new Body();
        body.Append(Paragraph(report.Title, "Title"));
        body.Append(Paragraph(report.Subtitle, "Subtitle"));
        foreach (var section in report.Sections)
        {
            body.Append(Paragraph(section.Heading, "Heading1"));
            foreach (var text in section.Paragraphs)
            {
                body.Append(Paragraph(text, null));
            }
            if (section.Table is { } table)
            {
                body.Append(Table(table));
                body.Append(new Paragraph());
            }
        }
        // A4 with 2 cm margins, landscape tables fit in portrait at this width.
        body.Append(new SectionProperties(new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    public static byte[] Bytes(ReportDocument report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }
        paragraph.Append(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table Table(ReportTable table)
    {
        var result = new Table(new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                // The schema's order: top, left, bottom, right, then the inside lines.
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        // The schema asks for the grid after the properties; equal columns over the page's 17 cm text width.
        var grid = new TableGrid();
        foreach (var _ in table.Columns)
        {
            grid.Append(new GridColumn { Width = (9638 / table.Columns.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        result.Append(grid);
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        foreach (var column in table.Columns)
        {
            header.Append(Cell(column.Header, bold: true, right: false));
        }
        result.Append(header);
        foreach (var row in table.Rows)
        {
            result.Append(Row(table.Columns, row, bold: false));
        }
        if (table.Totals is { } totals)
        {
            result.Append(Row(table.Columns, totals, bold: true));
        }
        return result;
    }

    private static TableRow Row(IReadOnlyList<ReportColumn> columns, IReadOnlyList<object?> cells, bool bold)
    {
        var row = new TableRow();
        for (var i = 0; i < columns.Count; i++)
        {
            var value = i < cells.Count ? cells[i] : null;
            row.Append(Cell(ReportFormat.Cell(columns[i].Kind, value), bold, right: columns[i].Kind is not CellKind.Text && value is not string));
        }
        return row;
    }

    private static TableCell Cell(string text, bool bold, bool right)
    {
        var run = new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }
        var paragraph = new Paragraph(run);
        if (right)
        {
            paragraph.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Right }));
        }
        return new TableCell(paragraph);
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Liberation Sans", HighAnsi = "Liberation Sans", ComplexScript = "Liberation Sans" },
                new FontSize { Val = "20" }, new Languages { Val = "fi-FI" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading("Title", "Title", 36, null),
            Heading("Subtitle", "Subtitle", 24, null),
            Heading("Heading1", "heading 1", 28, 0),
            new Style(new StyleName { Val = "Table Grid" }, new BasedOn { Val = "TableNormal" }) { Type = StyleValues.Table, StyleId = "TableGrid" });
        styles.Styles.Save();
    }

    private static Style Heading(string id, string name, int halfPoints, int? outline)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" });
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }
        return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            paragraph, new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        { Type = StyleValues.Paragraph, StyleId = id };
    }
}
