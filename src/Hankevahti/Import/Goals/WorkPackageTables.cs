using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Goals;

/// <summary>
/// The goal / action / monitoring table each work package of an RRF plan has ("Tavoite | Toimenpiteet |
/// Seuranta", or "Mittarit"). Read row by row into the work package's goals, its actions and its indicators;
/// a goal is linked to the indicators of its own row.
/// Actions get the code "{work package}.{n}" ("1.1.3" is the third action of work package 1.1) because
/// the tables do not number them; n runs over the package's actions in table order.
/// </summary>
internal static class WorkPackageTables
{
    public static void Read(ImportContext context)
    {
        foreach (var section in context.Sections.ToList())
        {
            var code = GoalBlocks.WorkCode(section);
            if (code is null)
            {
                continue;
            }
            for (var i = 0; i < section.Blocks.Count; i++)
            {
                var block = section.Blocks[i];
                if (block is TableBlock table && table.Rows.Count > 1 && PdfTableText.IsHeader(string.Join(" ", table.Rows[0].Cells.Select(c => c.Text))))
                {
                    ReadWordTable(context, section, code, table);
                }
                else if (block is ParagraphBlock p && PdfTableText.IsHeader(p.Text) && !context.IsClaimed(p))
                {
                    i = ReadPdfTable(context, section, code, i);
                }
            }
        }
    }

    /// <summary>Reads the fragment lines after the header line; returns the index of the last block used.</summary>
    private static int ReadPdfTable(ImportContext context, SectionNode section, string code, int headerIndex)
    {
        var lines = new List<(string, Block)>();
        var end = headerIndex;
        for (var i = headerIndex + 1; i < section.Blocks.Count; i++)
        {
            var b = section.Blocks[i];
            if (b is PageBreakBlock)
            {
                end = i;
                continue;
            }
            // A reader that knows bullets gives "• …" cell lines as list items; they are fragments like the rest.
            var text = b switch
            {
                ParagraphBlock p => p.Text,
                ListItemBlock l => "- " + l.Text,
                _ => null,
            };
            if (text is null || EndsTable(text))
            {
                break;
            }
            end = i;
            if (PdfTableText.IsPageFooter(text) || text.Trim().Length == 0)
            {
                continue;
            }
            lines.Add((text, b));
        }
        var rows = PdfTableText.Read(lines);
        if (rows.Count == 0)
        {
            return end;
        }
        context.Claim(section.Blocks[headerIndex]);
        var part = GoalBlocks.EnsurePart(context, code, GoalBlocks.TitleWithoutCode(section), section.Heading?.Source);
        foreach (var row in rows)
        {
            var indicatorIds = new List<string>();
            foreach (var cell in row.Measures)
            {
                var id = AddIndicator(context, code, cell.Text, SourceOf(cell.Lines));
                indicatorIds.Add(id);
                cell.Lines.ToList().ForEach(context.Claim);
            }
            foreach (var cell in row.Actions)
            {
                part.Actions.Add(new WorkAction { Code = $"{code}.{part.Actions.Count + 1}", Title = cell.Text, Source = SourceOf(cell.Lines) });
                cell.Lines.ToList().ForEach(context.Claim);
            }
            if (row.Goals.Count > 0)
            {
                var lines2 = row.Goals.SelectMany(g => g.Lines).ToList();
                context.Plan.Goals.Add(new Goal
                {
                    Id = GoalBlocks.NextGoalId(context.Plan),
                    Level = GoalLevel.Objective,
                    Text = string.Join(" ", row.Goals.Select(g => g.Text)),
                    PartCode = code,
                    IndicatorIds = indicatorIds,
                    Source = SourceOf(lines2),
                });
                lines2.ForEach(context.Claim);
            }
        }
        // The row grouping is inferred from the wording, not read: every value of the table is an uncertain reading.
        context.Notes.Add(new ImportNote
        {
            Severity = NoteSeverity.Info,
            Code = ImportNoteCodes.UncertainPdfFragments,
            Message = $"Work package {code}: the goal / action / monitoring table was rebuilt from PDF text fragments; check the row grouping against the original.",
            Source = Span(section.Blocks[headerIndex].Source, section.Blocks[end].Source),
        });
        return end;
    }

    private static void ReadWordTable(ImportContext context, SectionNode section, string code, TableBlock table)
    {
        var part = GoalBlocks.EnsurePart(context, code, GoalBlocks.TitleWithoutCode(section), section.Heading?.Source);
        context.ClaimRow(table, 0);
        for (var r = 1; r < table.Rows.Count; r++)
        {
            var cells = table.Rows[r].Cells;
            if (cells.Count < 3)
            {
                continue;
            }
            var indicatorIds = new List<string>();
            foreach (var line in Items(cells[2].Text))
            {
                indicatorIds.Add(AddIndicator(context, code, line, cells[2].Source));
            }
            foreach (var line in Items(cells[1].Text))
            {
                part.Actions.Add(new WorkAction { Code = $"{code}.{part.Actions.Count + 1}", Title = line, Source = cells[1].Source });
            }
            var goal = GoalBlocks.Clean(cells[0].Text);
            if (goal.Length > 0)
            {
                context.Plan.Goals.Add(new Goal { Id = GoalBlocks.NextGoalId(context.Plan), Text = goal, PartCode = code, IndicatorIds = indicatorIds, Source = cells[0].Source });
            }
            if (cells.Count == 3)
            {
                context.ClaimRow(table, r);
            }
            else
            {
                context.ClaimCell(table, r, 0);
                context.ClaimCell(table, r, 1);
                context.ClaimCell(table, r, 2);
            }
        }
    }

    /// <summary>The items of a cell: "- " lines when the cell held a list, otherwise the cell as one item.</summary>
    private static IEnumerable<string> Items(string cell)
    {
        var lines = cell.Split('\n').Select(l => GoalBlocks.ListItemText(new ParagraphBlock(new SourceRef(), l)) ?? GoalBlocks.Clean(l)).Where(l => l.Length > 0).ToList();
        return lines.Count > 1 && cell.Contains("- ") ? lines : lines.Count == 0 ? [] : [string.Join(" ", lines)];
    }

    private static string AddIndicator(ImportContext context, string code, string text, SourceRef? source)
    {
        var kind = IndicatorText.Classify(text);
        var id = GoalBlocks.NextIndicatorId(context.Plan);
        context.Plan.Indicators.Add(new Indicator
        {
            Id = id,
            Name = text,
            Kind = kind,
            Unit = IndicatorText.Unit(kind, text),
            WorkCodes = [code],
            Source = source,
        });
        return id;
    }

    // The paragraphs after a table start with the work package's genitive ("Työpaketin 1.1 tuotokset: …") or a caption.
    private static bool EndsTable(string line)
    {
        var t = CleanText.Key(line);
        return t.StartsWith("työpaketin ", StringComparison.Ordinal) || t.StartsWith("työpaketti ", StringComparison.Ordinal)
            || t.StartsWith("taulukko ", StringComparison.Ordinal) || t.StartsWith("kuva ", StringComparison.Ordinal);
    }

    private static SourceRef? SourceOf(IReadOnlyList<Block> lines)
    {
        if (lines.Count == 0)
        {
            return null;
        }
        var first = lines[0].Source;
        var lastLine = lines.Max(l => l.Source.Line ?? 0);
        return lastLine > (first.Line ?? 0) ? first with { EndLine = lastLine } : first;
    }

    /// <summary>From the first block's start to the last block's end.</summary>
    private static SourceRef Span(SourceRef first, SourceRef last) =>
        first with { EndLine = last.EndLine ?? last.Line ?? first.EndLine };
}
