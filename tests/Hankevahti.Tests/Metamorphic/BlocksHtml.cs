using System.Net;
using System.Text;
using Hankevahti.Reading;

namespace Hankevahti.Tests.Metamorphic;

/// <summary>
/// Writes the blocks a reader made as one HTML page, so that pandoc and LibreOffice can turn a text plan
/// into a .docx with real headings, lists and tables (merged cells as colspan/rowspan) instead of a wall
/// of tab-separated lines.
/// </summary>
internal static class BlocksHtml
{
    public static string Render(IEnumerable<Block> blocks)
    {
        var sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"fi\"><head><meta charset=\"utf-8\"></head><body>\n");
        var openLists = 0;
        void CloseLists(int to)
        {
            for (; openLists > to; openLists--)
            {
                sb.Append("</li></ul>\n");
            }
        }
        foreach (var block in blocks)
        {
            if (block is ListItemBlock item && IsBullet(item.Marker))
            {
                var depth = Math.Max(0, item.Depth) + 1;
                if (depth > openLists)
                {
                    for (; openLists < depth; openLists++)
                    {
                        sb.Append("<ul><li>");
                    }
                }
                else
                {
                    CloseLists(depth);
                    sb.Append("</li><li>");
                }
                sb.Append(Inline(item.Text));
                continue;
            }
            CloseLists(0);
            switch (block)
            {
                case HeadingBlock h:
                    var level = Math.Clamp(h.Level, 1, 6);
                    sb.Append($"<h{level}>{Inline(h.Number is null ? h.Text : $"{h.Number} {h.Text}")}</h{level}>\n");
                    break;
                case ParagraphBlock p:
                    sb.Append($"<p>{Inline(p.Text)}</p>\n");
                    break;
                case ListItemBlock numbered:
                    // A numbered item keeps its marker as text, as a Word text export writes "1.<tab>Text".
                    sb.Append($"<p>{Inline($"{numbered.Marker} {numbered.Text}")}</p>\n");
                    break;
                case TableBlock t:
                    sb.Append("<table border=\"1\">\n");
                    foreach (var row in t.Rows)
                    {
                        sb.Append("<tr>");
                        foreach (var cell in row.Cells)
                        {
                            var span = (cell.ColSpan > 1 ? $" colspan=\"{cell.ColSpan}\"" : "") + (cell.RowSpan > 1 ? $" rowspan=\"{cell.RowSpan}\"" : "");
                            sb.Append($"<td{span}>{Inline(cell.Text)}</td>");
                        }
                        sb.Append("</tr>\n");
                    }
                    sb.Append("</table>\n");
                    break;
            }
        }
        CloseLists(0);
        sb.Append("</body></html>\n");
        return sb.ToString();
    }

    private static bool IsBullet(string? marker) => marker is null || !marker.Any(char.IsLetterOrDigit);

    // Lines within a block (a cell's list, a paragraph's breaks) stay lines.
    private static string Inline(string text) => string.Join("<br>", text.Split('\n').Select(l => WebUtility.HtmlEncode(l)));
}
