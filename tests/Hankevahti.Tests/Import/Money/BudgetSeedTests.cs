using Hankevahti.Tests.Support;
using Hankevahti.Figures;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Import.Money;

/// <summary>The budget figures of the real seed plans, as the acceptance criteria of issue 3 name them.</summary>
public class BudgetSeedTests
{
    private static Plan Rakenneuudistus => SeedImports.Plan(Seeds.Rakenneuudistus);
    private static Plan Rrf => SeedImports.Plan(Seeds.Rrf);

    [Theory]
    // Each annex (Liite 1–3) is one part; the plan column sums to the stated plan total in all three.
    [InlineData("1", FigureKind.Planned, 936_000)]
    [InlineData("2", FigureKind.Planned, 1_760_000)]
    [InlineData("3", FigureKind.Planned, 1_900_000)]
    // Actual 2020: part 1 matches its stated 209 073 exactly because the "joista" breakdown rows, not the
    // rounded group row, are the lines; parts 2 and 3 differ from their stated totals by the source's rounding.
    [InlineData("1", FigureKind.Actual, 209_073)]
    [InlineData("2", FigureKind.Actual, 40_974)]
    [InlineData("3", FigureKind.Actual, 13_799.65)]
    // Forecast 2021: part 2 matches its stated total; parts 1 and 3 state totals 30 000 and 10 000 away from their rows.
    [InlineData("1", FigureKind.Forecast, 1_096_927)]
    [InlineData("2", FigureKind.Forecast, 2_119_027)]
    [InlineData("3", FigureKind.Forecast, 1_096_200)]
    public void Annex_lines_sum_per_part_and_kind(string part, FigureKind kind, decimal expected)
    {
        Assert.Equal(expected, PlanFigures.Total(Rakenneuudistus.Budget, kind, part));
    }

    [Theory]
    // The Liite 1 acceptance figures: plan, actual 2020, forecast 2021 and the total column, as the annex states them.
    [InlineData("Liite 1", FigureKind.Planned, null, "2020-2021", 936_000)]
    [InlineData("Liite 1", FigureKind.Actual, 2020, null, 209_073)]
    [InlineData("Liite 1", FigureKind.Forecast, 2021, null, 1_126_927)]
    [InlineData("Liite 1", null, null, "2020-2021 yhteensä", 1_336_000)]
    [InlineData("Liite 2", FigureKind.Planned, null, "2020-2021", 1_760_000)]
    [InlineData("Liite 2", null, null, "2020-2021 yhteensä", 2_160_000)]
    [InlineData("Liite 3", FigureKind.Forecast, 2021, null, 1_086_200)]
    [InlineData("Liite 3", null, null, "2020-2021 yhteensä", 1_100_000)]
    public void Annex_totals_are_stated_figures(string table, FigureKind? kind, int? year, string? period, decimal expected)
    {
        var figure = Assert.Single(Rakenneuudistus.Budget.StatedFigures, f => f.Kind == StatedFigureKind.Total
            && f.Scope.Table == table && f.Scope.Kind == kind && f.Scope.Year == year && f.Scope.Period == period);
        Assert.Equal(expected, figure.Value);
        Assert.NotNull(figure.Source);
    }

    [Fact]
    public void Where_the_annex_is_consistent_the_lines_equal_the_stated_total()
    {
        var budget = Rakenneuudistus.Budget;
        foreach (var f in budget.StatedFigures.Where(f => f.Kind == StatedFigureKind.Total && f.Scope.Table == "Liite 1" && f.Scope.Kind is FigureKind.Planned or FigureKind.Actual))
        {
            Assert.Equal(f.Value, PlanFigures.Total(budget, f.Scope));
        }
    }

    [Fact]
    public void A_stated_total_the_rows_do_not_reach_is_reported()
    {
        Assert.Contains(Rakenneuudistus.Import!.Notes, n => n.Severity == NoteSeverity.Warning && n.Message.Contains("1126927", StringComparison.Ordinal));
    }

    [Theory]
    // Breakdown rows are the lines, so the group row ("…, joista") is not counted a second time.
    [InlineData("1", FigureKind.Planned, CostCategory.PersonnelHired, 252_720)]
    [InlineData("1", FigureKind.Planned, CostCategory.PersonnelTransferred, 112_320)]
    [InlineData("1", FigureKind.Actual, CostCategory.ServicesExpert, 123_055)]
    [InlineData("1", FigureKind.Forecast, CostCategory.ServicesTraining, 40_000)]
    [InlineData("2", FigureKind.Planned, CostCategory.Rents, 70_400)]
    [InlineData("3", FigureKind.Actual, CostCategory.Materials, 782.76)]
    [InlineData("3", FigureKind.Forecast, CostCategory.InvestmentIntangible, 5_000)]
    // A group row whose breakdown rows are empty in that column stands as the line itself (investments in the plan column).
    [InlineData("1", FigureKind.Planned, CostCategory.InvestmentOther, 9_360)]
    [InlineData("2", FigureKind.Forecast, CostCategory.InvestmentOther, 15_000)]
    public void Cost_categories_per_part_and_kind(string part, FigureKind kind, CostCategory category, decimal expected)
    {
        Assert.Equal(expected, PlanFigures.Total(Rakenneuudistus.Budget, kind, part, category: category));
    }

    [Theory]
    // The total column is derived (actual + forecast), so it is only ever a stated figure, per category too.
    [InlineData("Liite 1", CostCategory.PersonnelHired, 537_412)]
    [InlineData("Liite 2", CostCategory.ServicesExpert, 1_409_144)]
    [InlineData("Liite 3", CostCategory.InvestmentMachinery, 19_000)]
    public void Total_column_per_category_is_a_stated_figure(string table, CostCategory category, decimal expected)
    {
        var f = Assert.Single(Rakenneuudistus.Budget.StatedFigures, f => f.Kind == StatedFigureKind.CategoryTotal && f.Scope.Table == table && f.Scope.Category == category);
        Assert.Equal(expected, f.Value);
        Assert.Null(f.Scope.Kind);
    }

    [Fact]
    public void Group_rows_are_subtotals()
    {
        var subtotal = Assert.Single(Rakenneuudistus.Budget.StatedFigures,
            f => f.Kind == StatedFigureKind.Subtotal && f.Scope.PartCode == "1" && f.Scope.Kind == FigureKind.Planned && f.Value == 365_040m);
        Assert.StartsWith("Liite 1: Henkilöstökulut", subtotal.Scope.Table, StringComparison.Ordinal);
    }

    [Fact]
    public void Own_funding_and_state_grant_shares_are_read_from_the_row_labels()
    {
        var budget = Rakenneuudistus.Budget;
        Assert.Equal(0.2m, budget.Funding.OwnFundingShare);
        Assert.Equal(0.8m, budget.Funding.GrantShare);
        Assert.NotNull(budget.Funding.Source);
        Assert.Contains(budget.StatedFigures, f => f.Kind == StatedFigureKind.OwnFundingShare && f.Scope.Table == "Liite 2" && f.Value == 0.2m);
        Assert.Contains(budget.StatedFigures, f => f.Kind == StatedFigureKind.GrantShare && f.Scope.Table == "Liite 3" && f.Value == 0.8m);
        Assert.Contains(budget.StatedFigures, f => f.Kind == StatedFigureKind.OwnFunding && f.Scope.Table == "Liite 1" && f.Scope.Kind == FigureKind.Planned && f.Value == 187_200m);
        Assert.Contains(budget.StatedFigures, f => f.Kind == StatedFigureKind.Grant && f.Scope.Table == "Liite 1" && f.Scope.Kind == FigureKind.Actual && f.Value == 167_258m);
    }

    [Fact]
    public void Budget_prose_gives_stated_part_totals()
    {
        // The cost sections of each part state the updated total of the part in a sentence.
        var prose = Rakenneuudistus.Budget.StatedFigures.Where(f => f.Kind == StatedFigureKind.PartTotal).ToList();
        Assert.Contains(prose, f => f.Scope.PartCode == "1" && f.Value == 1_336_000m);
        Assert.Contains(prose, f => f.Scope.PartCode == "2" && f.Value == 2_160_000m);
        Assert.Contains(prose, f => f.Scope.PartCode == "3" && f.Value == 1_100_000m);
        // Personnel costs stated "of the total" (kokonaiskustannuksista) are a share of the total, not a total.
        Assert.DoesNotContain(prose, f => f.Value == 686_400m);
    }

    [Theory]
    // Work package sections state their cost estimate in a sentence; PDF text keeps the figure on the line with its subject.
    [InlineData("1.1", 900_000)]
    [InlineData("1.4A", 316_194)]
    [InlineData("1.4B", 200_000)]
    public void Work_package_cost_estimates_are_part_totals(string part, decimal expected)
    {
        var f = Assert.Single(Rrf.Budget.StatedFigures, f => f.Kind == StatedFigureKind.PartTotal && f.Scope.PartCode == part);
        Assert.Equal(expected, f.Value);
        Assert.NotNull(f.Source?.Line);
    }

    [Fact]
    public void Every_line_and_figure_has_a_source()
    {
        var budget = Rakenneuudistus.Budget;
        Assert.All(budget.Lines, l => Assert.NotNull(l.Source?.Line));
        Assert.All(budget.StatedFigures, f => Assert.NotNull(f.Source?.Line));
    }

    [Fact]
    public void Placed_rows_leave_the_annex_text_and_notes_stay()
    {
        var annex = Flatten(Rakenneuudistus.Sections).Single(s => s.Title.StartsWith("Liite 1", StringComparison.Ordinal));
        Assert.DoesNotContain("Kokonaiskulut", annex.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Vuokrat", annex.Text, StringComparison.Ordinal);
        // The total column's heading carries a note about a transfer between parts; it is not placed, so it stays.
        Assert.Contains("osa-alueesta 3", annex.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rrf_cost_table_rows_are_rebuilt_from_pdf_fragments()
    {
        var lines = Rrf.Budget.Lines;
        Assert.Equal(10, lines.Count);
        Assert.Equal(8_601_620m, PlanFigures.Total(Rrf.Budget));
        Assert.All(lines, l => Assert.Equal(FigureKind.Planned, l.Kind));
        Assert.Equal(800_000m, PlanFigures.Total(Rrf.Budget, partCode: "Pilari 3"));
        Assert.Equal(2_100_000m, PlanFigures.Total(Rrf.Budget, partCode: "Pilari 4 / Investointi 4"));
        var professionals = Assert.Single(lines, l => l.Amount == 650_000m);
        Assert.Equal("Pilari 4 / Investointi 4", professionals.PartCode);
        Assert.StartsWith("2. Ammattilaisten", professionals.Label, StringComparison.Ordinal);
        Assert.All(lines, l => Assert.NotNull(l.Source?.Line));
    }

    [Fact]
    public void Rrf_cost_table_fragments_leave_the_section_text()
    {
        var costs = Flatten(Rrf.Sections).Single(s => s.Number == "7.2");
        Assert.DoesNotContain("3 785 426", costs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pilari", costs.Text, StringComparison.Ordinal);
    }

    private static IEnumerable<Section> Flatten(IEnumerable<Section> sections) =>
        sections.SelectMany(s => Flatten(s.Children).Prepend(s));
}
