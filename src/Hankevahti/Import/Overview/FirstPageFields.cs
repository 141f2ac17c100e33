using Hankevahti.Import.Common;
using Hankevahti.Reading;

namespace Hankevahti.Import.Overview;

/// <summary>
/// Labelled fields of the first page: "Hankkeen nimi: X" in a paragraph, a two-cell table row
/// (label | value), or a label alone on its line with the value on the next (the PDF text and form layouts).
/// </summary>
internal static class FirstPageFields
{
    public sealed record Field(string Label, string Value, Block Block, Block? ValueBlock);

    public static IEnumerable<Field> Read(IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case TableBlock table:
                    foreach (var row in table.Rows)
                    {
                        var cells = row.Cells.Select(c => CleanText.OneLine(c.Text)).Where(c => c.Length > 0).ToList();
                        if (cells.Count == 2)
                        {
                            yield return new Field(cells[0].TrimEnd(':').Trim(), cells[1], table, null);
                        }
                    }
                    break;
                case ParagraphBlock or ListItemBlock:
                    var text = CleanText.OneLine(BlockScan.TextOf(blocks[i]));
                    var colon = text.IndexOf(':');
                    if (colon > 0 && colon < 60)
                    {
                        var value = text[(colon + 1)..].Trim();
                        if (value.Length > 0)
                        {
                            yield return new Field(text[..colon].Trim(), value, blocks[i], null);
                        }
                        else if (i + 1 < blocks.Count && blocks[i + 1] is ParagraphBlock next
                                 && CleanText.OneLine(next.Text) is { Length: > 0 } below && !below.Contains(':'))
                        {
                            yield return new Field(text[..colon].Trim(), below, blocks[i], next);
                        }
                    }
                    break;
            }
        }
    }
}
