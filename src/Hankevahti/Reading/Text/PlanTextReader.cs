using Hankevahti.Plans;

namespace Hankevahti.Reading.Text;

/// <summary>
/// Reads .txt/.md plans exported from Word or extracted from PDF into the common block stream. Layout
/// artefacts (page footers, separator rows) are dropped into <see cref="ReadResult.Artefacts"/>; everything
/// else becomes a block with its 1-based source line. Never throws: problems are messages naming file and line.
/// </summary>
public static class PlanTextReader
{
    public const long MaxBytes = 20L * 1024 * 1024;

    /// <summary>Reads the bytes of a text export, detecting whether it came from Word, PDF or markdown.</summary>
    public static ReadResult Read(byte[] bytes, string file) => Read(bytes, file, null);

    /// <summary>
    /// Reads with the layout given: the PDF reader passes <see cref="DocumentOrigin.PdfText"/> for pdftotext
    /// output so short documents are not mistaken for Word text. Null detects the layout.
    /// </summary>
    public static ReadResult Read(byte[] bytes, string file, DocumentOrigin? origin)
    {
        file ??= "";
        var messages = new List<ReadMessage>();
        if (bytes is null || bytes.LongLength > MaxBytes)
        {
            var size = bytes?.LongLength ?? 0;
            messages.Add(new ReadMessage(Severity.Error, $"{file}: input is {size} bytes, over the limit of {MaxBytes} bytes.", new SourceRef { File = file }, ImportNoteCodes.ReadOverLimit));
            return new ReadResult([], messages);
        }
        var text = TextDecoding.Decode(bytes, file, messages);
        var result = ReadText(text, file, origin);
        return messages.Count == 0 ? result : result with { Messages = [.. messages, .. result.Messages] };
    }

    /// <summary>Reads text already decoded (e.g. pdftotext output captured as a string).</summary>
    public static ReadResult ReadText(string text, string file, DocumentOrigin? origin = null)
    {
        file ??= "";
        var sink = new ReadSink(file);
        var lines = SourceLine.Split(text ?? "");
        var detected = origin ?? DocumentOrigin.WordText;
        try
        {
            detected = origin ?? OriginDetector.Detect(lines, file);
            WarnIfBinary(lines, sink);
            if (detected is DocumentOrigin.PdfText or DocumentOrigin.Pdf)
            {
                PdfTextBlocks.Build(lines, sink);
            }
            else
            {
                WordTextBlocks.Build(lines, sink);
            }
        }
        catch (Exception e)
        {
            // A reader bug must not take the import down: report it with what was read so far.
            var at = sink.Blocks.Count > 0 ? sink.Blocks[^1].Source.Line : null;
            sink.Message(ImportNoteCodes.ReadFailed, Severity.Error, $"the text reader failed after line {at?.ToString() ?? "0"} ({e.GetType().Name}: {e.Message}); the rest of the file was not read.", at);
        }
        return new ReadResult(sink.Blocks, sink.Messages) { Origin = detected, Artefacts = sink.Artefacts };
    }

    // NUL and other control characters mean a binary file renamed .txt; say so once instead of importing noise quietly.
    private static void WarnIfBinary(List<SourceLine> lines, ReadSink sink)
    {
        foreach (var line in lines)
        {
            foreach (var c in line.Text)
            {
                if (c < ' ' && c is not ('\t' or '\f'))
                {
                    sink.Message(ImportNoteCodes.ReadControlCharacters, Severity.Warning, "contains control characters; is this really a text export?", line.Number);
                    return;
                }
            }
        }
    }
}
