using System.Globalization;
using System.Text;
using Hankevahti.Demo;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Versions;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Cli;

/// <summary>`hankevahti costs import` on the demo project with a made-up ledger of its lead applicant.</summary>
public sealed class CliCostsTests : IDisposable
{
    private readonly TempDataFolder _data = new();
    private readonly Plan _plan = PlanIds.Fill(DemoPlan.Load());

    public void Dispose() => _data.Dispose();

    // Rows read and added, the unmapped cost centre with its sum, sums per category; the same file again adds 0.
    [Fact]
    public async Task A_ledger_is_imported_with_its_mapping_and_the_same_file_again_adds_nothing()
    {
        var id = await _data.StoreAsync(_plan);
        var rows = LedgerFiles.Rows(_plan, 1_000);
        var file = Write("paakirja.csv", LedgerFiles.CsvBytes(rows));
        var mapping = Write("mapping.csv", Encoding.UTF8.GetBytes(LedgerFiles.MappingCsv(_plan)));

        var first = await CliRun.RunAsync("costs", "import", "--project", Id(id), file, "--mapping", mapping, "--data", _data.Path);

        Assert.Equal(0, first.ExitCode);
        Assert.Empty(first.Error);
        Assert.Contains("paakirja.csv: ", first.Out);
        Assert.Contains("rows read 1000, added 1000\n", first.Out);
        var unmapped = rows.Where(r => r.CostCentre == LedgerFiles.UnmappedCostCentre).ToList();
        Assert.Contains($"  {LedgerFiles.UnmappedCostCentre}\t{unmapped.Count} rows\t{unmapped.Sum(r => r.Amount).ToString("0.00", CultureInfo.InvariantCulture)}\n", first.Out);
        Assert.Contains($"  total\t{rows.Sum(r => r.Amount).ToString("0.00", CultureInfo.InvariantCulture)}\n", first.Out);
        // 4010 Kuukausipalkat is personnel by the municipal chart of accounts.
        var personnel = rows.Where(r => r.Account is "4010" or "4110").Sum(r => r.Amount);
        Assert.Contains($"  personnelHired\t{personnel.ToString("0.00", CultureInfo.InvariantCulture)}\n", first.Out);

        var again = await CliRun.RunAsync("costs", "import", "--project", Id(id), file, "--data", _data.Path);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("rows read 1000, added 0\n", again.Out);
    }

    // A bad row: exit 1, "FILE: row N: … expected …" on standard error, and nothing stored.
    [Fact]
    public async Task A_file_with_text_in_an_amount_is_refused_with_its_row_and_nothing_is_stored()
    {
        var id = await _data.StoreAsync(_plan);
        var lines = LedgerFiles.Csv(LedgerFiles.Rows(_plan, 20)).Split('\n');
        var fields = lines[7].Split(';');
        fields[6] = "noin sata";
        lines[7] = string.Join(';', fields);
        var file = Write("huono.csv", Encoding.UTF8.GetBytes(string.Join('\n', lines)));

        var result = await CliRun.RunAsync("costs", "import", "--project", Id(id), file, "--data", _data.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("huono.csv: row 8: amount 'noin sata': expected an amount like 1 234,56 or -12,50", result.ErrorLines[0]);
        await using var db = HankevahtiDb.Create(_data.Settings);
        Assert.Equal(0, await db.ActualCosts.CountAsync());
    }

    // The ledger is one organisation's of the plan: any other name is refused with the plan's names (exit 1);
    // a project id that is not a number and two files are usage errors (exit 2).
    [Theory]
    [InlineData("organisation", 1, "expected one of the plan's organisations")]
    [InlineData("project", 2, "--project must be a project id")]
    [InlineData("two files", 2, "give one FILE")]
    public async Task Bad_arguments_are_refused_with_what_was_expected(string wrong, int exitCode, string message)
    {
        var id = await _data.StoreAsync(_plan);
        var file = Write("a.csv", LedgerFiles.CsvBytes(LedgerFiles.Rows(_plan, 3)));
        string[] args = wrong switch
        {
            "organisation" => ["costs", "import", "--project", Id(id), file, "--organisation", "Tuntematon Oy", "--data", _data.Path],
            "project" => ["costs", "import", "--project", "x", file, "--data", _data.Path],
            _ => ["costs", "import", "--project", Id(id), file, "toinen.csv", "--data", _data.Path],
        };

        var result = await CliRun.RunAsync(args);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(message, result.Error);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(_data.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
