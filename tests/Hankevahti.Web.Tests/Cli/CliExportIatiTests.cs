using System.Globalization;
using System.Xml.Linq;
using Hankevahti.Demo;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Versions;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Cli;

/// <summary>`hankevahti export --format iati` on the demo plan stored twice (two programmes) with ledger rows.</summary>
public sealed class CliExportIatiTests : IAsyncLifetime
{
    private readonly TempDataFolder _data = new();
    private readonly Plan _plan = PlanIds.Fill(DemoPlan.Load());
    private int _demo;
    private int _other;

    public async Task InitializeAsync()
    {
        _demo = await _data.StoreAsync(_plan);
        _other = await _data.StoreAsync(_plan with { Project = _plan.Project with { Programme = _plan.Project.Programme! with { Key = "rrf" } } });
        await using var db = HankevahtiDb.Create(_data.Settings);
        db.ActualCosts.AddRange(CliReportFixture.LedgerRows(_demo, _plan, 1_200));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        _data.Dispose();
        return Task.CompletedTask;
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_project_is_written_as_a_valid_IATI_file_whose_transactions_are_the_ledgers_sum()
    {
        var file = Path.Combine(_data.Path, "hanke.xml");

        var result = await CliRun.RunAsync("export", "--project", Id(_demo), "--format", "iati", "--reporting-org", "FI-PRO-1234567-8", "--output", file, "--data", _data.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"hankevahti export: 1 IATI activities → {file}", result.ErrorLines.Single());
        var bytes = await File.ReadAllBytesAsync(file);
        var problems = IatiValidation.Problems(bytes);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        var activity = XDocument.Load(new MemoryStream(bytes)).Root!.Element("iati-activity")!;
        Assert.Equal($"FI-PRO-1234567-8-{_demo}", activity.Element("iati-identifier")!.Value);
        await using var db = HankevahtiDb.Create(_data.Settings);
        var sql = await db.ActualCosts.Where(c => c.ProjectId == _demo).SumAsync(c => c.Amount);
        Assert.Equal(sql, activity.Elements("transaction").Sum(t => decimal.Parse(t.Element("value")!.Value, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_programme_by_its_alias_is_written_to_standard_output_with_only_its_projects()
    {
        var result = await CliRun.RunAsync("export", "--programme", "kestavan-kasvun-ohjelma", "--format", "iati", "--data", _data.Path);

        Assert.Equal(0, result.ExitCode);
        var document = XDocument.Parse(result.Out);
        var identifier = Assert.Single(document.Root!.Elements("iati-activity")).Element("iati-identifier")!.Value;
        // No reference configured: the placeholder, which docs/iati.md says to replace.
        Assert.Equal($"XX-HANKEVAHTI-{_other}", identifier);
        Assert.Empty(IatiValidation.Problems(System.Text.Encoding.UTF8.GetBytes(result.Out)));
    }

    /// <summary>Each row: wrong arguments, the exit code, and what the one-line message must say.</summary>
    [Theory]
    [InlineData(new[] { "--format", "iati" }, 2, "either --project ID or --programme KEY")]                    // neither
    [InlineData(new[] { "--format", "iati", "--project", "1", "--programme", "rrf" }, 2, "either --project")]  // both
    [InlineData(new[] { "--format", "iati", "--programme", "ei-ohjelmaa" }, 2, "no programme 'ei-ohjelmaa': expected one of")]
    [InlineData(new[] { "--format", "iati", "--project", "1", "--reporting-org", "FI PRO" }, 2, "space")]
    [InlineData(new[] { "--format", "iati", "--project", "99" }, 1, "no project with id 99")]
    [InlineData(new[] { "--format", "xml", "--project", "1" }, 2, "--format must be json or iati")]
    public async Task Bad_arguments_are_refused_with_what_was_expected(string[] args, int exitCode, string message)
    {
        var result = await CliRun.RunAsync(["export", .. args, "--data", _data.Path]);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(message, result.ErrorLines[0]);
        Assert.Empty(result.Out);
    }
}
