using Hankevahti.Plans;

namespace Hankevahti.Reading;

/// <summary>One block of the common stream every reader produces, with where it stood in the source.</summary>
public abstract record Block(SourceRef Source);

public sealed record HeadingBlock(SourceRef Source, int Level, string? Number, string Text) : Block(Source);

public sealed record ParagraphBlock(SourceRef Source, string Text) : Block(Source);

public sealed record ListItemBlock(SourceRef Source, int Depth, string? Marker, string Text) : Block(Source);

public sealed record TableBlock(SourceRef Source, IReadOnlyList<TableRow> Rows) : Block(Source);

public sealed record TableRow(IReadOnlyList<TableCell> Cells, SourceRef Source);

public sealed record TableCell(string Text, int ColSpan, int RowSpan, SourceRef Source);

public sealed record PageBreakBlock(SourceRef Source, string? Footer) : Block(Source);

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>A problem met while reading; names the file and the place.</summary>
/// <summary>A reader's message; <paramref name="Code"/> is one of <see cref="Hankevahti.Vocabulary.ImportNoteCodes"/> and becomes the import note's code.</summary>
public sealed record ReadMessage(Severity Severity, string Message, SourceRef? Source, string Code);

/// <summary>Which writer produced the text; recognisers need it because PDF text wraps lines and loses table rows.</summary>
public enum DocumentOrigin
{
    /// <summary>Text exported from Word: one paragraph per line, tables as tab-separated rows.</summary>
    WordText,
    /// <summary>Text extracted from a PDF: one visual line per block, tables as cell fragments.</summary>
    PdfText,
    Markdown,
    Docx,
    Pdf,
}

/// <summary>Source text that is layout, not content (page footers, table separator rows); counted apart so coverage stays honest.</summary>
public sealed record ReadArtefact(string Kind, string Text, SourceRef Source);

/// <summary>The blocks read and the messages; readers report problems here instead of throwing.</summary>
public sealed record ReadResult(IReadOnlyList<Block> Blocks, IReadOnlyList<ReadMessage> Messages)
{
    public DocumentOrigin Origin { get; init; } = DocumentOrigin.WordText;
    public IReadOnlyList<ReadArtefact> Artefacts { get; init; } = [];
    public bool HasErrors => Messages.Any(m => m.Severity == Severity.Error);

    /// <summary>Set when the document was refused for being over one of the <see cref="ReadLimits"/>; the error message says the same.</summary>
    public OverLimit? OverLimit { get; init; }
}
