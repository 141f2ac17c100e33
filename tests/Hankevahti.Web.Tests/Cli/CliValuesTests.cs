using Hankevahti.Demo;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Cli;

/// <summary>
/// `hankevahti values import`: a CSV of measured values stored as drafts, all or nothing. The demo plan runs
/// 2026–2027 in calendar years; i4 is a count, i2 a percentage, i3 yes/no.
/// </summary>
public sealed class CliValuesTests
{
    private static async Task<(TempDataFolder Data, int Id, string File)> ProjectAsync(string csv)
    {
        var data = new TempDataFolder();
        var id = await data.StoreAsync(DemoPlan.Load());
        var file = System.IO.Path.Combine(data.Path, "arvot.csv");
        await File.WriteAllTextAsync(file, csv);
        return (data, id, file);
    }

    [Fact]
    public async Task A_file_with_either_separator_is_stored_as_drafts()
    {
        var (data, id, file) = await ProjectAsync("mittari;kausi;arvo;kommentti\ni4;2026;35;ensimmäinen vuosi\ni2;2026;22,5 %;\ni3;2027;kyllä;\"malli; käytössä\"\n");
        using var _ = data;

        var result = await CliRun.RunAsync("values", "import", "--project", id.ToString(), file, "--data", data.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("3 values stored as drafts", result.Out);
        await using var db = HankevahtiDb.Create(data.Settings);
        var values = await IndicatorValues.ListAsync(db, id);
        Assert.Equal(["i2/2026/22.5", "i3/2027/yes", "i4/2026/35"],
            values.Select(v => $"{v.Value.IndicatorId}/{v.Value.PeriodCode}/{(v.Value.YesNo is { } y ? (y ? "yes" : "no") : v.Value.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))}"));
        Assert.All(values, v => Assert.Equal(VersionStatus.Draft, v.Value.Status));
        Assert.Equal("malli; käytössä", values.Single(v => v.Value.IndicatorId == "i3").Value.Comment);
    }

    // Each bad row refuses the whole file with its row number and what was expected; the good rows before it are not stored.
    [Theory]
    [InlineData("text in a count", "indicator,period,value\ni4,2026,35\ni4,2027,paljon\n", "row 3: 'paljon' is not a number")]
    [InlineData("period outside the project", "indicator,period,value\ni4,2026,35\ni4,2030,1\n", "row 3: '2030' is not one of the project's reporting periods")]
    [InlineData("unknown indicator", "indicator;period;value\ni4;2026;35\ni99;2026;1\n", "row 3: 'i99' is not an indicator of the plan")]
    [InlineData("percentage over 100", "indicator;period;value\ni2;2026;101\n", "row 2: '101' is not a percentage")]
    [InlineData("missing value column", "indicator;period\ni2;2026\n", "row 1: the header has no 'value' column")]
    [InlineData("same cell twice", "indicator;period;value\ni4;2026;1\ni4;2026;2\n", "row 3: a second value for i4 in 2026")]
    public async Task A_bad_row_refuses_the_whole_file_and_nothing_is_stored(string why, string csv, string message)
    {
        var (data, id, file) = await ProjectAsync(csv);
        using var _ = data;

        var result = await CliRun.RunAsync("values", "import", "--project", id.ToString(), file, "--data", data.Path);

        Assert.True(result.ExitCode == 1, why + ": " + result.Error);
        Assert.Contains(message, result.Error);
        Assert.Contains("nothing was stored", result.Error);
        await using var db = HankevahtiDb.Create(data.Settings);
        Assert.Equal(0, await db.IndicatorValues.CountAsync());
    }

    [Fact]
    public async Task Without_a_file_it_is_a_usage_error()
    {
        var result = await CliRun.RunAsync("values", "import", "--project", "1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("give the CSV file", result.Error);
    }
}
