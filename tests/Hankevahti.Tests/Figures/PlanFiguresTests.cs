using System.Globalization;
using Hankevahti.Demo;
using Hankevahti.Figures;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Figures;

public class PlanFiguresTests
{
    private static readonly Budget Budget = new()
    {
        Lines =
        [
            new() { PartCode = "TP1", Year = 2026, Category = CostCategory.PersonnelHired, Amount = 1000m },
            new() { PartCode = "TP1", Year = 2027, Category = CostCategory.ServicesExpert, Amount = 500m },
            new() { PartCode = "TP2", Year = 2026, Category = CostCategory.PersonnelHired, Amount = 300m, Organisation = "Kumppani Oy" },
            new() { PartCode = "TP1", Year = 2026, Category = CostCategory.PersonnelHired, Amount = 900m, Kind = FigureKind.Actual },
            new() { PartCode = "TP2", Year = 2027, Category = CostCategory.Materials, Amount = 50m, Kind = FigureKind.Forecast },
        ],
    };

    [Theory]
    // Each kind is summed on its own: planned, actual and forecast must never mix.
    [InlineData(FigureKind.Planned, null, null, null, null, 1800)]
    [InlineData(FigureKind.Actual, null, null, null, null, 900)]
    [InlineData(FigureKind.Forecast, null, null, null, null, 50)]
    // Part codes are matched without regard to case, because plans write "TP1" and "tp1" for the same part.
    [InlineData(FigureKind.Planned, "tp1", null, null, null, 1500)]
    [InlineData(FigureKind.Planned, null, 2026, null, null, 1300)]
    [InlineData(FigureKind.Planned, null, null, CostCategory.PersonnelHired, null, 1300)]
    // Filters combine with AND.
    [InlineData(FigureKind.Planned, "TP1", 2026, CostCategory.PersonnelHired, null, 1000)]
    [InlineData(FigureKind.Planned, null, null, null, "kumppani oy", 300)]
    // An unknown part sums to zero rather than failing: checks report it, figures do not.
    [InlineData(FigureKind.Planned, "TP9", null, null, null, 0)]
    public void Total_sums_the_matching_lines(FigureKind kind, string? part, int? year, CostCategory? category, string? organisation, int expected)
    {
        Assert.Equal(expected, PlanFigures.Total(Budget, kind, part, year, category, organisation));
    }

    [Fact]
    public void ByCategory_groups_one_kind_in_category_order()
    {
        Assert.Equal(
            [(CostCategory.PersonnelHired, 1300m), (CostCategory.ServicesExpert, 500m)],
            PlanFigures.ByCategory(Budget));
        Assert.Equal([(CostCategory.Materials, 50m)], PlanFigures.ByCategory(Budget, FigureKind.Forecast));
    }

    [Fact]
    public void ByPart_groups_one_kind_in_order_of_first_appearance()
    {
        var budget = Budget with { Lines = [.. Budget.Lines.Where(l => l.PartCode == "TP2"), .. Budget.Lines.Where(l => l.PartCode != "TP2")] };

        Assert.Equal([("TP2", 300m), ("TP1", 1500m)], PlanFigures.ByPart(budget));
    }

    [Theory]
    [InlineData("1336000", "0.20", "267200")]
    [InlineData("1336000", "0.80", "1068800")]
    // Rounded to cents away from zero (50.025 → 50.03), not to even as Math.Round does by default.
    [InlineData("100.05", "0.5", "50.03")]
    [InlineData("0", "0.20", "0")]
    public void Funding_is_the_share_of_the_total_rounded_to_cents(string total, string share, string expected)
    {
        var budget = new Budget
        {
            Lines = [new() { Amount = Dec(total) }],
            Funding = new() { OwnFundingShare = Dec(share), GrantShare = Dec(share) },
        };

        Assert.Equal(Dec(expected), PlanFigures.OwnFunding(budget));
        Assert.Equal(Dec(expected), PlanFigures.Grant(budget));
    }

    [Fact]
    public void Funding_is_null_when_the_plan_gives_no_share()
    {
        Assert.Null(PlanFigures.OwnFunding(Budget));
        Assert.Null(PlanFigures.Grant(Budget));
    }

    [Fact]
    public void Funding_follows_the_figure_kind()
    {
        var budget = Budget with { Funding = new() { OwnFundingShare = 0.20m, GrantShare = 0.80m } };

        Assert.Equal(180m, PlanFigures.OwnFunding(budget, FigureKind.Actual));
        Assert.Equal(720m, PlanFigures.Grant(budget, FigureKind.Actual));
    }

    [Fact]
    public void Demo_plan_funding_is_20_and_80_percent_of_1_336_000()
    {
        var budget = DemoPlan.Load().Budget;

        Assert.Equal(267_200m, PlanFigures.OwnFunding(budget));
        Assert.Equal(1_068_800m, PlanFigures.Grant(budget));
    }

    [Fact]
    public void GrantTransfers_sums_the_organisations_that_have_one()
    {
        var plan = new Plan
        {
            Organisations = [new() { Name = "A" }, new() { Name = "B", GrantTransfer = 136_800m }, new() { Name = "C", GrantTransfer = 0.5m }],
        };

        Assert.Equal(136_800.5m, PlanFigures.GrantTransfers(plan));
    }

    [Theory]
    // A range in one factor gives a range of scores: 4 × (2–3) = 8–12.
    [InlineData(4, 4, 2, 3, 8, 12)]
    // Max left out means a single value.
    [InlineData(4, null, 2, 3, 8, 12)]
    [InlineData(2, 3, 2, 3, 4, 9)]
    [InlineData(5, null, 5, null, 25, 25)]
    [InlineData(1, 1, 1, 1, 1, 1)]
    public void Score_is_likelihood_times_impact_as_a_range(int lMin, int? lMax, int iMin, int? iMax, int expectedMin, int expectedMax)
    {
        var risk = new Risk { Likelihood = new() { Min = lMin, Max = lMax }, Impact = new() { Min = iMin, Max = iMax } };

        var score = PlanFigures.Score(risk);

        Assert.NotNull(score);
        Assert.Equal(expectedMin, score.Min);
        Assert.Equal(expectedMax, score.Max);
    }

    [Theory]
    // A missing rating, or one given only in words, gives no score rather than a wrong one.
    [InlineData(null, 3)]
    [InlineData(4, null)]
    [InlineData(null, null)]
    public void Score_is_null_when_a_rating_has_no_number(int? likelihood, int? impact)
    {
        var risk = new Risk
        {
            Likelihood = new() { Min = likelihood, Text = "Todennäköinen" },
            Impact = impact is null ? null : new() { Min = impact },
        };

        Assert.Null(PlanFigures.Score(risk));
    }

    [Fact]
    public void Actions_are_listed_depth_first_with_their_path()
    {
        var actions = PlanFigures.Actions(DemoPlan.Load())
            .Select(a => $"{string.Join("/", a.Path.Select(p => p.Code))}:{a.Action.Code}");

        Assert.Equal(
        [
            "P4/P4.1/1.1:1.1.A", "P4/P4.1/1.1:1.1.B", "P4/P4.1/1.2:1.2.A", "P4/P4.1/1.2:1.2.B",
            "P4/P4.2/2.1:2.1.A", "P4/P4.2/2.1:2.1.B", "H:H.1", "H/H.2:H.2.A",
        ], actions);
    }

    [Fact]
    public void Parts_are_listed_depth_first()
    {
        Assert.Equal(
            ["P4", "P4.1", "1.1", "1.2", "P4.2", "2.1", "H", "H.2"],
            PlanFigures.Parts(DemoPlan.Load()).Select(p => p.Code));
    }

    private static decimal Dec(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
