using System.Text;
using System.Text.RegularExpressions;
using Hankevahti.Reading;
using Hankevahti.Reading.Text;
using Hankevahti.Tests.Reading.Docx;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Metamorphic;

/// <summary>
/// Each seed plan rendered at test time into other formats of the same document: .docx by pandoc and by
/// LibreOffice, PDF made from each .docx by LibreOffice, and text edits that an exporter may or may not
/// make. The files are made once per test run (the conversions take seconds each), in a private temp
/// folder, and keep the seed's base name so that nothing derived from the file name changes.
/// </summary>
internal static partial class FormatVariants
{
    public sealed record Variant(string Name, string What);

    // Each variant says what changes; all of them leave the plan's facts as they are.
    public static readonly Variant[] All =
    [
        new("pandoc-docx", "the reader's blocks as HTML, made into .docx by pandoc"),
        new("libreoffice-docx", "the reader's blocks as HTML, made into .docx by LibreOffice"),
        new("pandoc-docx-pdf", "the pandoc .docx printed to PDF by LibreOffice, read through pdftotext"),
        new("libreoffice-docx-pdf", "the LibreOffice .docx printed to PDF by LibreOffice, read through pdftotext"),
        new("no-cell-markup", "HTML tags in the text (cell lists and paragraphs) removed, entities decoded"),
        new("no-emphasis", "markdown emphasis (** and __) removed"),
        new("columns-reordered", "every table's columns after the first in reverse order"),
        new("extra-column", "every table with one more column the vocabulary does not know"),
        new("crlf", "Windows line ends"),
        new("nbsp-separators", "no-break spaces as thousands separators in numbers"),
        new("text-pdf", "the text as it stands printed to PDF by LibreOffice (long lines wrap), read through pdftotext"),
        new("blank-lines-halved", "every run of blank lines one shorter, as pdftotext writes what a PDF text export doubles"),
        new("trailing-spaces", "a space at the end of every line"),
    ];

    public static string[] Names => [.. All.Select(v => v.Name)];

    private static readonly Lazy<string> dir = new(() =>
    {
        // HANKEVAHTI_KEEP_VARIANTS=DIR keeps the rendered files there, to import them by hand when a difference is looked into.
        if (Environment.GetEnvironmentVariable("HANKEVAHTI_KEEP_VARIANTS") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            return Path.GetFullPath(keep);
        }
        var d = Path.Combine(Path.GetTempPath(), $"hankevahti-variants-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(d);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(d, recursive: true);
            }
            catch (IOException)
            {
                // A LibreOffice process still closing may hold a file; the temp folder is cleaned eventually.
            }
        };
        return d;
    });

    private static string Folder(string name)
    {
        var d = Path.Combine(dir.Value, name);
        Directory.CreateDirectory(d);
        return d;
    }

    private static string Base(string seed) => Path.GetFileNameWithoutExtension(seed);

    // All seeds are converted in one LibreOffice run per step: starting LibreOffice is most of its cost.
    private static readonly Lazy<string> html = new(() =>
    {
        var d = Folder("html");
        foreach (var seed in Seeds.All)
        {
            var read = DocumentReader.ReadFile(Seeds.Path(seed));
            System.IO.File.WriteAllText(Path.Combine(d, Base(seed) + ".html"), BlocksHtml.Render(read.Blocks), new UTF8Encoding(false));
        }
        return d;
    });

    private static readonly Lazy<string> pandocDocx = new(() =>
    {
        var d = Folder("pandoc-docx");
        foreach (var seed in Seeds.All)
        {
            GeneratedDocuments.Run("pandoc", "pandoc", ["-f", "html", "-t", "docx", "-o", Path.Combine(d, Base(seed) + ".docx"), Path.Combine(html.Value, Base(seed) + ".html")]);
        }
        return d;
    });

    private static readonly Lazy<string> libreOfficeDocx = new(() =>
    {
        var d = Folder("libreoffice-docx");
        GeneratedDocuments.Soffice("docx:MS Word 2007 XML", d, [.. Seeds.All.Select(s => Path.Combine(html.Value, Base(s) + ".html"))]);
        return d;
    });

    private static string PdfOf(Lazy<string> docx, string name)
    {
        var d = Folder(name);
        GeneratedDocuments.Soffice("pdf", d, [.. Seeds.All.Select(s => Path.Combine(docx.Value, Base(s) + ".docx"))]);
        return d;
    }

    private static readonly Lazy<string> textPdf = new(() =>
    {
        var d = Folder("text-pdf");
        GeneratedDocuments.Soffice("pdf", d, [.. Seeds.All.Select(Seeds.Path)], "Text (encoded):UTF8,LF,,,");
        return d;
    });

    private static readonly Lazy<string> pandocPdf = new(() => PdfOf(pandocDocx, "pandoc-docx-pdf"));
    private static readonly Lazy<string> libreOfficePdf = new(() => PdfOf(libreOfficeDocx, "libreoffice-docx-pdf"));

    /// <summary>The variant's file for <paramref name="seed"/>, made on first use.</summary>
    public static string File(string seed, string variant)
    {
        if (variant.EndsWith("-pdf", StringComparison.Ordinal) || variant.EndsWith("-docx", StringComparison.Ordinal) || variant == "text-pdf")
        {
            GeneratedDocuments.RequireTool("soffice", "libreoffice-writer");
            GeneratedDocuments.RequireTool("pdftotext", "poppler-utils");
        }
        return variant switch
        {
            "pandoc-docx" => Path.Combine(pandocDocx.Value, Base(seed) + ".docx"),
            "libreoffice-docx" => Path.Combine(libreOfficeDocx.Value, Base(seed) + ".docx"),
            "pandoc-docx-pdf" => Path.Combine(pandocPdf.Value, Base(seed) + ".pdf"),
            "libreoffice-docx-pdf" => Path.Combine(libreOfficePdf.Value, Base(seed) + ".pdf"),
            "text-pdf" => Path.Combine(textPdf.Value, Base(seed) + ".pdf"),
            _ => TextVariant(seed, variant),
        };
    }

    private static string TextVariant(string seed, string variant)
    {
        var path = Path.Combine(Folder(variant), seed);
        if (System.IO.File.Exists(path))
        {
            return path;
        }
        var text = System.IO.File.ReadAllText(Seeds.Path(seed)).Replace("\r\n", "\n");
        var changed = variant switch
        {
            "no-cell-markup" => WebUtility(HtmlTag().Replace(text, " ")),
            "no-emphasis" => text.Replace("**", "").Replace("__", ""),
            "columns-reordered" => EditTables(text, seed, ReverseAfterFirst),
            "extra-column" => EditTables(text, seed, AddColumn),
            "crlf" => text.Replace("\n", "\r\n"),
            "nbsp-separators" => ThousandsSpace().Replace(text, "\u00A0"),
            "blank-lines-halved" => HalveBlankLines(text),
            "trailing-spaces" => text.Replace("\n", " \n"),
            _ => throw new ArgumentException($"unknown variant {variant}"),
        };
        System.IO.File.WriteAllText(path, changed, new UTF8Encoding(false));
        return path;
    }

    private static string WebUtility(string text) => HtmlEntity().Replace(text, m => System.Net.WebUtility.HtmlDecode(m.Value));

    /// <summary>
    /// Applies <paramref name="edit"/> to the rows of every table the text reader finds (tab-separated lines;
    /// a PDF text plan has none). Rows are padded to the table's width first so that the columns stay aligned.
    /// </summary>
    private static string EditTables(string text, string seed, Func<List<string>, bool, List<string>> edit)
    {
        var lines = text.Split('\n');
        var read = PlanTextReader.Read(Encoding.UTF8.GetBytes(text), seed);
        foreach (var table in read.Blocks.OfType<TableBlock>())
        {
            var first = table.Source.Line ?? table.Rows[0].Source.Line ?? 0;
            var last = table.Rows.Max(r => r.Source.EndLine ?? r.Source.Line ?? 0);
            if (first <= 0 || last < first)
            {
                continue;
            }
            var rowLines = Enumerable.Range(first - 1, last - first + 1).Where(i => i < lines.Length && lines[i].Contains('\t')).ToList();
            if (rowLines.Count == 0)
            {
                continue;
            }
            var width = rowLines.Max(i => lines[i].Split('\t').Length);
            foreach (var i in rowLines)
            {
                var cells = lines[i].Split('\t').ToList();
                while (cells.Count < width)
                {
                    cells.Add("");
                }
                lines[i] = string.Join('\t', edit(cells, i == rowLines[0]));
            }
        }
        return string.Join('\n', lines);
    }

    private static string HalveBlankLines(string text)
    {
        var lines = text.Split('\n');
        var kept = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            // The first blank line of a run goes; the run's other lines stay.
            var blank = lines[i].Trim().Length == 0;
            var runStart = blank && (i == 0 || lines[i - 1].Trim().Length > 0);
            if (!runStart)
            {
                kept.Add(lines[i]);
            }
        }
        return string.Join('\n', kept);
    }

    private static List<string> ReverseAfterFirst(List<string> cells, bool header) => [cells[0], .. cells.Skip(1).Reverse()];

    // A comment column as a reviewer adds it: a header no template uses and a word in every row.
    private static List<string> AddColumn(List<string> cells, bool header) => [.. cells, header ? "Kommentti" : "kommentti"];

    [GeneratedRegex(@"<!--.*?-->|<[ \t]*/?[ \t]*(?:ul|ol|li|p|br|hr|div|span|b|strong|i|em|u|s|a|sup|sub|font|code|pre|blockquote|table|tbody|thead|tr|td|th|h[1-6])\b[^<>]*?/?[ \t]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlEntity();

    // "1 356 000": the space between a digit and a group of exactly three digits.
    [GeneratedRegex(@"(?<=\d) (?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSpace();
}
