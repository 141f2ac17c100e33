using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Risks;

/// <summary>
/// Risk tables of Word exports: a header row naming the columns, then one risk per row. A page break
/// inside a row leaves a continuation row (first cell empty or starting in lower case), and a blank line
/// splits the table in two; both are joined back to the risk they belong to.
/// </summary>
internal static partial class RiskTableReader
{
    public static void Read(ImportContext context, BlockScan scan)
    {
        RiskColumns? columns = null;
        TableBlock? previous = null;
        var width = 0;
        foreach (var block in scan.Blocks)
        {
            // A table another recogniser placed is not read twice.
            if (block is not TableBlock table || table.Rows.Count == 0 || context.IsClaimed(table, 0))
            {
                if (block is not PageBreakBlock && !BlockScan.IsFooter(block))
                {
                    columns = null;
                    previous = null;
                }
                continue;
            }
            var start = 0;
            // The header is the first row, or the second under a caption row ("Riskiarvio").
            var headerRow = table.Rows.Count > 1 && RiskColumns.FromHeader(Texts(table.Rows[0])) is null && RiskColumns.FromHeader(Texts(table.Rows[1])) is not null ? 1 : 0;
            var header = RiskColumns.FromHeader(Texts(table.Rows[headerRow]));
            if (header is not null)
            {
                columns = header;
                width = table.Rows[headerRow].Cells.Count;
                start = headerRow + 1;
                context.ClaimRow(table, headerRow);
            }
            else if (columns is null || previous is null || table.Rows[0].Cells.Count != width)
            {
                columns = null;
                previous = null;
                continue;
            }
            for (var r = start; r < table.Rows.Count; r++)
            {
                ReadRow(context, columns, table, r);
            }
            previous = table;
        }
    }

    private static List<string> Texts(TableRow row) => [.. row.Cells.Select(c => c.Text)];

    /// <summary>A table the user said is a risk table, read with the columns the user gave, one risk per row under the header.</summary>
    public static void ReadMapped(ImportContext context, TableBlock table, int headerRow, RiskColumns columns)
    {
        context.ClaimRow(table, headerRow);
        for (var r = headerRow + 1; r < table.Rows.Count; r++)
        {
            ReadRow(context, columns, table, r);
        }
    }

    private static void ReadRow(ImportContext context, RiskColumns columns, TableBlock table, int r)
    {
        var row = table.Rows[r];
        string Cell(int? i) => i is int k && k < row.Cells.Count ? row.Cells[k].Text : "";
        if (row.Cells.All(c => CleanText.OneLine(c.Text).Length == 0))
        {
            context.ClaimRow(table, r);
            return;
        }
        var main = CleanText.OneLine(Cell(columns.Main));
        var risks = context.Plan.Risks;
        if (risks.Count > 0 && IsContinuation(main) && risks[^1].Source?.File == row.Source.File)
        {
            risks[^1] = Continue(risks[^1], columns, Cell);
            context.ClaimRow(table, r);
            return;
        }
        if (main.Length == 0)
        {
            return;
        }
        var code = CleanText.OneLine(Cell(columns.Code));
        var title = main;
        if (columns.Code is null)
        {
            var m = LeadingCode().Match(main);
            if (m.Success)
            {
                code = m.Groups["code"].Value;
                title = m.Groups["rest"].Value;
            }
        }
        var description = columns.Title is not null && columns.Description is not null ? Text(Cell(columns.Description)) : null;
        risks.Add(new Risk
        {
            Code = code.Length > 0 ? code.TrimEnd('.') : null,
            Title = title,
            Description = description,
            Consequence = Text(Cell(columns.Consequence)),
            Likelihood = RiskRatings.Parse(Cell(columns.Likelihood)),
            Impact = RiskRatings.Parse(Cell(columns.Impact)),
            StatedScore = RiskRatings.ParseScore(Cell(columns.Score)),
            Mitigations = columns.Mitigation is null ? [] : RichCellText.Items(Cell(columns.Mitigation)),
            Owner = Text(Cell(columns.Owner)),
            Source = row.Source,
        });
        context.ClaimRow(table, r);
    }

    // The rest of a row that a page break cut: the risk's own cell is empty or goes on in lower case.
    private static bool IsContinuation(string main) => main.Length == 0 || char.IsLower(main[0]);

    private static Risk Continue(Risk risk, RiskColumns columns, Func<int?, string> cell)
    {
        var mitigations = risk.Mitigations;
        var raw = columns.Mitigation is null ? "" : cell(columns.Mitigation);
        var items = RichCellText.Items(raw);
        if (items.Count > 0 && mitigations.Count > 0 && !RichCellText.StartsWithItem(raw))
        {
            // The first line goes on with the bullet the page break cut.
            mitigations[^1] = $"{mitigations[^1]} {items[0]}";
            items.RemoveAt(0);
        }
        mitigations.AddRange(items);
        var main = Text(cell(columns.Main));
        return risk with
        {
            Title = Join(risk.Title, main) ?? "",
            Description = columns.Title is not null && columns.Description is not null ? Join(risk.Description, Text(cell(columns.Description))) : risk.Description,
            Consequence = Join(risk.Consequence, Text(cell(columns.Consequence))),
            Owner = Join(risk.Owner, Text(cell(columns.Owner))),
            Likelihood = risk.Likelihood ?? RiskRatings.Parse(cell(columns.Likelihood)),
            Impact = risk.Impact ?? RiskRatings.Parse(cell(columns.Impact)),
            StatedScore = risk.StatedScore ?? RiskRatings.ParseScore(cell(columns.Score)),
        };
    }

    private static string? Text(string raw)
    {
        var t = CleanText.OneLine(raw);
        return t.Length == 0 ? null : t;
    }

    private static string? Join(string? a, string? b) =>
        string.IsNullOrEmpty(a) ? b : string.IsNullOrEmpty(b) ? a : $"{a} {b}";

    [GeneratedRegex(@"^(?<code>R?\d{1,2})[.)]?\s+(?<rest>\p{L}.*)$")]
    private static partial Regex LeadingCode();
}
