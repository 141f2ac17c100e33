using Hankevahti.Import.Corrections;
using Hankevahti.Plans;
using Hankevahti.Reading;
using Hankevahti.Vocabulary;

using Hankevahti.Versions;

namespace Hankevahti.Import;

/// <summary>The outcome of importing one file: the plan with its coverage report, or the one-line reason it could not be imported.</summary>
public sealed record ImportResult(string File, Plan? Plan, string? Error)
{
    public bool Succeeded => Plan is not null;
}

/// <summary>
/// Blocks → outline → recognisers → section text → coverage. Each recogniser adds what it
/// understood; whatever is left stays as section text.
/// </summary>
public static class PlanImporter
{
    /// <summary>Reads and imports a file from disk (.docx, .pdf, .txt, .md).</summary>
    public static ImportResult ImportFile(string path) => Import(DocumentReader.ReadFile(path), Path.GetFileName(path));

    public static ImportResult Import(ReadResult read, string file, IReadOnlyList<IRecogniser>? recognisers = null) =>
        Import(read, file, null, recognisers);

    /// <summary>
    /// Imports with the user's corrections from the import preview: the title they chose, tables they
    /// excluded or said what they are. Each applied correction leaves a note (<c>import.corrected.*</c>).
    /// </summary>
    public static ImportResult Import(ReadResult read, string file, ImportCorrections? corrections, IReadOnlyList<IRecogniser>? recognisers = null)
    {
        try
        {
            return ImportBlocks(read, file, corrections, recognisers);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in the outline, section text or coverage: the user gets one line naming the file, and
            // the next file of a batch is still imported.
            return new ImportResult(file, null, $"{file}: the import failed on an internal error ({e.GetType().Name}: {e.Message}); please report it with the file.");
        }
    }

    private static ImportResult ImportBlocks(ReadResult read, string file, ImportCorrections? corrections, IReadOnlyList<IRecogniser>? recognisers)
    {
        var error = read.Messages.FirstOrDefault(m => m.Severity == Severity.Error);
        if (error is not null)
        {
            return new ImportResult(file, null, error.Message);
        }
        if (!read.Blocks.Any(b => b is not PageBreakBlock))
        {
            return new ImportResult(file, null, $"{file}: the document is empty.");
        }

        var root = Outline.Build(read.Blocks, read.Origin);
        var corrected = corrections is { Tables.Count: > 0 } ? CorrectedTables.Hold(read, root, corrections, file) : null;
        var context = new ImportContext(file, corrected?.Without(read) ?? read, root);
        foreach (var m in read.Messages)
        {
            context.Notes.Add(new ImportNote { Severity = m.Severity == Severity.Info ? NoteSeverity.Info : NoteSeverity.Warning, Code = m.Code, Message = m.Message, Source = m.Source });
        }

        if (!root.Descendants().Any(s => s.Kind is not null and not SectionKinds.Contents))
        {
            return new ImportResult(file, null,
                $"{file}: does not look like a project plan: no section of the plan template was found (expected headings such as \"1 Hankkeen tarve\" or \"Toimenpiteet\").");
        }

        foreach (var recogniser in recognisers ?? Recognisers.Default)
        {
            var snapshot = context.Snapshot();
            try
            {
                recogniser.Run(context);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A recogniser bug must not lose text: undo its claims (and what it added) so the blocks stay in section text.
                context.Restore(snapshot);
                context.Warn(ImportNoteCodes.RecogniserFailed, $"{file}: {recogniser.GetType().Name} failed ({e.GetType().Name}: {e.Message}); its sections were kept as text.", null);
            }
        }

        corrected?.Apply(context, read);
        if (corrections?.Title is { } title && CleanText.OneLine(title) is { Length: > 0 } name)
        {
            context.Plan = context.Plan with { Project = context.Plan.Project with { Name = name } };
            // The name is the user's now, not the file's.
            context.Notes.RemoveAll(n => n.Code == ImportNoteCodes.NameFromFile);
            context.Notes.Add(new ImportNote { Severity = NoteSeverity.Info, Code = CorrectedTables.TitleNote, Message = $"{file}: the project's name \"{name}\" was set in the import preview." });
        }

        var plan = context.Plan with { Sections = SectionText.Build(context) };
        plan = plan with { Import = Coverage.Measure(context, FormatName(read.Origin)) };
        // Ids last: they hash each item's final code and words, so the same document always gets the same ids.
        // In place: the plan is the import's own, and a copy of a huge one would double its memory.
        PlanIds.FillInPlace(plan, reserved: null);
        return new ImportResult(file, plan with { SchemaVersion = PlanIds.CurrentSchemaVersion }, null);
    }

    public static string FormatName(DocumentOrigin origin) => origin switch
    {
        DocumentOrigin.WordText => "wordText",
        DocumentOrigin.PdfText => "pdfText",
        DocumentOrigin.Markdown => "markdown",
        DocumentOrigin.Docx => "docx",
        DocumentOrigin.Pdf => "pdf",
        _ => origin.ToString(),
    };
}
