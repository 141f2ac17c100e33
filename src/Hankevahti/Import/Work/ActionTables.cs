using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Work;

/// <summary>
/// Actions listed in a table under "Toimenpiteet" or a work package: a row whose first cell names an
/// action with its code ("1.1. Yhteisen ytimen määrittely"), and its description from a column headed
/// "Kuvaus" / "Sisältö". Only those two cells are claimed: the same row may hold indicators or a
/// schedule that other recognisers read.
/// </summary>
internal static class ActionTables
{
    public static void Read(ImportContext context, SectionNode section, WorkPart? sectionPart)
    {
        foreach (var table in section.Blocks.OfType<TableBlock>())
        {
            if (table.Rows.Count == 0 || ScheduleLayout.Find(table) is not null)
            {
                continue;
            }
            var description = DescriptionColumn(table.Rows[0]);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                var first = row.Cells.Select((c, i) => (Text: CleanText.Inline(c.Text), Index: i)).FirstOrDefault(c => c.Text.Length > 0);
                if (first.Text is null)
                {
                    continue;
                }
                var part = PartFor(context.Plan, first.Text, sectionPart);
                if (part is null || ActionLines.Parse(first.Text, NumericCode(part)) is not { } found)
                {
                    continue;
                }
                if (!part.Kind.Equals(WorkPartKind.Part) && !char.IsDigit(found.Code[0]))
                {
                    continue;
                }
                if (part.Actions.Any(a => string.Equals(a.Code, found.Code, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }
                string? text = null;
                if (description is { } d && d != first.Index && d < row.Cells.Count && CleanText.Inline(row.Cells[d].Text).Length > 0)
                {
                    text = HtmlLines(row.Cells[d].Text);
                    context.ClaimCell(table, r, d);
                }
                part.Actions.Add(new WorkAction { Code = found.Code, Title = found.Title, Description = text, Source = row.Cells[first.Index].Source });
                context.ClaimCell(table, r, first.Index);
            }
        }
    }

    private static string? NumericCode(WorkPart part) => char.IsDigit(part.Code[0]) ? part.Code : null;

    /// <summary>A numeric action code names its work package ("2.3" → "2"), wherever the table stands.</summary>
    private static WorkPart? PartFor(Plan plan, string cell, WorkPart? sectionPart)
    {
        var dot = cell.IndexOf('.');
        if (dot > 0 && cell[..dot].All(char.IsDigit))
        {
            var prefix = cell[..dot];
            return WorkLookup.FindPart(plan, prefix, WorkPartKind.WorkPackage) ?? WorkLookup.FindPart(plan, prefix, WorkPartKind.Part) ?? sectionPart;
        }
        return sectionPart;
    }

    private static int? DescriptionColumn(TableRow header)
    {
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var key = CleanText.Inline(header.Cells[i].Text).ToLowerInvariant();
            if (key.StartsWith("kuvaus", StringComparison.Ordinal) || key.StartsWith("sisältö", StringComparison.Ordinal) || key.Contains("toimenpiteen kuvaus", StringComparison.Ordinal))
            {
                return i;
            }
        }
        return null;
    }

    // Cells of Word exports hold HTML lists; keep the items as "- " lines.
    private static string HtmlLines(string html)
    {
        var withBreaks = html.Replace("<li>", "\n- ", StringComparison.OrdinalIgnoreCase)
            .Replace("<br>", "\n", StringComparison.OrdinalIgnoreCase).Replace("<br/>", "\n", StringComparison.OrdinalIgnoreCase)
            .Replace("</p>", "\n", StringComparison.OrdinalIgnoreCase);
        return string.Join("\n", withBreaks.Split('\n').Select(CleanText.Inline).Where(l => l.Length > 0));
    }
}
