using Hankevahti.Models;

namespace Hankevahti.Tests.Models;

public class AdoptionMatrixTests
{
    private const string Pirkanmaa = "Pirkanmaan hyvinvointialue";
    private const string Hus = "HUS";

    private static Adoption A(long seq, string org, string period, AdoptionStatus status, int module = 1, string? unit = null, string? region = null) =>
        new(seq, module, org, unit, region ?? Regions.DefaultFor(org)!, ModelPeriod.Parse(period), status);

    private static readonly Adoption[] Records =
    [
        A(1, Pirkanmaa, "2025-06", AdoptionStatus.Piloting),
        A(2, Pirkanmaa, "2026-03", AdoptionStatus.InUse),
        A(3, Pirkanmaa, "2025-06", AdoptionStatus.Planned, unit: "Aikuisten palvelut"),
        A(4, "Tampereen kaupunki", "2025-10", AdoptionStatus.InUse, region: Pirkanmaa),   // a city counted in the county it names
        A(5, Hus, "2026-01", AdoptionStatus.Piloting, module: 2),
        A(6, "Järjestö ry", "2025-05", AdoptionStatus.InUse, module: 2, region: Hus),
        A(7, "Järjestö ry", "2026-02", AdoptionStatus.GivenUp, module: 2, region: Hus),
    ];

    // Each case: as of which period, the cell, and the counts expected in it (status name → count).
    [Theory]
    [InlineData("2025-05", Hus, 2, "in_use=1")]                           // the association's first record
    [InlineData("2025-12", Pirkanmaa, 1, "piloting=1 planned=1 in_use=1")] // organisation, its unit and a city counted apart
    [InlineData("2026-03", Pirkanmaa, 1, "in_use=2 planned=1")]           // the county moved from piloting to in use
    [InlineData("2026-03", Hus, 2, "piloting=1 given_up=1")]              // given up still counts, as given up
    [InlineData("2024", Pirkanmaa, 1, "")]                                // before any record: empty cell
    public void Each_cell_counts_the_holders_in_each_status(string asOf, string region, int module, string expected)
    {
        var cell = AdoptionMatrix.Of(Records, ModelPeriod.Parse(asOf)).Cell(region, module);
        var counts = AdoptionStatuses.All.Where(s => cell.Count(s) > 0).ToDictionary(AdoptionStatuses.Name, cell.Count);
        Assert.Equal(Parse(expected), counts);
    }

    [Fact]
    public void The_change_between_two_periods_is_after_minus_before_per_status()
    {
        var change = MatrixChange.Of(Records, ModelPeriod.Parse("2025-12"), ModelPeriod.Parse("2026-03"));
        var cell = change.Cell(Pirkanmaa, 1);
        Assert.Equal(-1, cell.Change(AdoptionStatus.Piloting));
        Assert.Equal(1, cell.Change(AdoptionStatus.InUse));
        Assert.Equal(1, cell.InUseChange);
        var hus = change.Cell(Hus, 2);
        // HUS itself started piloting; the association gave up: in use went down by one.
        Assert.Equal(1, hus.Change(AdoptionStatus.Piloting));
        Assert.Equal(-1, hus.Change(AdoptionStatus.InUse));
        Assert.Equal(1, hus.Change(AdoptionStatus.GivenUp));
        Assert.Equal([Hus, Pirkanmaa], change.Regions.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Regions_are_one_row_whatever_their_case()
    {
        var matrix = AdoptionMatrix.Of([A(1, "A ry", "2025", AdoptionStatus.InUse, region: "Pirkanmaan hyvinvointialue"),
            A(2, "B ry", "2025", AdoptionStatus.InUse, region: "pirkanmaan hyvinvointialue ")], ModelPeriod.Parse("2025"));
        Assert.Single(matrix.Regions);
        Assert.Equal(2, matrix.Cell(Pirkanmaa, 1).InUse);
    }

    private static Dictionary<string, int> Parse(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).ToDictionary(p => p[0], p => int.Parse(p[1]));
}
