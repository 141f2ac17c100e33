using Hankevahti.Demo;
using Hankevahti.Figures;
using Hankevahti.Plans;
using Hankevahti.Web.Plans.BudgetPart;

namespace Hankevahti.Web.Tests.Web;

/// <summary>The budget grid: which lines a cell covers, its sums and shares, and how a saved grid changes the lines.</summary>
public sealed class BudgetGridTests
{
    private static readonly Plan Demo = DemoPlan.Load();

    // A small budget whose lines cover each case of the saving rule.
    private static readonly List<BudgetLine> Lines =
    [
        new() { PartCode = "1.1", Organisation = "A", Category = CostCategory.PersonnelHired, Label = "Palkat A", Year = 2026, Amount = 100m, PersonYears = 2m },
        new() { PartCode = "1.1", Organisation = "B", Category = CostCategory.PersonnelHired, Label = "Palkat B", Year = 2026, Amount = 300m },
        new() { PartCode = "1.1", Category = CostCategory.ServicesTravel, Label = "Matkat", Year = 2026, Amount = 50m },
        new() { PartCode = "1.1", Category = CostCategory.PersonnelHired, Year = 2026, Kind = FigureKind.Actual, Amount = 90m },
        new() { PartCode = "H", Category = CostCategory.Rents, Year = null, Period = "2026 H1", Amount = 10m },
        new() { PartCode = "H", Category = CostCategory.Other, Year = 2027, Amount = 0m },
        new() { PartCode = "H", Category = CostCategory.Other, Year = 2027, Amount = 0m },
    ];

    [Fact]
    public void The_demo_grid_has_a_row_per_part_and_category_and_a_column_per_year()
    {
        var grid = BudgetGrid.FromPlan(Demo);

        Assert.Equal([2026, 2027], grid.Years);
        // Rows follow the work tree (1.1, 1.2, 2.1, H), categories in their order within a part.
        Assert.Equal(["1.1", "1.2", "2.1", "H"], grid.Parts);
        Assert.Equal((("1.1", CostCategory.PersonnelHired)), (grid.Rows[0].PartCode, grid.Rows[0].Category));
        Assert.Equal((("1.1", CostCategory.ServicesTraining)), (grid.Rows[1].PartCode, grid.Rows[1].Category));
        // Two organisations' salaries in part H in 2026 are one cell holding their sum (85 000 + 80 000).
        var h = grid.Rows.Select((r, i) => (r, i)).Single(x => x.r.PartCode == "H" && x.r.Category == CostCategory.PersonnelHired).i;
        Assert.Equal(165_000m, grid.Amount(h, 0));
        Assert.Equal(2, BudgetGrid.LinesOf(Demo.Budget.Lines, "H", CostCategory.PersonnelHired, 2026).Count);
        // The sums equal the plan's figures.
        Assert.Equal(PlanFigures.Total(Demo.Budget), grid.Total);
        Assert.Equal(PlanFigures.Total(Demo.Budget, year: 2026), grid.YearTotal(0));
        Assert.Equal(PlanFigures.Total(Demo.Budget, partCode: "1.2"), grid.PartTotal("1.2"));
        Assert.Equal(PlanFigures.Total(Demo.Budget, category: CostCategory.PersonnelHired), grid.CategoryTotal(CostCategory.PersonnelHired));
    }

    public static TheoryData<string, string?, CostCategory, int?, int[]> Cells => new()
    {
        // Two planned lines of two organisations: both, the actual line of the same place is not planned.
        { "several organisations", "1.1", CostCategory.PersonnelHired, 2026, [0, 1] },
        // One line.
        { "one line", "1.1", CostCategory.ServicesTravel, 2026, [2] },
        // The part code matches whatever its case.
        { "part code case", "h", CostCategory.Rents, null, [4] },
        // A line with only a period label is in the column without a year, not in a year's.
        { "no year column", "H", CostCategory.Rents, null, [4] },
        { "period line not in a year", "H", CostCategory.Rents, 2026, [] },
        // Nothing planned there yet.
        { "empty cell", "1.1", CostCategory.Materials, 2026, [] },
        // The whole project (no part) is a part of its own, not "any part".
        { "whole project", null, CostCategory.PersonnelHired, 2026, [] },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void A_cell_covers_the_planned_lines_of_its_part_category_and_year(string why, string? part, CostCategory category, int? year, int[] expected)
    {
        Assert.True(expected.SequenceEqual(BudgetGrid.LinesOf(Lines, part, category, year)), why);
    }

    private static BudgetGrid Grid(params (string? Part, CostCategory Category, string?[] Cells)[] rows) =>
        new([2026, 2027, null], rows.Select(r => new GridRow(r.Part, r.Category, r.Cells)).ToList());

    [Fact]
    public void Sums_read_each_cell_the_Finnish_way_and_count_empty_and_unreadable_cells_as_zero()
    {
        var grid = Grid(
            ("1.1", CostCategory.PersonnelHired, ["1 000,50", "2000", null]),
            ("1.1", CostCategory.ServicesTravel, ["250 €", "", "x12"]),
            ("H", CostCategory.PersonnelHired, ["100", "100,25", "5"]));

        Assert.Equal([(1, 2)], grid.Invalid);
        Assert.Null(grid.Amount(1, 2));
        Assert.Equal(3_000.50m, grid.RowTotal(0));
        Assert.Equal(250m, grid.RowTotal(1));
        Assert.Equal(3_250.50m, grid.PartTotal("1.1"));
        Assert.Equal(1_250.50m, grid.PartTotal("1.1", 0));
        Assert.Equal(205.25m, grid.PartTotal("h"));
        Assert.Equal(3_205.75m, grid.CategoryTotal(CostCategory.PersonnelHired));
        Assert.Equal(2_100.25m, grid.CategoryTotal(CostCategory.PersonnelHired, 1));
        Assert.Equal(1_350.50m, grid.YearTotal(0));
        Assert.Equal(5m, grid.YearTotal(2));
        Assert.Equal(3_455.75m, grid.Total);
        Assert.Equal([CostCategory.PersonnelHired, CostCategory.ServicesTravel], grid.Categories);
    }

    public static TheoryData<string, decimal, string?, decimal?> Shares => new()
    {
        // The demo's 20 % of 1 336 000 €.
        { "own funding", 1_336_000m, "20", 267_200m },
        { "grant", 1_336_000m, "80 %", 1_068_800m },
        // Half a cent is rounded away from zero (0,005 → 0,01), as PlanFigures rounds; banker's rounding would give 0.
        { "midpoint", 1m, "0,5", 0.01m },
        // No share typed: no amount.
        { "no share", 1_000m, null, null },
    };

    [Theory]
    [MemberData(nameof(Shares))]
    public void A_funding_amount_is_its_share_of_the_total_rounded_to_cents(string why, decimal total, string? typed, decimal? expected)
    {
        decimal? share = typed is null ? null : IndexModel.TryShare(typed, out var s) ? s : throw new InvalidOperationException(why);
        Assert.Equal(expected, BudgetGrid.ShareOf(total, share));
    }

    [Theory]
    // A plain percentage, with the sign, with a decimal comma.
    [InlineData("20", true, 0.2)]
    [InlineData("20 %", true, 0.2)]
    [InlineData("12,5", true, 0.125)]
    // Not a number.
    [InlineData("paljon", false, 0)]
    public void A_share_is_typed_as_a_percentage(string typed, bool reads, double expected)
    {
        Assert.Equal(reads, IndexModel.TryShare(typed, out var share));
        Assert.Equal((decimal)expected, share);
    }

    /// <summary>Applies one row's cells (years 2026, 2027, none) to <see cref="Lines"/>.</summary>
    private static List<BudgetLine> Apply(string? part, CostCategory category, params string?[] cells) =>
        Grid((part, category, cells)).ApplyTo(Lines);

    [Fact]
    public void Unchanged_cells_leave_every_line_as_it_was()
    {
        var grid = BudgetGrid.FromPlan(new Plan { Budget = new Budget { Lines = Lines } });
        Assert.Equal(Lines, grid.ApplyTo(Lines));
    }

    [Fact]
    public void A_cell_of_one_line_replaces_its_amount_and_keeps_the_rest_of_the_line()
    {
        var lines = Apply("1.1", CostCategory.ServicesTravel, "75", null, null);

        Assert.Equal(Lines.Count, lines.Count);
        Assert.Equal(Lines[2] with { Amount = 75m }, lines[2]);
        Assert.Equal("Matkat", lines[2].Label);
    }

    [Fact]
    public void A_changed_cell_of_several_lines_shares_the_new_sum_in_proportion_and_drops_no_line()
    {
        // 100 + 300 → 800: each doubled; organisations, labels and person-years stay.
        var lines = Apply("1.1", CostCategory.PersonnelHired, "800", null, null);

        Assert.Equal(Lines.Count, lines.Count);
        Assert.Equal(Lines[0] with { Amount = 200m }, lines[0]);
        Assert.Equal(Lines[1] with { Amount = 600m }, lines[1]);
        // The actual line of the same part, category and year is not the grid's.
        Assert.Equal(Lines[3], lines[3]);
    }

    [Theory]
    // Three equal lines: a third each, the cent left over to the last.
    [InlineData(new[] { 1.0, 1.0, 1.0 }, 100.0, new[] { 33.33, 33.33, 33.34 })]
    // In proportion 1 : 3.
    [InlineData(new[] { 100.0, 300.0 }, 1.0, new[] { 0.25, 0.75 })]
    // Lines of zero have no proportion: all to the first, the others stay zero.
    [InlineData(new[] { 0.0, 0.0 }, 50.0, new[] { 50.0, 0.0 })]
    // A lower sum shrinks each in proportion.
    [InlineData(new[] { 85_000.0, 80_000.0 }, 150_000.0, new[] { 77_272.73, 72_727.27 })]
    public void A_new_sum_is_split_in_proportion_to_the_present_amounts(double[] current, double amount, double[] expected)
    {
        var split = BudgetGrid.Split((decimal)amount, current.Select(c => (decimal)c).ToList());
        Assert.Equal(expected.Select(e => (decimal)e), split);
        Assert.Equal((decimal)amount, split.Sum());
    }

    [Fact]
    public void Emptying_a_cell_removes_its_planned_lines_only()
    {
        var lines = Apply("1.1", CostCategory.PersonnelHired, null, null, null);

        Assert.Equal(Lines.Count - 2, lines.Count);
        Assert.DoesNotContain(Lines[0], lines);
        Assert.DoesNotContain(Lines[1], lines);
        Assert.Contains(Lines[3], lines);
    }

    [Fact]
    public void Typing_into_an_empty_cell_adds_a_planned_line_at_the_end()
    {
        var lines = Apply("1.1", CostCategory.Materials, null, "1 200", null);

        Assert.Equal(Lines.Count + 1, lines.Count);
        Assert.Equal(Lines, lines.Take(Lines.Count));
        Assert.Equal(new BudgetLine { PartCode = "1.1", Category = CostCategory.Materials, Year = 2027, Kind = FigureKind.Planned, Amount = 1_200m }, lines[^1]);
    }

    [Fact]
    public void The_column_without_a_year_edits_the_lines_without_one()
    {
        var lines = Apply("H", CostCategory.Rents, null, null, "12");

        Assert.Equal(Lines[4] with { Amount = 12m }, lines[4]);
    }

    [Fact]
    public void A_grid_with_an_unreadable_cell_is_not_saved()
    {
        Assert.Throws<InvalidOperationException>(() => Apply("1.1", CostCategory.Materials, "12,3,4", null, null));
    }

    [Fact]
    public void The_picture_has_a_bar_per_part_stacked_by_category_and_scaled_to_the_largest()
    {
        var chart = new BudgetChart(Demo.Budget, BudgetGrid.PartOrder(Demo));

        Assert.Equal(["1.1", "1.2", "2.1", "H"], chart.Bars.Select(b => b.PartCode));
        Assert.Equal(PlanFigures.Total(Demo.Budget, partCode: "1.2"), chart.Bars[1].Total);
        // 1.2 is the largest part (410 000 €): its bar fills the bar area.
        var widest = chart.Bars.MaxBy(b => b.Segments.Sum(s => s.Width))!;
        Assert.Equal("1.2", widest.PartCode);
        Assert.Equal(BudgetChart.BarArea, widest.Segments.Sum(s => s.Width), 6);
        // Segments follow each other without gaps, in the categories' order.
        foreach (var bar in chart.Bars)
        {
            for (var i = 1; i < bar.Segments.Count; i++)
            {
                Assert.Equal(bar.Segments[i - 1].X + bar.Segments[i - 1].Width, bar.Segments[i].X, 6);
                Assert.True(bar.Segments[i - 1].Category < bar.Segments[i].Category);
            }
        }
        Assert.Equal(Demo.Budget.Lines.Where(l => l.Kind == FigureKind.Planned).Select(l => l.Category).Distinct().Order(), chart.Categories);
    }
}
