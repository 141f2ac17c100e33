using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import;

/// <summary>Counts, for every word of the source, whether it went into a structured field, into section text, or nowhere.</summary>
public static class Coverage
{
    public static ImportInfo Measure(ImportContext context, string format)
    {
        var unplacedBlocks = new HashSet<SourceRef>(context.Unplaced.Select(u => u.Source!).Where(s => s is not null));

        int structured = 0, text = 0, unplaced = 0;
        foreach (var block in context.Read.Blocks)
        {
            if (block is TableBlock table && !context.IsClaimed(block))
            {
                for (var r = 0; r < table.Rows.Count; r++)
                {
                    for (var c = 0; c < table.Rows[r].Cells.Count; c++)
                    {
                        var words = CleanText.CountWords(table.Rows[r].Cells[c].Text);
                        if (context.IsClaimed(table, r, c))
                        {
                            structured += words;
                        }
                        else
                        {
                            text += words;
                        }
                    }
                }
                continue;
            }
            var n = CleanText.CountWords(BlockText.Of(block));
            if (context.Scan.IsHeading(block))
            {
                structured += n;
            }
            else if (context.IsClaimed(block))
            {
                if (unplacedBlocks.Contains(block.Source))
                {
                    unplaced += n;
                }
                else
                {
                    structured += n;
                }
            }
            else
            {
                text += n;
            }
        }
        var artefactWords = context.Read.Artefacts.Sum(a => CleanText.CountWords(a.Text));
        return new ImportInfo
        {
            File = context.File,
            Format = format,
            TotalWords = structured + text + unplaced + artefactWords,
            StructuredWords = structured,
            TextWords = text,
            UnplacedWords = unplaced,
            ArtefactWords = artefactWords,
            Unplaced = [.. context.Unplaced],
            Artefacts = context.Read.Artefacts.Select(a => new ImportedText { Text = a.Text, Reason = a.Kind, Source = a.Source }).ToList(),
            Notes = [.. context.Notes],
        };
    }
}
