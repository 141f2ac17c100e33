using System.Text;
using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Reading;

namespace Hankevahti.Import.Work;

/// <summary>Text of blocks as the work recognisers read and store it: emphasis and HTML removed, PDF lines joined.</summary>
public static partial class WorkText
{
    /// <summary>One line of a paragraph or list item, list marker kept ("- A. …", "1.1. …") because codes hide there.</summary>
    public static string? Line(Block block) => block switch
    {
        ParagraphBlock p => CleanText.Inline(p.Text),
        ListItemBlock l => CleanText.Inline(l.Marker is { Length: > 0 } m && !IsBullet(m) ? $"{m} {l.Text}" : $"- {l.Text}"),
        _ => null,
    };

    /// <summary>Joins description blocks: PDF lines into running text (a line-end hyphen joins the word), paragraphs with blank lines, list items as "- " lines.</summary>
    public static string? Join(IEnumerable<Block> blocks, DocumentOrigin origin)
    {
        var sb = new StringBuilder();
        var pdf = origin is DocumentOrigin.PdfText or DocumentOrigin.Pdf;
        Block? previous = null;
        foreach (var b in blocks)
        {
            var text = b switch
            {
                ParagraphBlock p => CleanText.Inline(p.Text),
                ListItemBlock l => new string(' ', 2 * Math.Max(0, l.Depth)) + "- " + CleanText.Inline(l.Text),
                _ => "",
            };
            if (text.Length == 0)
            {
                continue;
            }
            if (sb.Length > 0)
            {
                if (pdf && b is ParagraphBlock && previous is ParagraphBlock)
                {
                    PdfLines.Append(sb, text);
                    previous = b;
                    continue;
                }
                else if (b is ListItemBlock && previous is ListItemBlock)
                {
                    sb.Append('\n');
                }
                else
                {
                    sb.Append("\n\n");
                }
            }
            sb.Append(text);
            previous = b;
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    private static bool IsBullet(string marker) => marker.Trim() is "-" or "*" or "•" or "–" or "\uF0B7" or "o" or "▪";

}
