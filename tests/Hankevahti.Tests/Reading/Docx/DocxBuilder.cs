using System.IO.Compression;
using System.Text;

namespace Hankevahti.Tests.Reading.Docx;

/// <summary>Minimal hand-made .docx packages, for the cases no word processor writes on purpose.</summary>
internal static class DocxBuilder
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static string Document(string body) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{W}\"><w:body>{body}</w:body></w:document>";

    public static string P(string text, string? style = null, string? numPr = null) =>
        $"<w:p><w:pPr>{(style is null ? "" : $"<w:pStyle w:val=\"{style}\"/>")}{numPr ?? ""}</w:pPr><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    public static byte[] Make(string body, string? styles = null, string? numbering = null) =>
        Zip(new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
            ["word/document.xml"] = Document(body),
            ["word/styles.xml"] = styles is null ? null! : $"<?xml version=\"1.0\"?><w:styles xmlns:w=\"{W}\">{styles}</w:styles>",
            ["word/numbering.xml"] = numbering is null ? null! : $"<?xml version=\"1.0\"?><w:numbering xmlns:w=\"{W}\">{numbering}</w:numbering>",
        });

    public static byte[] Zip(IReadOnlyDictionary<string, string> entries) =>
        ZipBytes(entries.Where(e => e.Value is not null).ToDictionary(e => e.Key, e => Encoding.UTF8.GetBytes(e.Value)));

    public static byte[] ZipBytes(IReadOnlyDictionary<string, byte[]> entries)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                s.Write(data);
            }
        }
        return ms.ToArray();
    }
}
