namespace Hankevahti.Following.Reports;

/// <summary>
/// A report laid out for reading: a title, facts about the project and sections of paragraphs and tables.
/// The page, the .docx and the .xlsx are all written from this one layout, so the three can never show
/// different figures.
/// </summary>
public sealed record ReportDocument(string Title, string Subtitle, IReadOnlyList<ReportSection> Sections);

/// <summary>A section: its heading, paragraphs (the narrative) and at most one table.</summary>
public sealed record ReportSection(string Heading, IReadOnlyList<string> Paragraphs, ReportTable? Table)
{
    public static ReportSection Text(string heading, params string[] paragraphs) => new(heading, paragraphs, null);
}

/// <summary>
/// A table with a header row. <see cref="SheetName"/> names its sheet in the .xlsx (Excel allows 31 characters).
/// The totals row, when there is one, is kept apart from the rows so a sum over the rows never counts it twice.
/// </summary>
public sealed record ReportTable(string SheetName, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows,
    IReadOnlyList<object?>? Totals = null);

/// <summary>A column's header and what its cells hold.</summary>
public sealed record ReportColumn(string Header, CellKind Kind);

/// <summary>
/// What a cell holds: text, money (decimal euros), a plain number (decimal), a share (decimal 0.25 = 25 %) or a date
/// (DateOnly). Numbers stay numbers until a writer formats them.
/// </summary>
public enum CellKind { Text, Money, Number, Share, Date }
