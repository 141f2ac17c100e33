using Hankevahti.Demo;
using Hankevahti.Plans;
using Hankevahti.Web.Plans.Risks;

namespace Hankevahti.Web.Tests.Web;

/// <summary>The risk heat map: which cell a rating goes to, where markers are drawn, and what is left unplaced.</summary>
public sealed class RiskMatrixTests
{
    private static RiskRating? R(double? min, double? max) =>
        min is null && max is null ? null : new RiskRating { Min = (decimal?)min, Max = (decimal?)max };

    [Theory]
    // A single value is its own cell.
    [InlineData(4.0, 4.0, 4)]
    [InlineData(1.0, 1.0, 1)]
    [InlineData(5.0, 5.0, 5)]
    // A range goes to its upper end, the cautious reading: "2–3" is shown at 3.
    [InlineData(2.0, 3.0, 3)]
    [InlineData(1.0, 5.0, 5)]
    // Between whole numbers goes up as well.
    [InlineData(2.5, 2.5, 3)]
    // Only the lower end known (Max unset): that value.
    [InlineData(3.0, null, 3)]
    // Only an upper bound ("at most 4"): that value.
    [InlineData(null, 4.0, 4)]
    // Outside the scale: no cell rather than a wrong one.
    [InlineData(0.0, 0.0, null)]
    [InlineData(6.0, 6.0, null)]
    [InlineData(4.0, 7.0, null)]
    // No rating.
    [InlineData(null, null, null)]
    public void A_rating_goes_to_its_row_or_column(double? min, double? max, int? expected)
    {
        Assert.Equal(expected, RiskMatrix.CellOf(R(min, max)));
    }

    [Theory]
    // The colour bands of the score: 1–4 low, 5–9 moderate, 10–16 high, 20–25 very high; each edge.
    [InlineData(1, RiskLevel.Low)]
    [InlineData(4, RiskLevel.Low)]
    [InlineData(5, RiskLevel.Moderate)]
    [InlineData(9, RiskLevel.Moderate)]
    [InlineData(10, RiskLevel.High)]
    [InlineData(16, RiskLevel.High)]
    [InlineData(20, RiskLevel.VeryHigh)]
    [InlineData(25, RiskLevel.VeryHigh)]
    public void A_score_has_its_band(int score, RiskLevel expected)
    {
        Assert.Equal(expected, RiskMatrix.LevelOf(score));
    }

    [Fact]
    public void The_demo_risks_are_placed_in_their_cells_with_ranges_at_the_upper_end()
    {
        var matrix = new RiskMatrix(DemoPlan.Load().Risks);

        Assert.Empty(matrix.Unplaced);
        // R1 likelihood 4, impact 2–3 → (4, 3); R2 (2, 4); R3 (3, 3); R4 likelihood 2–3, impact 2 → (3, 2).
        Assert.Equal([(4, 3), (2, 4), (3, 3), (3, 2)], matrix.Markers.Select(m => (m.Likelihood, m.Impact)));
        Assert.Equal([1, 2, 3, 4], matrix.Markers.Select(m => m.Number));
        Assert.Equal("risks-0", matrix.Markers[0].Anchor);
    }

    [Fact]
    public void Unrated_and_half_rated_risks_are_listed_instead_of_placed()
    {
        var risks = new List<Risk>
        {
            new() { Title = "a", Likelihood = R(4, 4), Impact = R(5, 5) },
            new() { Title = "b" },
            new() { Title = "c", Likelihood = R(3, 3) },
            new() { Title = "d", Likelihood = R(9, 9), Impact = R(1, 1) },
        };
        var matrix = new RiskMatrix(risks);

        Assert.Equal([1, 2, 3], matrix.Unplaced);
        var marker = Assert.Single(matrix.Markers);
        Assert.Equal((4, 5, 0), (marker.Likelihood, marker.Impact, marker.Index));
    }

    [Fact]
    public void The_grid_has_likelihood_5_on_top_and_impact_1_on_the_left_and_markers_inside_their_cell()
    {
        var risks = Enumerable.Range(0, 6).Select(i => new Risk { Title = $"r{i}", Likelihood = R(4, 4), Impact = R(5, 5) }).ToList();
        var matrix = new RiskMatrix(risks);

        Assert.Equal(25, matrix.Cells.Count);
        Assert.Equal((5, 1, RiskMatrix.Left, RiskMatrix.Top), (matrix.Cells[0].Likelihood, matrix.Cells[0].Impact, matrix.Cells[0].X, matrix.Cells[0].Y));
        var cell = matrix.Cells.Single(c => c.Likelihood == 4 && c.Impact == 5);
        Assert.Equal((20, RiskLevel.VeryHigh), (cell.Score, cell.Level));
        // Six markers in one cell: no two at the same place, all inside the cell.
        Assert.Equal(6, matrix.In(cell).Select(m => (m.Cx, m.Cy)).Distinct().Count());
        Assert.All(matrix.Markers, m =>
        {
            Assert.InRange(m.Cx - RiskMatrix.Radius, cell.X, cell.X + RiskMatrix.CellWidth);
            Assert.InRange(m.Cy + RiskMatrix.Radius, cell.Y, cell.Y + RiskMatrix.CellHeight);
        });
    }

    [Theory]
    // A whole number, a range with a hyphen or an en dash, a value between whole numbers.
    [InlineData("4", 4.0, 4.0)]
    [InlineData("2-3", 2.0, 3.0)]
    [InlineData("2–3", 2.0, 3.0)]
    [InlineData("2,5", 2.5, 2.5)]
    // Not a number: no rating (the page says so).
    [InlineData("paljon", null, null)]
    [InlineData("-3", null, null)]
    public void A_rating_reads_from_the_form(string value, double? min, double? max)
    {
        var rating = RiskForm.ParseRating(value);
        Assert.Equal((decimal?)min, rating?.Min);
        Assert.Equal((decimal?)max, rating?.Max);
    }
}
