using Hankevahti.Import;
using Hankevahti.Reading;
using Hankevahti.Reading.Text;

namespace Hankevahti.Fuzz.Targets;

/// <summary>
/// What one fuzzing run does with its input: read it as an upload would be read and import it, then judge
/// the outcome. Shared by the AFL++ harness (bench/Hankevahti.Fuzz) and the test that replays the found
/// cases (Hankevahti.Tests links this folder), so a case that once crashed is judged the same way forever.
/// Throws <see cref="ReaderFinding"/> (or lets the reader's own exception escape) for a bug; for any other
/// outcome, an imported plan or a clear refusal alike, returns one <see cref="ReadOutcome"/> per file read.
/// </summary>
public static class ReaderTargets
{
    public const string Text = "text";
    public const string Docx = "docx";

    public static IReadOnlyList<string> Names { get; } = [Text, Docx];

    public static IReadOnlyList<ReadOutcome> Run(string target, byte[] input) => target switch
    {
        Text => RunText(input),
        Docx => RunDocx(input),
        _ => throw new ArgumentException($"unknown fuzz target \"{target}\"; expected {string.Join(" or ", Names)}", nameof(target)),
    };

    // The same bytes as each kind of text the importer takes: a Word text export, markdown (the extension
    // switches markdown headings on), and pdftotext's output, the PDF reader's path after the external tool.
    private static ReadOutcome[] RunText(byte[] input) =>
    [
        Judge(DocumentReader.Read(input, "fuzz.txt"), "fuzz.txt"),
        Judge(DocumentReader.Read(input, "fuzz.md"), "fuzz.md"),
        Judge(PlanTextReader.Read(input, "fuzz.pdf", DocumentOrigin.PdfText), "fuzz.pdf"),
    ];

    private static ReadOutcome[] RunDocx(byte[] input) => [Judge(DocumentReader.Read(DocxParts.Pack(input), "fuzz.docx"), "fuzz.docx")];

    private static ReadOutcome Judge(ReadResult read, string file)
    {
        foreach (var m in read.Messages)
        {
            if (IsLastResort(m.Message, file))
            {
                throw new ReaderFinding($"a reader's last-resort catch fired: {m.Message}");
            }
        }

        var tripwires = Recognisers.Default.Select(r => new Tripwire(r)).ToList();
        var result = PlanImporter.Import(read, file, tripwires);
        foreach (var t in tripwires)
        {
            if (t.Thrown is not null)
            {
                throw new ReaderFinding($"{t.Inner.GetType().Name} threw {t.Thrown.GetType().Name}: {t.Thrown.Message}", t.Thrown);
            }
        }
        if (result.Plan is { } plan)
        {
            return new ReadOutcome(file, true, $"imported, {plan.Sections.Count} sections, {plan.Import?.Notes.Count ?? 0} notes");
        }
        var error = result.Error ?? "";
        if (error.Contains(InternalImportError, StringComparison.Ordinal))
        {
            throw new ReaderFinding(error);
        }
        // The same rule as ReaderFuzzTests: a refusal is one line that names the file first.
        if (error.Trim().Length == 0 || error.Contains('\n') || !error.StartsWith(file, StringComparison.Ordinal))
        {
            throw new ReaderFinding($"unclear refusal: \"{error}\"");
        }
        return new ReadOutcome(file, false, $"refused: {error}");
    }

    // The wordings of the catch-alls in PlanTextReader.ReadText, DocxReader.Read and PlanImporter.Import. They
    // keep a bug from reaching the user, which is right for users and hides it from a fuzzer; matched by text
    // because the messages carry no code. If one of them is reworded, change it here too.
    private const string TextReaderFailed = "the text reader failed after line";
    private const string DocxReaderFailed = ": could not be read (";
    private const string InternalImportError = "the import failed on an internal error";

    private static bool IsLastResort(string message, string file) =>
        message.Contains(TextReaderFailed, StringComparison.Ordinal)
        || message.StartsWith(file + DocxReaderFailed, StringComparison.Ordinal);
}

/// <summary>How one reading of a fuzz input ended: imported, or refused with the one-line reason in <paramref name="Summary"/>.</summary>
public sealed record ReadOutcome(string File, bool Imported, string Summary)
{
    public override string ToString() => $"{File}: {Summary}";
}
