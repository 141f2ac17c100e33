namespace Hankevahti.Plans;

/// <summary>
/// Where a plan came from when it was imported from a document, and how much of the document was
/// structured, kept as section text, or could not be placed. The coverage percentage is derived
/// (<see cref="Hankevahti.Import.CoverageFigures"/>), not stored.
/// </summary>
public sealed record ImportInfo
{
    public string File { get; init; } = "";
    /// <summary>docx, pdf, wordText, pdfText or markdown.</summary>
    public string Format { get; init; } = "";
    public int TotalWords { get; init; }
    public int StructuredWords { get; init; }
    public int TextWords { get; init; }
    public int UnplacedWords { get; init; }
    /// <summary>Words of layout artefacts (page footers, separator rows) that are not plan content.</summary>
    public int ArtefactWords { get; init; }
    /// <summary>
    /// The same counts per top-level section of the document (the first page before them as one more), so
    /// that a report shows which parts were read into structured fields and which stayed as text.
    /// </summary>
    public List<PartCoverage> Parts { get; init; } = [];
    public List<ImportedText> Unplaced { get; init; } = [];
    public List<ImportedText> Artefacts { get; init; } = [];
    public List<ImportNote> Notes { get; init; } = [];
}

/// <summary>How much of one top-level section of the document was structured, kept as text or not placed.</summary>
public sealed record PartCoverage
{
    /// <summary>The section's number as written, or null (the first page, unnumbered headings).</summary>
    public string? Number { get; init; }
    /// <summary>The heading; empty for the blocks before the first heading.</summary>
    public string Title { get; init; } = "";
    /// <summary>The template section it is (see the glossary's section words), or null when unknown.</summary>
    public string? Kind { get; init; }
    public int TotalWords { get; init; }
    public int StructuredWords { get; init; }
    public int TextWords { get; init; }
    public int UnplacedWords { get; init; }
    public SourceRef? Source { get; init; }
}

/// <summary>A piece of source text with where it stood and why it is listed.</summary>
public sealed record ImportedText
{
    public string Text { get; init; } = "";
    public string? Reason { get; init; }
    public SourceRef? Source { get; init; }
}

public enum NoteSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>A warning or remark from the import, naming the place in the source.</summary>
public sealed record ImportNote
{
    public NoteSeverity Severity { get; init; } = NoteSeverity.Warning;
    public string Message { get; init; } = "";
    /// <summary>
    /// A stable machine-readable name of the kind of note ("import.endsInTable"), one of
    /// <see cref="ImportNoteCodes"/>; null only in versions stored before notes had codes.
    /// </summary>
    public string? Code { get; init; }
    public SourceRef? Source { get; init; }

    /// <summary>True for a note that marks an uncertain reading (<see cref="ImportNoteCodes.UncertainPrefix"/>).</summary>
    public static bool IsUncertainReading(ImportNote note) => note.Code?.StartsWith(ImportNoteCodes.UncertainPrefix, StringComparison.Ordinal) == true;
}
