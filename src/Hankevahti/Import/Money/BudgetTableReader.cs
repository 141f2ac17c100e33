using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Money;

/// <summary>
/// Reads one budget table (rows of cost categories, columns of plan / actual / forecast / total) into
/// budget lines and stated figures, and claims what it placed.
/// </summary>
/// <remarks>
/// A "joista" row (Henkilöstökulut, joista …) and the rows under it say the same money twice. The rows
/// under it become the lines and the group row a <see cref="StatedFigureKind.Subtotal"/>: the breakdown
/// keeps the finer cost categories the grant rules distinguish (hired vs transferred personnel), and a
/// stated subtotal is exactly what checks compare with the sum of its lines. When none of the breakdown
/// rows has an amount in a column, the group row's amount is the only figure there, so it becomes the line
/// for that column instead (real plans fill "Investointikulut yhteensä, josta" and leave its sub-rows blank).
/// The total column (actual + forecast, or all years) is derived, so its cells are kept only as stated
/// figures; their period gets " yhteensä" so that they are never read as the planned column's period.
/// </remarks>
public sealed class BudgetTableReader
{
    private readonly ImportContext context;
    private readonly TableBlock table;
    private BudgetPlace place;
    private readonly List<BudgetLine> added = [];
    private readonly BudgetTableMap? map;
    private Budget Budget => context.Plan.Budget;

    /// <summary>The column of the row labels: the first, unless a map says otherwise.</summary>
    private int LabelColumn => map?.LabelColumn ?? 0;

    public BudgetTableReader(ImportContext context, TableBlock table, BudgetPlace place, BudgetTableMap? map = null)
    {
        this.context = context;
        this.table = table;
        this.place = place;
        this.map = map;
    }

    /// <summary>Whether a table looks like a budget: a recognised column heading and at least two recognised cost rows.</summary>
    public static bool LooksLikeBudget(TableBlock table)
    {
        var labelled = table.Rows.Count(r => r.Cells.Count > 1 && CostCategories.Classify(r.Cells[0].Text).Kind != BudgetRowKind.Unknown
            && r.Cells.Skip(1).Any(c => Amounts.TryParseEuros(CleanText.Cell(c.Text), out _)));
        return labelled >= 2;
    }

    public void Read()
    {
        int headerIndex;
        List<BudgetColumn> columns;
        if (map is not null)
        {
            // The user said which column is what: the header row is read by the map, not by its words.
            headerIndex = map.HeaderRow;
            columns = [.. map.Columns];
            ClaimHeader(headerIndex, columns);
        }
        else if ((headerIndex = FindHeader(out columns)) >= 0 && columns.Count > 0)
        {
            ClaimHeader(headerIndex, columns);
        }
        else
        {
            columns = GuessColumns();
            if (columns.Count == 0)
            {
                context.Info(ImportNoteCodes.BudgetColumnsUnclear, $"{context.File}: a budget table whose amount columns could not be told apart was kept as text.", table.Source);
                return;
            }
        }

        for (var r = 0; r < headerIndex; r++)
        {
            var title = string.Join(" ", table.Rows[r].Cells.Select(c => CleanText.Cell(c.Text)).Where(t => t.Length > 0));
            if (place.Organisation is null && title.Length > 0 && BudgetParts.OrganisationNamed(context, title) is { } organisation)
            {
                place = place with { Organisation = organisation };
            }
            ClaimTitleRow(r);
        }

        var rows = table.Rows;
        var tablePlace = place;
        for (var r = headerIndex + 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Cells.All(c => CleanText.IsBlank(c.Text)))
            {
                context.ClaimRow(table, r);
                continue;
            }
            var labelText = Text(row, LabelColumn);
            var label = CostCategories.Classify(labelText);
            if (map is not null)
            {
                place = map.PartColumn is { } pc && Text(row, pc) is { Length: > 0 } part ? tablePlace with { PartCode = BudgetParts.PartNumber(part) ?? part } : tablePlace;
                label = MappedLabel(row, labelText, label, columns);
            }
            if (label.Kind == BudgetRowKind.Category && CostCategories.GroupHeadedBy(labelText) is var headed and not CostGroup.None
                && NextIsInGroup(r, headed))
            {
                label = label with { Kind = BudgetRowKind.Group, Group = headed, Category = CostCategories.GroupCategory(headed) };
            }
            switch (label.Kind)
            {
                case BudgetRowKind.Category:
                    ReadCategoryRow(r, labelText, label.Category, columns);
                    break;
                case BudgetRowKind.Group:
                    var end = r + 1;
                    while (end < rows.Count && rows[end].Cells.Count > LabelColumn
                        && CostCategories.Classify(rows[end].Cells[LabelColumn].Text) is { Kind: BudgetRowKind.Category } child
                        && CostCategories.InGroup(child.Category, label.Group))
                    {
                        end++;
                    }
                    ReadGroup(r, end, labelText, label, columns);
                    r = end - 1;
                    break;
                case BudgetRowKind.Total:
                    ReadFigureRow(r, labelText, StatedFigureKind.Total, columns);
                    break;
                case BudgetRowKind.OwnFunding:
                case BudgetRowKind.Grant:
                    ReadFundingRow(r, labelText, label, columns);
                    break;
                default:
                    if (labelText.Length == 0)
                    {
                        context.Info(ImportNoteCodes.BudgetRowWithoutLabel, $"{context.File}: a budget row without a label was kept as text.", row.Source);
                    }
                    else if (row.Cells.Skip(1).Any(c => Amounts.TryParseEuros(CleanText.Cell(c.Text), out _)))
                    {
                        context.Warn(ImportNoteCodes.BudgetUnknownCategory, $"{context.File}: budget row \"{labelText}\" is not a known cost category; it was kept as text.", row.Source);
                    }
                    break;
            }
        }
    }

    private bool NextIsInGroup(int r, CostGroup group) =>
        r + 1 < table.Rows.Count && table.Rows[r + 1].Cells.Count > LabelColumn
        && CostCategories.Classify(table.Rows[r + 1].Cells[LabelColumn].Text) is { Kind: BudgetRowKind.Category } next
        && CostCategories.InGroup(next.Category, group);

    private static string Text(TableRow row, int index) => index < row.Cells.Count ? CleanText.Cell(row.Cells[index].Text) : "";

    /// <summary>
    /// In a table the user said is a budget, a category column names the category; a row with amounts whose
    /// label the vocabulary does not know is still a cost line, of the category "other costs", since the user
    /// told us the table is a budget. Totals and funding rows are still told by their words.
    /// </summary>
    private BudgetRowLabel MappedLabel(TableRow row, string labelText, BudgetRowLabel label, List<BudgetColumn> columns)
    {
        if (map!.CategoryColumn is { } cc && CostCategories.Classify(Text(row, cc)) is { Kind: BudgetRowKind.Category or BudgetRowKind.Group } byColumn
            && label.Kind is BudgetRowKind.Unknown or BudgetRowKind.Category)
        {
            return byColumn with { Kind = BudgetRowKind.Category };
        }
        if (label.Kind == BudgetRowKind.Unknown && labelText.Length > 0 && columns.Any(c => Amount(row, c.Index, out _, out _)))
        {
            return label with { Kind = BudgetRowKind.Category, Category = CostCategory.Other };
        }
        return label;
    }

    /// <summary>The cells of a row that hold its label: the label column and the category and part columns of a map.</summary>
    private HashSet<int> LabelCells()
    {
        var cells = new HashSet<int> { LabelColumn };
        if (map?.CategoryColumn is { } cc)
        {
            cells.Add(cc);
        }
        if (map?.PartColumn is { } pc)
        {
            cells.Add(pc);
        }
        return cells;
    }

    private int FindHeader(out List<BudgetColumn> columns)
    {
        columns = [];
        for (var r = 0; r < Math.Min(table.Rows.Count, 4); r++)
        {
            var row = table.Rows[r];
            if (row.Cells.Skip(1).Any(c => Amounts.TryParseEuros(CleanText.Cell(c.Text), out _) && BudgetColumns.Classify(0, c.Text) is null))
            {
                // Amounts mean the data has begun; a header further down would be a second table. A bare year is a heading.
                return -1;
            }
            var found = row.Cells.Select((c, i) => i == 0 ? null : BudgetColumns.Classify(i, c.Text)).OfType<BudgetColumn>().ToList();
            if (found.Count > 0)
            {
                columns = found;
                return r;
            }
        }
        return -1;
    }

    /// <summary>Without a heading row, a table with one amount column is read as the plan's amounts.</summary>
    private List<BudgetColumn> GuessColumns()
    {
        var amountColumns = table.Rows
            .SelectMany(r => r.Cells.Select((c, i) => (c, i)).Where(x => x.i > 0 && Amounts.TryParseEuros(CleanText.Cell(x.c.Text), out _)).Select(x => x.i))
            .Distinct().ToList();
        return amountColumns.Count == 1 ? [new BudgetColumn(amountColumns[0], ColumnRole.Planned, null, null, "")] : [];
    }

    private void ClaimHeader(int r, List<BudgetColumn> columns)
    {
        var row = table.Rows[r];
        var all = true;
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var text = CleanText.Cell(row.Cells[c].Text);
            // The label column's heading ("Kustannuslaji") names what the labels are. A column heading is placed
            // in the kind, year and period of its figures unless it carries a note (in brackets), which stays as text.
            var placed = map is not null ? text.Length == 0 || LabelCells().Contains(c) || columns.Any(k => k.Index == c)
                : c == 0 ? text.Length <= 40 : text.Length == 0 || (columns.Any(k => k.Index == c) && !text.Contains('('));
            if (placed)
            {
                context.ClaimCell(table, r, c);
            }
            all &= placed;
        }
        if (all)
        {
            context.ClaimRow(table, r);
        }
    }

    /// <summary>A title row above the heading ("osa-alue 1") is placed when it names the part the table is for.</summary>
    private void ClaimTitleRow(int r)
    {
        var row = table.Rows[r];
        var text = string.Join(" ", row.Cells.Select(c => CleanText.Cell(c.Text)).Where(t => t.Length > 0));
        if (text.Length == 0 || (place.PartCode is not null && BudgetParts.PartNumber(text) == place.PartCode)
            || (place.Organisation is not null && context.Plan.Organisations.Any(o => o.Name == place.Organisation
                && (CleanText.Key(o.Name) == CleanText.Key(text) || (o.ShortName is not null && CleanText.Key(o.ShortName) == CleanText.Key(text))))))
        {
            context.ClaimRow(table, r);
        }
    }

    private void ReadCategoryRow(int r, string label, CostCategory category, List<BudgetColumn> columns)
    {
        var row = table.Rows[r];
        var placed = LabelCells();
        decimal? personYears = null;
        if (columns.FirstOrDefault(c => c.Role == ColumnRole.PersonYears) is { } py && Amount(row, py.Index, out var pyValue, out _))
        {
            personYears = pyValue;
        }
        var firstPlanned = true;
        foreach (var col in columns)
        {
            if (!Amount(row, col.Index, out var amount, out var text))
            {
                MarkBlank(row, col.Index, placed);
                continue;
            }
            var src = CellSource(row, col.Index);
            switch (col.Role)
            {
                case ColumnRole.PersonYears:
                    // Placed only when a planned line of the row carries it (below); otherwise the cell stays text.
                    if (!columns.Any(c => c.Role == ColumnRole.Planned && Amount(row, c.Index, out _, out _)))
                    {
                        continue;
                    }
                    break;
                case ColumnRole.Total:
                    Budget.StatedFigures.Add(new StatedFigure
                    {
                        Kind = StatedFigureKind.CategoryTotal,
                        Scope = place.Scope(period: TotalPeriod(col), category: category),
                        Value = amount,
                        Text = text,
                        Source = src,
                    });
                    break;
                default:
                    Budget.Lines.Add(Line(label, category, col, amount, src, col.Role == ColumnRole.Planned && firstPlanned ? personYears : null));
                    if (col.Role == ColumnRole.Planned)
                    {
                        firstPlanned = false;
                    }
                    break;
            }
            placed.Add(col.Index);
        }
        Claim(r, placed);
    }

    private void ReadGroup(int r, int end, string label, BudgetRowLabel group, List<BudgetColumn> columns)
    {
        var parent = table.Rows[r];
        var parentPlaced = LabelCells();
        foreach (var col in columns.Where(c => c.Role != ColumnRole.PersonYears))
        {
            if (!Amount(parent, col.Index, out var amount, out var text))
            {
                MarkBlank(parent, col.Index, parentPlaced);
                continue;
            }
            var src = CellSource(parent, col.Index);
            var childrenHaveAmounts = Enumerable.Range(r + 1, end - r - 1).Any(k => Amount(table.Rows[k], col.Index, out _, out _));
            if (col.Role != ColumnRole.Total && !childrenHaveAmounts)
            {
                Budget.Lines.Add(Line(label, group.Category, col, amount, src, null));
            }
            else
            {
                Budget.StatedFigures.Add(new StatedFigure
                {
                    Kind = StatedFigureKind.Subtotal,
                    // The model has no scope for a group of categories, so the group's label names the figure.
                    Scope = place.Scope(col.Role == ColumnRole.Total ? null : col.Kind, col.Role == ColumnRole.Total ? null : col.Year,
                        col.Role == ColumnRole.Total ? TotalPeriod(col) : col.Period) with { Table = Join(place.Table, label) },
                    Value = amount,
                    Text = text,
                    Source = src,
                });
                if (col.Role != ColumnRole.Total)
                {
                    CheckBreakdown(r, end, col, amount, label);
                }
            }
            parentPlaced.Add(col.Index);
        }
        Claim(r, parentPlaced);
        for (var k = r + 1; k < end; k++)
        {
            var childLabel = Text(table.Rows[k], LabelColumn);
            ReadCategoryRow(k, childLabel, CostCategories.Classify(childLabel).Category, columns);
        }
    }

    private void CheckBreakdown(int r, int end, BudgetColumn col, decimal stated, string label)
    {
        var sum = 0m;
        for (var k = r + 1; k < end; k++)
        {
            if (Amount(table.Rows[k], col.Index, out var a, out _))
            {
                sum += a;
            }
        }
        if (Math.Abs(sum - stated) > 1m)
        {
            context.Warn(ImportNoteCodes.BudgetSumDiffers, $"{context.File}: \"{label}\" states {stated} in column \"{col.Header}\" but the rows under it sum to {sum}.", CellSource(table.Rows[r], col.Index));
        }
    }

    private void ReadFigureRow(int r, string label, StatedFigureKind kind, List<BudgetColumn> columns)
    {
        var row = table.Rows[r];
        var placed = LabelCells();
        foreach (var col in columns)
        {
            if (!Amount(row, col.Index, out var amount, out var text))
            {
                MarkBlank(row, col.Index, placed);
                continue;
            }
            var figureKind = col.Role == ColumnRole.PersonYears ? StatedFigureKind.PersonYears : kind;
            Budget.StatedFigures.Add(new StatedFigure
            {
                Kind = figureKind,
                Scope = ColumnScope(col),
                Value = amount,
                Text = text,
                Source = CellSource(row, col.Index),
            });
            placed.Add(col.Index);
        }
        Claim(r, placed);
        if (kind == StatedFigureKind.Total)
        {
            CompareTotals(label, columns, row);
        }
    }

    /// <summary>Tells when a stated total and the lines read from the same table disagree, since that is what a reviewer must look at.</summary>
    private void CompareTotals(string label, List<BudgetColumn> columns, TableRow row)
    {
        foreach (var col in columns.Where(c => c.Role is ColumnRole.Planned or ColumnRole.Actual or ColumnRole.Forecast))
        {
            if (!Amount(row, col.Index, out var stated, out _))
            {
                continue;
            }
            var derived = added.Where(l => l.Kind == col.Kind && l.Year == col.Year && l.Period == col.Period).Sum(l => l.Amount);
            if (Math.Abs(derived - stated) > 1m)
            {
                context.Warn(ImportNoteCodes.BudgetSumDiffers, $"{context.File}: \"{label}\" states {stated} in column \"{col.Header}\" but the cost rows sum to {derived}.", CellSource(row, col.Index));
            }
        }
    }

    private void ReadFundingRow(int r, string label, BudgetRowLabel funding, List<BudgetColumn> columns)
    {
        var row = table.Rows[r];
        var own = funding.Kind == BudgetRowKind.OwnFunding;
        if (funding.Share is { } share)
        {
            BudgetFunding.AddShare(context, own, share, funding.ShareText, place, row.Cells[Math.Min(LabelColumn, row.Cells.Count - 1)].Source);
        }
        else if (!FundingLabel(label))
        {
            return;
        }
        var placed = LabelCells();
        foreach (var col in columns.Where(c => c.Role != ColumnRole.PersonYears))
        {
            if (!Amount(row, col.Index, out var amount, out var text))
            {
                MarkBlank(row, col.Index, placed);
                continue;
            }
            Budget.StatedFigures.Add(new StatedFigure
            {
                Kind = own ? StatedFigureKind.OwnFunding : StatedFigureKind.Grant,
                Scope = ColumnScope(col),
                Value = amount,
                Text = text,
                Source = CellSource(row, col.Index),
            });
            placed.Add(col.Index);
        }
        Claim(r, placed);
    }

    /// <summary>A funding row's label is placed in the figure's kind only when it says no more than that ("Haettava valtionavustus 80 %").</summary>
    private static bool FundingLabel(string label) => label.Length <= 60;

    private FigureScope ColumnScope(BudgetColumn col) => col.Role == ColumnRole.Total
        ? place.Scope(period: TotalPeriod(col))
        : place.Scope(col.Kind, col.Year, col.Period);

    private static string TotalPeriod(BudgetColumn col) => col.Period is null ? "yhteensä" : $"{col.Period} yhteensä";

    private BudgetLine Line(string label, CostCategory category, BudgetColumn col, decimal amount, SourceRef src, decimal? personYears)
    {
        var line = new BudgetLine
        {
        PartCode = place.PartCode,
        Organisation = place.Organisation,
        Category = category,
        Label = label,
        Year = col.Year,
        Period = col.Period,
        Kind = col.Kind,
        Amount = amount,
        PersonYears = personYears,
        Source = src,
        };
        added.Add(line);
        return line;
    }

    private static bool Amount(TableRow row, int index, out decimal amount, out string text)
    {
        amount = 0;
        text = index < row.Cells.Count ? CleanText.Cell(row.Cells[index].Text) : "";
        return text.Length > 0 && Amounts.TryParseEuros(text, out amount);
    }

    private static void MarkBlank(TableRow row, int index, HashSet<int> placed)
    {
        if (index >= row.Cells.Count || CleanText.IsBlank(row.Cells[index].Text))
        {
            placed.Add(index);
        }
    }

    private SourceRef CellSource(TableRow row, int index) =>
        (index < row.Cells.Count ? row.Cells[index].Source : row.Source) with { Table = table.Source.Table ?? row.Source.Table };

    private void Claim(int r, HashSet<int> placed)
    {
        var row = table.Rows[r];
        var all = true;
        for (var c = 0; c < row.Cells.Count; c++)
        {
            if (placed.Contains(c) || CleanText.IsBlank(row.Cells[c].Text))
            {
                context.ClaimCell(table, r, c);
            }
            else
            {
                all = false;
            }
        }
        if (all)
        {
            context.ClaimRow(table, r);
        }
    }

    private static string? Join(string? table, string label) => table is null ? label : $"{table}: {label}";
}

/// <summary>
/// A budget table's columns as the user gave them in the import preview: the header row, the label column,
/// optional category and part columns, and the amount columns with their roles.
/// </summary>
public sealed record BudgetTableMap(int HeaderRow, int LabelColumn, int? CategoryColumn, int? PartColumn, IReadOnlyList<BudgetColumn> Columns);
