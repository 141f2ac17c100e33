using System.Xml.Linq;
using Hankevahti.Plans;
using static Hankevahti.Reading.Docx.Wml;

namespace Hankevahti.Reading.Docx;

/// <summary>
/// The text a .docx keeps outside its body. Footnotes, endnotes and comments are content: they come
/// after the body as paragraphs ("Alaviite 2: …"), so they end up in the last section's text instead
/// of being lost. Page headers and footers are layout (the title repeated, page numbers): they are
/// recorded as artefacts, which the coverage report lists.
/// </summary>
internal static class DocxNotes
{
    private static readonly (string Part, string Element, string Label)[] NoteParts =
    [
        ("word/footnotes.xml", "footnote", "Alaviite"),
        ("word/endnotes.xml", "endnote", "Loppuviite"),
        ("word/comments.xml", "comment", "Kommentti"),
    ];

    public static (List<Block> Blocks, List<ReadArtefact> Artefacts) Read(DocxPackage package, string file, List<ReadMessage> messages)
    {
        var blocks = new List<Block>();
        foreach (var (part, element, label) in NoteParts)
        {
            var xml = Load(package, part, file, messages);
            foreach (var note in xml?.Root?.Elements(W + element) ?? [])
            {
                // Word's own separator "notes" (the line above footnotes) are not text of the plan.
                if ((string?)note.Attribute(W + "type") is "separator" or "continuationSeparator" or "continuationNotice")
                {
                    continue;
                }
                var text = Text(note);
                if (text.Length > 0)
                {
                    var id = (string?)note.Attribute(W + "id");
                    blocks.Add(new ParagraphBlock(new SourceRef { File = file }, $"{label} {id}: {text}"));
                }
            }
        }

        var artefacts = new List<ReadArtefact>();
        foreach (var part in package.PartNames().Where(IsHeaderOrFooter).Order(StringComparer.Ordinal))
        {
            var text = Text(Load(package, part, file, messages)?.Root);
            if (text.Length > 0)
            {
                var kind = part.StartsWith("word/header", StringComparison.Ordinal) ? "pageHeader" : "pageFooter";
                artefacts.Add(new ReadArtefact(kind, text, new SourceRef { File = file }));
            }
        }
        return (blocks, artefacts);
    }

    private static bool IsHeaderOrFooter(string part) =>
        part.StartsWith("word/header", StringComparison.Ordinal) || part.StartsWith("word/footer", StringComparison.Ordinal);

    private static XDocument? Load(DocxPackage package, string part, string file, List<ReadMessage> messages)
    {
        var (xml, error) = package.LoadXml(part);
        if (error is not null)
        {
            messages.Add(new ReadMessage(Severity.Warning, $"{file}: {part} {error}; its text was not read.", new SourceRef { File = file }, ImportNoteCodes.ReadPartSkipped));
        }
        return xml;
    }

    /// <summary>The paragraphs' text, one line each; tabs and breaks as spaces.</summary>
    private static string Text(XElement? root)
    {
        if (root is null)
        {
            return "";
        }
        var lines = root.Descendants(W + "p")
            .Select(p => string.Concat(p.Descendants().Select(e => e.Name == W + "t" ? e.Value : e.Name == W + "tab" || e.Name == W + "br" ? " " : "")).Trim())
            .Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }
}
