using Hankevahti.Reading;

namespace Hankevahti.Import;

/// <summary>The plain text of one block, as shown in section text and counted for coverage.</summary>
public static class BlockText
{
    public static string Of(Block block) => block switch
    {
        HeadingBlock h => h.Number is null ? h.Text : $"{h.Number} {h.Text}",
        ParagraphBlock p => p.Text,
        ListItemBlock l => new string(' ', 2 * Math.Max(0, l.Depth)) + "- " + l.Text,
        TableBlock t => string.Join("\n", t.Rows.Select(r => string.Join(" | ", r.Cells.Select(c => c.Text).Where(x => x.Length > 0)))),
        _ => "",
    };
}
