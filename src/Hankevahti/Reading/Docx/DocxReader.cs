using Hankevahti.Plans;
using static Hankevahti.Reading.Docx.Wml;

namespace Hankevahti.Reading.Docx;

/// <summary>Reads a .docx (Office Open XML) into blocks. Problems come back as error messages naming the file, never as exceptions.</summary>
public static class DocxReader
{
    public const long MaxBytes = DocxPackage.MaxFileBytes;

    public static ReadResult Read(byte[] bytes, string file)
    {
        try
        {
            var (package, error) = DocxPackage.Open(bytes);
            if (package is null)
            {
                return Fail(file, error!);
            }
            using (package)
            {
                var (document, docError) = package.LoadXml("word/document.xml");
                if (document is null)
                {
                    return Fail(file, docError ?? "has no word/document.xml");
                }
                var body = document.Root?.Element(W + "body");
                if (document.Root?.Name != W + "document" || body is null)
                {
                    return Fail(file, "is not a Word document (word/document.xml has no w:document/w:body)");
                }
                var messages = new List<ReadMessage>();
                var styles = new DocxStyles(LoadOptional(package, "word/styles.xml", file, messages));
                var numbering = new DocxNumbering(LoadOptional(package, "word/numbering.xml", file, messages));
                var blocks = new DocxBody(file, styles, numbering).Read(body);
                var (notes, artefacts) = DocxNotes.Read(package, file, messages);
                return new ReadResult([.. blocks, .. notes], messages) { Origin = DocumentOrigin.Docx, Artefacts = artefacts };
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Last resort: a reader bug must still give a one-line error, not a crash.
            return Fail(file, $"could not be read ({e.GetType().Name}: {DocxPackage.OneLine(e.Message)})");
        }
    }

    // Styles and numbering only refine the reading; without them headings fall back to their names.
    private static System.Xml.Linq.XDocument? LoadOptional(DocxPackage package, string part, string file, List<ReadMessage> messages)
    {
        var (xml, error) = package.LoadXml(part);
        if (error is not null)
        {
            messages.Add(new ReadMessage(Severity.Warning, $"{file}: {error}; read without it.", new SourceRef { File = file }, ImportNoteCodes.ReadPartSkipped));
        }
        return xml;
    }

    private static ReadResult Fail(string file, string reason) =>
        new([], [new ReadMessage(Severity.Error, $"{file}: {reason}.", new SourceRef { File = file }, ImportNoteCodes.ReadFailed)]) { Origin = DocumentOrigin.Docx };
}
