using Hankevahti.Plans;
using Hankevahti.Reading.Docx;
using Hankevahti.Reading.Pdf;
using Hankevahti.Reading.Text;

namespace Hankevahti.Reading;

/// <summary>Chooses the reader for a file by its extension and checks that the content matches it.</summary>
public static class DocumentReader
{
    public const long MaxBytes = 20L * 1024 * 1024;

    public static ReadResult ReadFile(string path) => ReadFile(path, ReadLimits.Default);

    public static ReadResult ReadFile(string path, ReadLimits limits)
    {
        var name = Path.GetFileName(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail(name, $"{name}: file not found.");
            }
            if (info.Length > MaxBytes)
            {
                return Fail(name, $"{name}: the file is {info.Length / (1024 * 1024)} MB, over the limit of {MaxBytes / (1024 * 1024)} MB.");
            }
            return Read(File.ReadAllBytes(path), name, limits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(name, $"{name}: cannot be read ({e.Message}).");
        }
    }

    public static ReadResult Read(byte[] bytes, string file) => Read(bytes, file, ReadLimits.Default);

    /// <summary>
    /// Reads within <paramref name="limits"/>: a text file is counted before it is read, a PDF's text
    /// before it is parsed, and what any reader made before it is handed on.
    /// </summary>
    public static ReadResult Read(byte[] bytes, string file, ReadLimits limits)
    {
        var ext = Path.GetExtension(file).ToLowerInvariant();
        if (bytes.LongLength > MaxBytes)
        {
            return Fail(file, $"{file}: the file is {bytes.LongLength / (1024 * 1024)} MB, over the limit of {MaxBytes / (1024 * 1024)} MB.");
        }
        var content = Sniff(bytes);
        var read = ext switch
        {
            ".docx" => content is Content.Zip or Content.Ole ? DocxReader.Read(bytes, file) : WrongType(file, ".docx", content),
            ".pdf" => content is Content.Pdf ? PdfReader.Read(bytes, file, limits) : WrongType(file, ".pdf", content),
            ".txt" or ".md" or ".markdown" or ".text" => content is not Content.Text ? WrongType(file, ext, content)
                : limits.OfBytes(bytes) is { } over ? OverLimit(file, over)
                : PlanTextReader.Read(bytes, file),
            ".doc" => Fail(file, $"{file}: is an old Word .doc file; save it as .docx and import that."),
            _ => Fail(file, $"{file}: unsupported file type \"{ext}\"; expected .docx, .pdf, .txt or .md."),
        };
        return read.HasErrors || limits.OfBlocks(read.Blocks) is not { } made ? read : OverLimit(file, made) with { Origin = read.Origin };
    }

    private static ReadResult OverLimit(string file, OverLimit over) => Fail(file, over.Describe(file)) with { OverLimit = over };

    private enum Content
    {
        Text,
        Zip,
        Ole,
        Pdf,
        Binary,
    }

    private static Content Sniff(byte[] b)
    {
        if (b.Length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] is 3 or 5 or 7 && b[3] is 4 or 6 or 8)
        {
            return Content.Zip;
        }
        if (b.Length >= 4 && b[0] == 0xD0 && b[1] == 0xCF && b[2] == 0x11 && b[3] == 0xE0)
        {
            return Content.Ole;
        }
        if (PdfReader.IsPdf(b))
        {
            return Content.Pdf;
        }
        // Text has no NUL bytes (UTF-16 exports aside, which the text reader does not take either).
        var probe = Math.Min(b.Length, 8192);
        for (var i = 0; i < probe; i++)
        {
            if (b[i] == 0)
            {
                return Content.Binary;
            }
        }
        return Content.Text;
    }

    private static ReadResult WrongType(string file, string ext, Content content)
    {
        var actual = content switch
        {
            Content.Zip => "a zip archive (a .docx?)",
            Content.Ole => "an old .doc or encrypted Office file",
            Content.Pdf => "a PDF",
            Content.Text => "plain text",
            _ => "binary data",
        };
        return Fail(file, $"{file}: wrong type: the name says {ext} but the content is {actual}.");
    }

    private static ReadResult Fail(string file, string message) =>
        new([], [new ReadMessage(Severity.Error, message, new SourceRef { File = file }, ImportNoteCodes.ReadFailed)]);
}
