using System.IO.Compression;
using System.Text;
using Hankevahti.Limits;

namespace Hankevahti.Following.Values;

/// <summary>An accepted evidence file: its cleaned name and the content type its bytes show.</summary>
public sealed record EvidenceFile(string FileName, string ContentType, byte[] Content);

/// <summary>Why an evidence file was refused: a code for the pages' texts and the parameters they need.</summary>
public sealed record EvidenceProblem(string Code, string FileName, long Size = 0, long Max = FileLimits.EvidenceMaxBytes)
{
    public const string Empty = "evidence.empty";
    public const string TooLarge = "evidence.too_large";
    public const string RefusedType = "evidence.refused_type";

    public string English => Code switch
    {
        Empty => $"'{FileName}' is empty",
        TooLarge => $"'{FileName}' is {Size / 1024 / 1024.0:0.#} MB; an evidence file may be at most {Max / 1024 / 1024} MB",
        _ => $"'{FileName}' is not a PDF, PNG or JPEG image, Word or Excel file (.docx, .xlsx), or a UTF-8 text or CSV file",
    };
}

/// <summary>
/// Checks an evidence file before it is stored: its size, and its type by what its bytes are, not by its name
/// or the browser's word for it (a renamed program stays refused): PDF, PNG, JPEG, .docx and .xlsx (a zip with
/// [Content_Types].xml and the Word or Excel part), and CSV or plain text that is valid UTF-8 without control
/// characters. The content type served back on download is the one found here.
/// </summary>
public static class EvidenceFiles
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Csv = "text/csv";
    public const string Text = "text/plain";

    public static (EvidenceFile? File, EvidenceProblem? Problem) Check(string? fileName, byte[] content, long max = FileLimits.EvidenceMaxBytes)
    {
        var name = CleanName(fileName);
        if (content.Length == 0)
        {
            return (null, new EvidenceProblem(EvidenceProblem.Empty, name));
        }
        if (content.Length > max)
        {
            return (null, new EvidenceProblem(EvidenceProblem.TooLarge, name, content.Length, max));
        }
        var type = TypeOf(name, content);
        return type is null ? (null, new EvidenceProblem(EvidenceProblem.RefusedType, name, content.Length, max)) : (new EvidenceFile(name, type, content), null);
    }

    /// <summary>The content type the bytes show, or null when they are none of the accepted kinds.</summary>
    public static string? TypeOf(string fileName, byte[] content)
    {
        var bytes = content.AsSpan();
        if (bytes.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }
        if (bytes.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return Png;
        }
        if (bytes.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return Jpeg;
        }
        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return OfficeType(content);
        }
        if (IsText(content))
        {
            return fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? Csv : Text;
        }
        return null;
    }

    /// <summary>The name without a path, control characters or quotes, cut to the limit with its extension kept.</summary>
    public static string CleanName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/').Split('/').Last());
        name = new string(name.Where(c => !char.IsControl(c) && c is not '"' and not '<' and not '>').ToArray()).Trim();
        if (name.Length == 0)
        {
            return "evidence";
        }
        if (name.Length > FileLimits.FileNameMaxLength)
        {
            var extension = Path.GetExtension(name);
            extension = extension.Length > 10 ? "" : extension;
            name = name[..(FileLimits.FileNameMaxLength - extension.Length)] + extension;
        }
        return name;
    }

    // Only the zip's directory is read (entry names), so a zip bomb is never inflated here.
    private static string? OfficeType(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (!names.Contains("[Content_Types].xml"))
            {
                return null;
            }
            return names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)) ? Docx
                : names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)) ? Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static bool IsText(byte[] content)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        // Text has no control characters besides tabs, line ends and a form feed; a binary that happens to be valid UTF-8 has.
        return !text.Any(c => char.IsControl(c) && c is not '\t' and not '\n' and not '\r' and not '\f');
    }
}
