using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Work;

/// <summary>
/// Where a schedule table keeps its periods: the header rows (a year row may stand above "Q1…Q4"),
/// the period of each grid column (merged cells counted by their span) and the first period column.
/// </summary>
internal sealed record ScheduleLayout
{
    private const int MaxHeaderRows = 3;

    public int HeaderRows { get; init; }
    public int GridWidth { get; init; }
    public int FirstPeriodColumn { get; init; }
    public IReadOnlyDictionary<int, SchedulePeriod> Periods { get; init; } = new Dictionary<int, SchedulePeriod>();
    /// <summary>Header cells whose words went into period labels (row, cell).</summary>
    public IReadOnlyList<(int Row, int Cell)> PeriodCells { get; init; } = [];
    /// <summary>The columns are whole years ("2026", "2027"): only symbol marks tell such a table from a budget.</summary>
    public bool YearsOnly { get; init; }

    public static int Width(TableBlock table) => table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Cells.Sum(c => Math.Max(1, c.ColSpan)));

    public static ScheduleLayout? Find(TableBlock table)
    {
        var years = new Dictionary<int, int>();
        var yearCells = new List<(int, int)>();
        for (var r = 0; r < Math.Min(MaxHeaderRows, table.Rows.Count); r++)
        {
            var row = table.Rows[r];
            var periods = new Dictionary<int, SchedulePeriod>();
            var cells = new List<(int, int)>();
            var rowYears = new Dictionary<int, int>();
            var rowYearCells = new List<(int, int)>();
            var others = 0;
            var g = 0;
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                var span = Math.Max(1, cell.ColSpan);
                var text = CleanText.Inline(cell.Text);
                if (text.Length > 0)
                {
                    var year = YearAt(years, g);
                    if (SchedulePeriods.Parse(text, year) is { } p)
                    {
                        for (var k = g; k < g + span; k++)
                        {
                            periods[k] = p with { Source = cell.Source };
                        }
                        cells.Add((r, c));
                    }
                    else if (SchedulePeriods.Year(text) is { } y)
                    {
                        for (var k = g; k < g + span; k++)
                        {
                            rowYears[k] = y;
                        }
                        rowYearCells.Add((r, c));
                    }
                    else
                    {
                        others++;
                    }
                }
                g += span;
            }
            if (cells.Count >= 2)
            {
                return new ScheduleLayout
                {
                    HeaderRows = r + 1,
                    GridWidth = Width(table),
                    FirstPeriodColumn = periods.Keys.Min(),
                    Periods = periods,
                    PeriodCells = [.. yearCells, .. cells],
                };
            }
            // A row of years above the quarter or month row; the label column may hold one caption.
            if (rowYearCells.Count >= 1 && others <= 1)
            {
                years = rowYears;
                yearCells = rowYearCells;
                continue;
            }
            if (years.Count >= 2)
            {
                return YearColumns(table, r, years, yearCells);
            }
            if (row.Cells.Any(c => c.Text.Trim().Length > 0))
            {
                return null;
            }
        }
        return null;
    }

    private static ScheduleLayout YearColumns(TableBlock table, int headerRows, Dictionary<int, int> years, List<(int, int)> yearCells) => new()
    {
        HeaderRows = headerRows,
        GridWidth = Width(table),
        FirstPeriodColumn = years.Keys.Min(),
        Periods = years.ToDictionary(e => e.Key, e => new SchedulePeriod
        {
            Label = e.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Granularity = PeriodGranularity.Year,
            Start = new DateOnly(e.Value, 1, 1),
            End = new DateOnly(e.Value, 12, 31),
        }),
        PeriodCells = yearCells,
        YearsOnly = true,
    };

    /// <summary>The year over a column: a year cell covers the columns up to the next year (exports drop the merge).</summary>
    private static int? YearAt(Dictionary<int, int> years, int column)
    {
        int? found = null;
        foreach (var (k, y) in years.OrderBy(e => e.Key))
        {
            if (k > column)
            {
                break;
            }
            found = y;
        }
        return found;
    }
}
