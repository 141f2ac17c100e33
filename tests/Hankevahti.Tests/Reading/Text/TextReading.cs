using System.Text;
using Hankevahti.Reading;
using Hankevahti.Reading.Text;

namespace Hankevahti.Tests.Reading.Text;

/// <summary>Small helpers for reader tests: read inline text, render blocks as one-line strings.</summary>
internal static class TextReading
{
    public static ReadResult Read(string text, string file = "t.txt", DocumentOrigin? origin = null) =>
        PlanTextReader.Read(Encoding.UTF8.GetBytes(text), file, origin);

    /// <summary>"P:text", "L0-:text", "H2[4.2]:text", "T:a|b/c|d", "F:18(35)": compact enough for table-driven expectations.</summary>
    public static string Show(Block block) => block switch
    {
        HeadingBlock h => $"H{h.Level}[{h.Number}]:{h.Text}",
        ParagraphBlock p => $"P:{p.Text}",
        ListItemBlock l => $"L{l.Depth}{l.Marker}:{l.Text}",
        TableBlock t => "T:" + string.Join("/", t.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text)))),
        PageBreakBlock b => $"F:{b.Footer}",
        _ => block.GetType().Name,
    };

    public static string ShowAll(ReadResult r) => string.Join(" ~ ", r.Blocks.Select(Show));
}
