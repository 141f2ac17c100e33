using System.Text;
using System.Text.Json.Nodes;
using Hankevahti.Checks;
using Hankevahti.Import;
using Hankevahti.Import.Corrections;
using Hankevahti.Json;
using Hankevahti.Plans;
using Hankevahti.Vocabulary;
using Hankevahti.Reading;

namespace Hankevahti.Web.Import;

/// <summary>
/// One line of the source as the reader saw it (a heading, a paragraph, a list item or a table row),
/// with what the import made of it.
/// </summary>
/// <param name="Number">Where it stood: a line number for text and PDF, a paragraph or table row for Word.</param>
/// <param name="Kind">heading, paragraph, item or row: how the reader took it.</param>
/// <param name="Made">Keys of what the line became ("risks", "budgetLine", "section" …); empty when it stayed text.</param>
/// <param name="Unplaced">The import could not place the line anywhere.</param>
/// <param name="Uncertain">A note of the import says the reading from this line is uncertain (<c>import.uncertain.*</c>).</param>
public sealed record SourceLine(SourceNumber Number, string Kind, string Text, IReadOnlyList<string> Made, bool Unplaced, bool Uncertain = false);

/// <summary>What one part of the plan got from the document: how many records and the first places they came from.</summary>
/// <param name="Label">The part's key in ImportText ("Made.risks").</param>
public sealed record PartRead(string Label, int Count, IReadOnlyList<SourceNumber> Places, int MorePlaces);

/// <summary>
/// One table of the document as the preview's correction form shows it: its key, header, size, what the
/// import made of its rows, and the correction the user gave it (if any).
/// </summary>
/// <param name="Sample">The first row under the header, cell by cell, so that a column can be told by what it holds.</param>
public sealed record PreviewTable(TableKey Key, IReadOnlyList<string> Header, IReadOnlyList<string> Sample, int Columns, int Rows, SourceNumber Place, IReadOnlyList<string> Made, TableCorrection? Correction)
{
    /// <summary>1-based, as the user counts tables.</summary>
    public int Number => Key.Index + 1;
}

/// <summary>How a source line is numbered; exactly one of the forms is set.</summary>
public sealed record SourceNumber(int? Line, int? Paragraph, int? Table, int? Row);

/// <summary>
/// What an upload gives: the reader's blocks, the imported plan or the reason there is none, the
/// checks' findings, and the source line by line with what was recognised. Built once per upload.
/// </summary>
public sealed class ImportPreview
{
    private ImportPreview(string file, ReadResult read, ImportResult result, string? text, ImportCorrections? corrections = null, CorrectionsOrigin? from = null)
    {
        File = file;
        Read = read;
        Result = result;
        this.text = text;
        Corrections = corrections is { IsEmpty: false } ? corrections : null;
        CorrectionsFrom = Corrections is null ? null : from;
        if (result.Plan is { } plan)
        {
            Report = PlanChecker.Check(plan, source: read);
            var recognised = Recognised(plan);
            Lines = text is null ? BlockLines(read, recognised) : TextLines(text, read, recognised);
            Parts = recognised.Parts;
            Uncertain = [.. (plan.Import?.Notes ?? []).Where(ImportNote.IsUncertainReading)];
            Corrected = [.. (plan.Import?.Notes ?? []).Where(n => n.Code?.StartsWith("import.corrected.", StringComparison.Ordinal) == true)];
            Tables = TablesOf(read, recognised.Made, Corrections);
            TitleCandidates = Hankevahti.Import.Corrections.TitleCandidates.Of(read);
        }
        EstimatedBytes = EstimateFor(Lines.Sum(l => (long)l.Text.Length));
    }

    private readonly string? text;

    /// <summary>The corrections this preview was imported with; null for none.</summary>
    public ImportCorrections? Corrections { get; }

    /// <summary>Set when the corrections were not made here but found with an earlier import of a file of the same name.</summary>
    public CorrectionsOrigin? CorrectionsFrom { get; }

    /// <summary>Per part of the plan: how many records were read and from where.</summary>
    public IReadOnlyList<PartRead> Parts { get; } = [];

    /// <summary>The import's notes that a reading is uncertain (<c>import.uncertain.*</c>).</summary>
    public IReadOnlyList<ImportNote> Uncertain { get; } = [];

    /// <summary>The import's notes on the corrections applied (<c>import.corrected.*</c>).</summary>
    public IReadOnlyList<ImportNote> Corrected { get; } = [];

    /// <summary>The document's tables, for the correction form.</summary>
    public IReadOnlyList<PreviewTable> Tables { get; } = [];

    /// <summary>The readings of the title the first page offers.</summary>
    public IReadOnlyList<string> TitleCandidates { get; } = [];

    /// <summary>The same upload imported again with <paramref name="corrections"/>; the reader's blocks are reused, the file is not read again.</summary>
    public ImportPreview WithCorrections(ImportCorrections? corrections, CorrectionsOrigin? from = null) =>
        new(File, Read, PlanImporter.Import(Read, File, corrections is { IsEmpty: false } ? corrections : null), text, corrections, from);

    private static IReadOnlyList<PreviewTable> TablesOf(ReadResult read, Dictionary<string, List<string>> made, ImportCorrections? corrections)
    {
        var tables = new List<PreviewTable>();
        foreach (var (key, table) in TableKey.Of(read))
        {
            var labels = table.Rows.SelectMany(r => Keys(r.Source)).SelectMany(k => made.TryGetValue(k, out var l) ? l : []).Distinct().ToList();
            var place = table.Rows.Count > 0 ? Number(table.Rows[0].Source) : Number(table.Source);
            var sampleRow = table.Rows.Skip(TableKey.HeaderRow(table) + 1).FirstOrDefault(r => r.Cells.Any(c => !CleanText.IsBlank(c.Text)));
            var sample = sampleRow?.Cells.Select(c => CleanText.Cell(c.Text)).ToList() ?? [];
            tables.Add(new PreviewTable(key, TableKey.Header(table), sample, table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Cells.Count), table.Rows.Count, place, labels, corrections?.For(key)));
        }
        return tables;
    }

    private static SourceNumber Number(SourceRef source) =>
        new(source.Line, source.Line is null ? source.Paragraph : null, source.Line is null ? source.Table : null, source.Line is null ? source.Row : null);

    public string File { get; }
    public ReadResult Read { get; }
    public ImportResult Result { get; }
    public Plan? Plan => Result.Plan;

    public CheckReport? Report { get; }
    public IReadOnlyList<SourceLine> Lines { get; } = [];

    /// <summary>The reader could not read the file as its type (broken zip, wrong content, bad PDF).</summary>
    public bool ReadFailed => Read.HasErrors;

    /// <summary>Reads and imports a document the way `hankevahti import` does; never throws for a bad file.</summary>
    public static ImportPreview Of(byte[] bytes, string file) => Of(bytes, file, ReadLimits.Default);

    /// <summary>Reads within the limits; a document over one is refused before it is imported (<see cref="Read"/>'s OverLimit says which).</summary>
    public static ImportPreview Of(byte[] bytes, string file, ReadLimits limits)
    {
        var read = DocumentReader.Read(bytes, file, limits);
        if (read.HasErrors)
        {
            return new ImportPreview(file, read, new ImportResult(file, null, read.Messages.First(m => m.Severity == Severity.Error).Message), null);
        }
        // A text file is shown as it is, every line, so that the numbers match an editor's and the
        // findings'; a Word or PDF file as the blocks its reader made.
        var text = !TextExtensions.Contains(Path.GetExtension(file).ToLowerInvariant()) ? null : Decode(bytes);
        return new ImportPreview(file, read, PlanImporter.Import(read, file), text);
    }

    /// <summary>An upload whose import went wrong in a way no reader reported (a bug): the message says so.</summary>
    public static ImportPreview Failed(string file, string message) =>
        new(file, new ReadResult([], [new ReadMessage(Severity.Error, message, new SourceRef { File = file }, ImportNoteCodes.ReadFailed)]), new ImportResult(file, null, message), null);

    /// <summary>
    /// About how much memory the preview holds: its text is kept several times over (the reader's
    /// blocks, the plan, the lines shown, the findings). Measured on the seeds and on large plans made
    /// of them (<c>PreviewMemoryTests</c>); counted against the memory budget of uploads.
    /// </summary>
    public long EstimatedBytes { get; private set; }

    /// <summary>The estimate for a document of so many characters of text.</summary>
    public static long EstimateFor(long characters) => FixedBytes + BytesPerCharacter * characters;

    private const long FixedBytes = 1024 * 1024;
    private const long BytesPerCharacter = 24;

    private static readonly string[] TextExtensions = [".txt", ".md", ".markdown", ".text"];

    // As the text reader decodes: UTF-8, or Windows-1252 for exports saved as "ANSI".
    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    // As the text reader numbers lines: \r\n, \n and a lone \r each end one.
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>(text.Length / 40 + 1);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\n' or '\r'))
            {
                continue;
            }
            lines.Add(text[start..i]);
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }
            start = i + 1;
        }
        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }
        return lines;
    }

    private static List<SourceLine> TextLines(string text, ReadResult read, RecognisedPlaces recognised)
    {
        var (made, unplaced, uncertain) = (recognised.Made, recognised.Unplaced, recognised.Uncertain);
        var kinds = new Dictionary<int, string>();
        foreach (var block in read.Blocks)
        {
            if (block is TableBlock table)
            {
                foreach (var row in table.Rows)
                {
                    if (row.Source.Line is { } l)
                    {
                        kinds.TryAdd(l, "row");
                    }
                }
            }
            else if (block.Source.Line is { } line && KindOf(block) is { } kind)
            {
                kinds.TryAdd(line, kind);
            }
        }
        var lines = SplitLines(text);
        var result = new List<SourceLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var key = $"L{i + 1}";
            var labels = made.TryGetValue(key, out var l) ? (IReadOnlyList<string>)l : [];
            result.Add(new SourceLine(new SourceNumber(i + 1, null, null, null), kinds.GetValueOrDefault(i + 1, lines[i].Length == 0 ? "blank" : "text"), lines[i], labels, unplaced.Contains(key), uncertain.Contains(key)));
        }
        return result;
    }

    private static string? KindOf(Block block) => block switch
    {
        HeadingBlock => "heading",
        ParagraphBlock => "paragraph",
        ListItemBlock => "item",
        _ => null,
    };

    /// <summary>Lines that became something structured.</summary>
    public int RecognisedLines => Lines.Count(l => l.Made.Count > 0);

    /// <summary>Lines with something on them: blank lines of a text file are not counted.</summary>
    public int ContentLines => Lines.Count(l => l.Kind != "blank");

    private static List<SourceLine> BlockLines(ReadResult read, RecognisedPlaces recognised)
    {
        var (made, unplaced, uncertain) = (recognised.Made, recognised.Unplaced, recognised.Uncertain);
        var lines = new List<SourceLine>();
        foreach (var block in read.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    Add(h.Source, "heading", h.Number is { Length: > 0 } n ? $"{n} {h.Text}" : h.Text);
                    break;
                case ParagraphBlock p:
                    Add(p.Source, "paragraph", p.Text);
                    break;
                case ListItemBlock li:
                    Add(li.Source, "item", li.Marker is { Length: > 0 } m ? $"{m} {li.Text}" : li.Text);
                    break;
                case TableBlock t:
                    foreach (var row in t.Rows)
                    {
                        Add(row.Source, "row", string.Join(" | ", row.Cells.Select(c => c.Text)));
                    }
                    break;
            }
        }
        return lines;

        void Add(SourceRef source, string kind, string text)
        {
            // A paragraph of PDF text spans lines; an item read from any of them marks the paragraph.
            var keys = Keys(source).ToList();
            var labels = keys.SelectMany(k => made.TryGetValue(k, out var l) ? l : []).Distinct().ToList();
            lines.Add(new SourceLine(Number(source), kind, text, labels, keys.Any(unplaced.Contains), keys.Any(uncertain.Contains)));
        }
    }

    /// <summary>
    /// Every place of the source that a structured value names, with what the value is. The plan is
    /// walked as its JSON so that every record with a <c>source</c> counts, whatever part it is in.
    /// </summary>
    private sealed record RecognisedPlaces(Dictionary<string, List<string>> Made, HashSet<string> Unplaced, HashSet<string> Uncertain, IReadOnlyList<PartRead> Parts);

    // How many places of the source a part lists in the preview; the rest are counted.
    private const int PlacesShown = 6;

    private static RecognisedPlaces Recognised(Plan plan)
    {
        var made = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var unplaced = new HashSet<string>(StringComparer.Ordinal);
        var uncertain = new HashSet<string>(StringComparer.Ordinal);
        // The outermost records with a source, per part: a risk counts once, not once more for each rating inside it.
        var parts = new Dictionary<string, (int Count, List<SourceNumber> Places, HashSet<string> Seen)>(StringComparer.Ordinal);
        Walk(JsonNode.Parse(PlanJson.Serialize(plan)), [], false);
        var read = parts.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new PartRead(p.Key, p.Value.Count, [.. p.Value.Places.Take(PlacesShown)], Math.Max(0, p.Value.Places.Count - PlacesShown)))
            .ToList();
        return new RecognisedPlaces(made, unplaced, uncertain, read);

        void Walk(JsonNode? node, List<string> path, bool inside)
        {
            switch (node)
            {
                case JsonObject obj:
                    var sourced = false;
                    if (obj["source"] is JsonObject source && path.Count > 0)
                    {
                        var place = ReadSource(source);
                        var keys = Keys(place);
                        if (path[0] == "import")
                        {
                            if (path.Count > 1 && path[1] == "unplaced")
                            {
                                unplaced.UnionWith(keys);
                            }
                            else if (path.Count > 1 && path[1] == "notes" && obj["code"] is JsonValue code
                                && code.TryGetValue<string>(out var c) && c.StartsWith(ImportNoteCodes.UncertainPrefix, StringComparison.Ordinal))
                            {
                                uncertain.UnionWith(keys);
                            }
                        }
                        else
                        {
                            var label = Label(path);
                            if (!inside && label is not "section" and not "other")
                            {
                                sourced = true;
                                var part = parts.TryGetValue(label, out var p) ? p : (0, new List<SourceNumber>(), new HashSet<string>(StringComparer.Ordinal));
                                var number = Number(place);
                                if (keys.FirstOrDefault() is { } first && part.Item3.Add(first))
                                {
                                    part.Item2.Add(number);
                                }
                                parts[label] = (part.Item1 + 1, part.Item2, part.Item3);
                            }
                            foreach (var key in keys)
                            {
                                var list = made.TryGetValue(key, out var l) ? l : made[key] = [];
                                if (!list.Contains(label))
                                {
                                    list.Add(label);
                                }
                            }
                        }
                    }
                    foreach (var (name, child) in obj)
                    {
                        if (name != "source")
                        {
                            path.Add(name);
                            Walk(child, path, inside || sourced);
                            path.RemoveAt(path.Count - 1);
                        }
                    }
                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Walk(item, path, inside);
                    }
                    break;
            }
        }
    }

    /// <summary>The part a value belongs to by its JSON path (property names only), as the key of its label in ImportText.</summary>
    public static string Label(IReadOnlyList<string> path) => path[0] switch
    {
        "work" => path.Contains("actions") ? "action" : "workPart",
        "budget" => path.Contains("lines") ? "budgetLine" : path.Contains("statedFigures") ? "statedFigure" : "budget",
        "sections" => "section",
        "project" or "versions" or "needs" or "targetGroups" or "goals" or "outcomes" or "indicators" or "organisations"
            or "governance" or "resources" or "communication" or "monitoring" or "relatedProjects" or "risks" => path[0],
        _ => "other",
    };

    private static SourceRef ReadSource(JsonObject source) => new()
    {
        Line = Int(source["line"]),
        EndLine = Int(source["endLine"]),
        Paragraph = Int(source["paragraph"]),
        Table = Int(source["table"]),
        Row = Int(source["row"]),
    };

    private static int? Int(JsonNode? node) => node is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;

    // Text and PDF name lines; Word names paragraphs and table rows. A range of lines gives each line.
    private static IEnumerable<string> Keys(SourceRef s)
    {
        if (s.Line is { } line)
        {
            var end = s.EndLine is { } e && e >= line && e - line < 200 ? e : line;
            for (var i = line; i <= end; i++)
            {
                yield return $"L{i}";
            }
        }
        else if (s.Table is { } table)
        {
            yield return $"T{table}R{s.Row ?? 0}";
        }
        else if (s.Paragraph is { } paragraph)
        {
            yield return $"P{paragraph}";
        }
    }
}

/// <summary>The project and version whose saved corrections a preview applied by itself.</summary>
public sealed record CorrectionsOrigin(int ProjectId, string ProjectName, int Version);
