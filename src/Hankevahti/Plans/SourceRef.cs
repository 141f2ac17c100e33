namespace Hankevahti.Plans;

/// <summary>
/// Where a value stood in the document it was read from, so that checks and the web UI can
/// point back to it. Lines and paragraphs are 1-based; table, row and cell are 1-based within the document.
/// </summary>
public sealed record SourceRef
{
    public string? File { get; init; }
    public int? Line { get; init; }
    public int? EndLine { get; init; }
    public int? Paragraph { get; init; }
    public int? Table { get; init; }
    public int? Row { get; init; }
    public int? Cell { get; init; }
    public int? Page { get; init; }
}
