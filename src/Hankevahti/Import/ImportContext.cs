using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import;

/// <summary>
/// What the recognisers share while one document is imported: the outline, the plan being built,
/// which blocks (or table rows and cells) have been taken into structured fields, and the notes.
/// A block nobody claims ends up in its section's text, so a recogniser claims only what it fully placed.
/// </summary>
public sealed class ImportContext
{
    private readonly HashSet<Block> claimedBlocks = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<(Block Table, int Row)> claimedRows = [];
    private readonly HashSet<(Block Table, int Row, int Cell)> claimedCells = [];
    private readonly List<ImportedText> unplaced = [];

    public ImportContext(string file, ReadResult read, SectionNode root)
    {
        File = file;
        this.read = read;
        Root = root;
    }

    public string File { get; }
    /// <summary>The document as read. While the recognisers run, tables the user corrected are held out of it (see <c>CorrectedTables</c>).</summary>
    public ReadResult Read
    {
        get => read;
        internal set
        {
            read = value;
            scan = null;
        }
    }

    private ReadResult read;
    public DocumentOrigin Origin => Read.Origin;
    /// <summary>Text that came out of a PDF (pdftotext now or earlier): one block per visual line, tables as fragments.</summary>
    public bool IsPdfText => Origin is DocumentOrigin.PdfText or DocumentOrigin.Pdf;
    public SectionNode Root { get; }

    /// <summary>The blocks with the section each stands in; the outline does not change during the import, so it is built once.</summary>
    public Common.BlockScan Scan => scan ??= new Common.BlockScan(this);

    private Common.BlockScan? scan;
    /// <summary>The plan so far. Lists are added to in place; scalar parts are replaced with <c>with</c>.</summary>
    public Plan Plan { get; set; } = new();
    public List<ImportNote> Notes { get; } = [];
    public IReadOnlyList<ImportedText> Unplaced => unplaced;

    public IEnumerable<SectionNode> Sections => Root.Descendants();

    public IEnumerable<SectionNode> SectionsOfKind(string kind) => Sections.Where(s => s.Kind == kind);

    public void Claim(Block block) => claimedBlocks.Add(block);

    public void ClaimRow(TableBlock table, int rowIndex) => claimedRows.Add((table, rowIndex));

    public void ClaimCell(TableBlock table, int rowIndex, int cellIndex) => claimedCells.Add((table, rowIndex, cellIndex));

    public bool IsClaimed(Block block) => claimedBlocks.Contains(block);

    public bool IsClaimed(TableBlock table, int rowIndex) => claimedBlocks.Contains(table) || claimedRows.Contains((table, rowIndex));

    public bool IsClaimed(TableBlock table, int rowIndex, int cellIndex) =>
        IsClaimed(table, rowIndex) || claimedCells.Contains((table, rowIndex, cellIndex));

    /// <summary>Takes a block out of the section text and lists it in the coverage report as not placed.</summary>
    public void Unplace(Block block, string text, string reason)
    {
        claimedBlocks.Add(block);
        unplaced.Add(new ImportedText { Text = text, Reason = reason, Source = block.Source });
    }

    /// <summary>Adds a warning; <paramref name="code"/> is one of <see cref="ImportNoteCodes"/>.</summary>
    public void Warn(string code, string message, SourceRef? source) =>
        Notes.Add(new ImportNote { Severity = NoteSeverity.Warning, Code = code, Message = message, Source = source });

    /// <summary>Adds a remark; <paramref name="code"/> is one of <see cref="ImportNoteCodes"/>.</summary>
    public void Info(string code, string message, SourceRef? source) =>
        Notes.Add(new ImportNote { Severity = NoteSeverity.Info, Code = code, Message = message, Source = source });

    internal ClaimSnapshot Snapshot() => new([.. claimedBlocks], [.. claimedRows], [.. claimedCells], unplaced.Count, Notes.Count, PlanSnapshot.Take(Plan));

    internal void Restore(ClaimSnapshot s)
    {
        claimedBlocks.Clear();
        claimedBlocks.UnionWith(s.Blocks);
        claimedRows.Clear();
        claimedRows.UnionWith(s.Rows);
        claimedCells.Clear();
        claimedCells.UnionWith(s.Cells);
        unplaced.RemoveRange(s.Unplaced, unplaced.Count - s.Unplaced);
        Notes.RemoveRange(s.Notes, Notes.Count - s.Notes);
        Plan = s.Plan.Restore();
    }

    internal sealed record ClaimSnapshot(
        Block[] Blocks, (Block, int)[] Rows, (Block, int, int)[] Cells, int Unplaced, int Notes, PlanSnapshot Plan);
}
