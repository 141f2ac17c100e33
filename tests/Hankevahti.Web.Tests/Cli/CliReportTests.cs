using System.Globalization;
using Hankevahti.Demo;
using Hankevahti.Following;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Hankevahti.Web.Tests.Cli;

/// <summary>
/// The demo project (yearly periods 2026 and 2027) with 1 200 ledger rows made at test time for the plan's own
/// organisations, cost categories and parts, cents in every amount, an approved indicator value and an action's status.
/// </summary>
public sealed class CliReportFixture : IAsyncLifetime
{
    public TempDataFolder Data { get; } = new();
    public int Id { get; private set; }
    public Plan Plan { get; } = DemoPlan.Load();

    public async Task InitializeAsync()
    {
        Id = await Data.StoreAsync(Plan);
        await using var db = HankevahtiDb.Create(Data.Settings);
        db.ActualCosts.AddRange(LedgerRows(Id, Plan, 1200));
        db.IndicatorValues.Add(new IndicatorValueRow
        {
            ProjectId = Id, IndicatorId = Plan.Indicators[0].Id, PeriodCode = "2026", NumberValue = 24m, Status = "approved", UpdatedAt = DateTimeOffset.UtcNow,
        });
        var action = Plan.Work.SelectMany(p => p.Actions.Concat(p.Children.SelectMany(c => c.Actions))).First();
        db.ActionProgress.Add(new ActionProgressRow { ProjectId = Id, ActionId = action.Id, PeriodCode = "2026", Status = "in_progress", PercentDone = 40, UpdatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
    }

    /// <summary>Ledger rows spread over two years, the plan's organisations, categories and parts, amounts with cents.</summary>
    public static IEnumerable<ActualCostRow> LedgerRows(int projectId, Plan plan, int count)
    {
        var organisations = plan.Organisations.Select(o => o.Name).ToList();
        var categories = plan.Budget.Lines.Select(l => l.Category).Distinct().ToList();
        var parts = plan.Budget.Lines.Select(l => l.PartCode).Where(p => p is not null).Distinct().ToList();
        for (var i = 0; i < count; i++)
        {
            yield return new ActualCostRow
            {
                ProjectId = projectId, Organisation = organisations[i % Math.Min(3, organisations.Count)], Voucher = $"V{i / 3}", Line = i % 3 + 1,
                BookedOn = new DateOnly(2026, 1, 1).AddDays(i * 600 / count), Account = "4000",
                PartCode = i % 7 == 0 ? null : parts[i % parts.Count], Category = FollowUpNames.Category(categories[i % categories.Count]),
                Amount = 100m + i * 13.37m % 5000m + (i % 100) / 100m,
            };
        }
    }

    public Task DisposeAsync()
    {
        Data.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class CliReportTests(CliReportFixture fixture) : IClassFixture<CliReportFixture>
{
    private string Dir => fixture.Data.Path;
    private string Id => fixture.Id.ToString(CultureInfo.InvariantCulture);

    // The payment claim's workbook is what the funder sums: its amounts must be numbers, and the rows of the
    // period must add up to what the database holds for the period to the cent (no rounding, no row lost).
    [Fact]
    public async Task The_claim_workbook_sums_equal_the_SQL_sum_of_the_periods_ledger_rows_to_the_cent()
    {
        var output = Path.Combine(Dir, "claim-2026.xlsx");
        var result = await CliRun.RunAsync("report", "claim", "--project", Id, "--period", "2026", "--format", "xlsx", "--output", output, "--data", Dir);

        Assert.Equal(0, result.ExitCode);
        await using var db = HankevahtiDb.Create(fixture.Data.Settings);
        var sql = await db.ActualCosts.Where(c => c.ProjectId == fixture.Id && c.BookedOn >= new DateOnly(2026, 1, 1) && c.BookedOn <= new DateOnly(2026, 12, 31))
            .SumAsync(c => c.Amount);
        var sheet = MiniExcel.Query(output, useHeaderRow: true, sheetName: "Kustannuserittely").Cast<IDictionary<string, object?>>().ToList();
        var rows = sheet.Where(r => (string?)r["Organisaatio"] != "Yhteensä").ToList();
        var total = sheet.Single(r => (string?)r["Organisaatio"] == "Yhteensä");
        Assert.All(rows, r => Assert.IsNotType<string>(r["Euroa"]));
        Assert.Equal(sql, rows.Sum(r => Convert.ToDecimal(r["Euroa"], CultureInfo.InvariantCulture)));
        Assert.Equal(sql, Convert.ToDecimal(total["Euroa"], CultureInfo.InvariantCulture));
        Assert.True(sql > 0);
    }

    // The Word document opens in LibreOffice and its text holds the figures the report shows: the claim's total,
    // the grant at the plan's 80 % and the own funding.
    [Fact]
    public async Task The_claim_document_opens_in_LibreOffice_and_holds_the_reports_figures()
    {
        var output = Path.Combine(Dir, "claim-2026.docx");
        var result = await CliRun.RunAsync("report", "claim", "--project", Id, "--period", "2026", "--format", "docx", "--output", output, "--data", Dir);
        Assert.Equal(0, result.ExitCode);

        var text = Normal(await LibreOffice.ToTextAsync(output));

        await using var db = HankevahtiDb.Create(fixture.Data.Settings);
        var sql = await db.ActualCosts.Where(c => c.ProjectId == fixture.Id && c.BookedOn.Year == 2026).SumAsync(c => c.Amount);
        var grant = Math.Round(sql * 0.8m, 2, MidpointRounding.AwayFromZero);
        Assert.Contains("Maksatushakemuksen kustannuserittely", text);
        Assert.Contains(Normal(Hankevahti.Following.Reports.ReportFormat.Money(sql)), text);
        Assert.Contains(Normal(Hankevahti.Following.Reports.ReportFormat.Money(grant)), text);
        Assert.Contains(Normal(Hankevahti.Following.Reports.ReportFormat.Money(sql - grant)), text);
    }

    // A status report for a period the project does not have names the periods it has.
    [Fact]
    public async Task An_unknown_period_exits_1_listing_the_projects_periods()
    {
        var result = await CliRun.RunAsync("report", "status", "--project", Id, "--period", "2031-H1", "--format", "html", "--output", Path.Combine(Dir, "x.html"), "--data", Dir);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no period '2031-H1'", result.Error);
        Assert.Contains("2026, 2027", result.Error);
        Assert.False(File.Exists(Path.Combine(Dir, "x.html")));
    }

    // Usage errors exit 2 with what was expected: the kind, the format, a status report's period.
    [Theory]
    [InlineData("--format html", "give the report: status, claim or final", "report", "weekly")]
    [InlineData("--format pdf", "--format must be html, docx or xlsx", "report", "claim")]
    [InlineData("--format html", "--period P is required for a status report", "report", "status")]
    public async Task Bad_usage_exits_2_saying_what_was_expected(string format, string expected, string command, string kind)
    {
        var args = new List<string> { command, kind, "--project", Id, "--output", Path.Combine(Dir, "y.out"), "--data", Dir };
        args.AddRange(format.Split(' '));
        var result = await CliRun.RunAsync([.. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
    }

    // The HTML is a whole document in the asked language, with the period's actions and the indicator's value.
    [Fact]
    public async Task The_status_report_as_html_in_english_holds_the_indicator_value_and_the_actions_status()
    {
        var output = Path.Combine(Dir, "status-2026.html");
        var result = await CliRun.RunAsync("report", "status", "--project", Id, "--period", "2026", "--format", "html", "--output", output, "--data", Dir, "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        var html = await File.ReadAllTextAsync(output);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html);
        Assert.Contains("<h1>Status report</h1>", html);
        Assert.Contains($"<td>{System.Net.WebUtility.HtmlEncode(fixture.Plan.Indicators[0].Name)}</td>", html);
        Assert.Contains("<td class=\"num\">24</td>", html);
        Assert.Contains("<td>In progress</td>", html);
    }

    // LibreOffice writes no-break spaces as they are; compare with plain spaces on both sides.
    private static string Normal(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
