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
        var parts = new Dictionary<SectionNode, Counts>(ReferenceEqualityComparer.Instance);
        foreach (var block in context.Read.Blocks)
        {
            var part = TopLevel(context.Scan.SectionOf(block) ?? context.Root);
            if (!parts.TryGetValue(part, out var counts))
            {
                parts[part] = counts = new Counts();
            }
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
                            counts.Structured += words;
                        }
                        else
                        {
                            text += words;
                            counts.Text += words;
                        }
                    }
                }
                continue;
            }
            var n = CleanText.CountWords(BlockText.Of(block));
            if (context.Scan.IsHeading(block))
            {
                structured += n;
                counts.Structured += n;
            }
            else if (context.IsClaimed(block))
            {
                if (unplacedBlocks.Contains(block.Source))
                {
                    unplaced += n;
                    counts.Unplaced += n;
                }
                else
                {
                    structured += n;
                    counts.Structured += n;
                }
            }
            else
            {
                text += n;
                counts.Text += n;
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
            Parts = [.. parts.Where(p => p.Value.Total > 0).Select(p => new PartCoverage
            {
                Number = p.Key.Number,
                Title = p.Key.Title,
                Kind = p.Key.Kind,
                TotalWords = p.Value.Total,
                StructuredWords = p.Value.Structured,
                TextWords = p.Value.Text,
                UnplacedWords = p.Value.Unplaced,
                Source = p.Key.Heading?.Source,
            })],
            Unplaced = [.. context.Unplaced],
            Artefacts = context.Read.Artefacts.Select(a => new ImportedText { Text = a.Text, Reason = a.Kind, Source = a.Source }).ToList(),
            Notes = [.. context.Notes],
        };
    }

    /// <summary>The top-level section a section belongs to; the root stands for the blocks before the first heading.</summary>
    private static SectionNode TopLevel(SectionNode section)
    {
        var s = section;
        while (s.Parent is { Parent: not null } parent)
        {
            s = parent;
        }
        return s;
    }

    private sealed class Counts
    {
        public int Structured;
        public int Text;
        public int Unplaced;
        public int Total => Structured + Text + Unplaced;
    }
}
