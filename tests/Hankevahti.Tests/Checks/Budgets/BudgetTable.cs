using Hankevahti.Plans;

namespace Hankevahti.Tests.Checks.Budgets;

/// <summary>
/// A made-up budget table in the shape the importer reads real ones into: planned, actual and forecast
/// columns as lines, a derived total column as stated figures only, a personnel group row over two
/// categories, a plain category row, the total row and the funding rows. Every figure agrees, so a test
/// changes one and sees what the rules make of it.
/// </summary>
internal static class BudgetTable
{
    public const string Table = "Liite 1";
    public const string Group = "Henkilöstökustannukset, joista";

    public static readonly FigureScope Planned = new() { PartCode = "1", Kind = FigureKind.Planned, Period = "2020-2021", Table = Table };
    public static readonly FigureScope Actual = new() { PartCode = "1", Kind = FigureKind.Actual, Year = 2020, Table = Table };
    public static readonly FigureScope Forecast = new() { PartCode = "1", Kind = FigureKind.Forecast, Year = 2021, Table = Table };
    public static readonly FigureScope Total = new() { PartCode = "1", Period = "2020-2021 yhteensä", Table = Table };

    /// <summary>Rows: hired, transferred, rents; columns planned / actual / forecast / total.</summary>
    private static readonly (CostCategory Category, string Label, decimal[] Amounts)[] Rows =
    [
        (CostCategory.PersonnelHired, "Palkattu henkilöstö", [200_000, 60_000, 140_000, 200_000]),
        (CostCategory.PersonnelTransferred, "Siirretty työpanos", [100_000, 40_000, 60_000, 100_000]),
        (CostCategory.Rents, "Vuokrat", [100_000, 20_000, 70_000, 90_000]),
    ];

    public static Plan Plan(string programme = "rakenneuudistus")
    {
        var budget = new Plans.Budget { Funding = new Funding { OwnFundingShare = 0.2m, GrantShare = 0.8m } };
        var columns = new[] { Planned, Actual, Forecast };
        var row = 1;
        foreach (var (category, label, amounts) in Rows)
        {
            row++;
            for (var c = 0; c < 3; c++)
            {
                budget.Lines.Add(new BudgetLine
                {
                    PartCode = "1", Category = category, Label = label, Kind = columns[c].Kind!.Value,
                    Year = columns[c].Year, Period = columns[c].Period, Amount = amounts[c], Source = Cell(row, c + 2),
                });
            }
            budget.StatedFigures.Add(Figure(StatedFigureKind.CategoryTotal, Total with { Category = category }, amounts[3], row, 5));
        }
        decimal[] personnel = [300_000, 100_000, 200_000, 300_000];
        decimal[] total = [400_000, 120_000, 270_000, 390_000];
        var all = new[] { Planned, Actual, Forecast, Total };
        for (var c = 0; c < 4; c++)
        {
            budget.StatedFigures.Add(Figure(StatedFigureKind.Subtotal, all[c] with { Table = $"{Table}: {Group}" }, personnel[c], 1, c + 2));
            budget.StatedFigures.Add(Figure(StatedFigureKind.Total, all[c], total[c], 5, c + 2));
            budget.StatedFigures.Add(Figure(StatedFigureKind.OwnFunding, all[c], total[c] * 0.2m, 6, c + 2));
            budget.StatedFigures.Add(Figure(StatedFigureKind.Grant, all[c], total[c] * 0.8m, 7, c + 2));
        }
        return new Plan
        {
            Project = new Project { Name = "Testihanke", Programme = new Programme { Key = programme, Name = programme } },
            Budget = budget,
        };
    }

    /// <summary>The plan with one stated figure's value changed.</summary>
    public static Plan With(Plan plan, StatedFigureKind kind, FigureScope scope, decimal value)
    {
        var figures = plan.Budget.StatedFigures;
        var at = figures.FindIndex(f => f.Kind == kind && f.Scope == scope);
        if (at < 0)
        {
            throw new ArgumentException($"no {kind} figure in {scope}");
        }
        figures[at] = figures[at] with { Value = value, Text = null };
        return plan;
    }

    /// <summary>The plan with one line's amount changed.</summary>
    public static Plan WithLine(Plan plan, CostCategory category, FigureKind kind, decimal amount)
    {
        var lines = plan.Budget.Lines;
        var at = lines.FindIndex(l => l.Category == category && l.Kind == kind);
        lines[at] = lines[at] with { Amount = amount };
        return plan;
    }

    public static StatedFigure Figure(StatedFigureKind kind, FigureScope scope, decimal value, int row = 1, int cell = 2) => new()
    {
        Kind = kind, Scope = scope, Value = value, Source = Cell(row, cell),
    };

    private static SourceRef Cell(int row, int cell) => new() { Line = 100 + row, Table = 4, Row = row, Cell = cell };
}
