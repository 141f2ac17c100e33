using System.Globalization;
using Hankevahti.Demo;
using Hankevahti.People;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Versions;
using Hankevahti.Web.Shared;
using Hankevahti.Web.Tests.Browser.Support;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TestPeople = Hankevahti.Web.Tests.Support.People;

namespace Hankevahti.Web.Tests.Browser;

/// <summary>
/// Issue 16's walk-through in a browser, as the project manager and a funder official of the programme: one
/// project through two reporting periods. Indicator values are recorded (one refused for its kind, one returned
/// with a reason, corrected and approved), a ledger export of more than a thousand rows made at test time for the
/// plan's lead organisation is imported (and again, adding nothing), two actions get their status, the narrative
/// is written, the status report and the payment claim are submitted and approved; the overview then shows spend
/// against plan as the database sums it and the late action. One test, as each step needs the one before.
/// </summary>
public sealed class FollowingBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Manager = "manager@following.invalid";
    private const string Funder = "funder@following.invalid";

    // The demo plan moved a year back (2025–2026, calendar-year periods "2025" and "2026"), so that with today's date
    // both periods have begun, the first has ended and an action of the plan is past its end.
    private static Plan TwoYearPlan()
    {
        var demo = PlanIds.Fill(DemoPlan.Load());
        return demo with
        {
            Project = demo.Project with
            {
                Name = "Seurattava hanke",
                Period = new DateRange { Start = new DateOnly(2025, 1, 1), End = new DateOnly(2026, 12, 31), Text = "1.1.2025–31.12.2026" },
            },
        };
    }

    [Fact]
    public async Task A_project_runs_through_two_periods_from_values_and_ledger_to_approved_reports_and_the_overview()
    {
        var plan = TwoYearPlan();
        var id = await browser.Data.StoreAsync(plan);
        var managerId = await TestPeople.AddUserAsync(browser.App.App, Manager);
        await TestPeople.AddMemberAsync(browser.App.App, id, managerId, ProjectRole.Manager);
        await TestPeople.AddUserAsync(browser.App.App, Funder, "funder:" + plan.Project.Programme!.Key);
        await TestPeople.WaitUntilSignInIsAskedAsync(browser.App);
        var manager = await browser.SignedInPageAsync(Manager);
        var funder = await browser.SignedInPageAsync(Funder);
        var count = plan.Indicators.Single(i => i.Kind == IndicatorKind.Count).Id;
        var days = plan.Indicators.Single(i => i.Kind == IndicatorKind.Days).Id;

        // 1. Values of the first period. A count that is not a number is refused at its field and what was typed stays.
        await OpenValueAsync(manager, id, count, "2025");
        await manager.Locator("#Form_Value").FillAsync("sataviisi");
        await BrowserFixture.ClickAsync(manager, "form[action*='handler=Save'] button[type=submit]");
        Assert.NotEmpty((await manager.Locator("#Form_Value-error").InnerTextAsync()).Trim());
        Assert.Equal("sataviisi", await manager.Locator("#Form_Value").InputValueAsync());
        Assert.Null(await ValueStatusAsync(id, count, "2025"));
        await manager.Locator("#Form_Value").FillAsync("105");
        await manager.Locator("#Form_Comment").FillAsync("Asiakasrekisteristä");
        await BrowserFixture.ClickAsync(manager, "form[action*='handler=Save'] button[type=submit]");
        await BrowserFixture.ClickAsync(manager, "form[action*='handler=Submit'] button[type=submit]");
        await OpenValueAsync(manager, id, days, "2025");
        await manager.Locator("#Form_Value").FillAsync("24");
        await BrowserFixture.ClickAsync(manager, "form[action*='handler=Save'] button[type=submit]");
        await BrowserFixture.ClickAsync(manager, "form[action*='handler=Submit'] button[type=submit]");
        Assert.Equal(("submitted", "submitted"), (await ValueStatusAsync(id, count, "2025"), await ValueStatusAsync(id, days, "2025")));

        // The official returns the count with a reason and approves the other.
        await OpenValueAsync(funder, id, count, "2025");
        await funder.Locator("#Form_Reason").FillAsync("Luku puuttuu toiselta alueelta.");
        await BrowserFixture.ClickAsync(funder, "form[action*='handler=Return'] button[type=submit]");
        await OpenValueAsync(funder, id, days, "2025");
        await BrowserFixture.ClickAsync(funder, "form[action*='handler=Approve'] button[type=submit]");
        Assert.Equal(("returned", "approved"), (await ValueStatusAsync(id, count, "2025"), await ValueStatusAsync(id, days, "2025")));
        await Axe.AssertNoViolationsAsync(funder, "values page after a decision (fi)");

        // The manager sees why, corrects and submits again; the official approves.
        await manager.GotoAsync($"/projects/{id}/values");
        Assert.Contains("Luku puuttuu toiselta alueelta.", await manager.Locator("main").InnerTextAsync());
        await OpenValueAsync(manager, id, count, "2025");
        await manager.Locator("#Form_Value").FillAsync("140");
        await BrowserFixture.ClickAsync(manager, "form[action*='handler=Save'] button[type=submit]");
        await BrowserFixture.ClickAsync(manager, "form[action*='handler=Submit'] button[type=submit]");
        await OpenValueAsync(funder, id, count, "2025");
        await BrowserFixture.ClickAsync(funder, "form[action*='handler=Approve'] button[type=submit]");
        Assert.Equal("approved", await ValueStatusAsync(id, count, "2025"));

        // 2. The lead organisation's ledger up to today, more than a thousand rows; the same file again adds nothing.
        var today = DateOnly.FromDateTime(DateTime.Now);
        var rows = LedgerFiles.Rows(plan, 1_600, seed: 16).Where(r => r.Date <= today).ToList();
        Assert.True(rows.Count >= 1_000, $"only {rows.Count} ledger rows up to today");
        var file = LedgerFiles.CsvBytes(rows);
        foreach (var added in new[] { rows.Count, 0 })
        {
            await manager.GotoAsync($"/projects/{id}/costs/import");
            await manager.SetInputFilesAsync("#upload", new FilePayload { Name = "paakirja.csv", MimeType = "text/csv", Buffer = file });
            await BrowserFixture.ClickAsync(manager, "form.edit button[type=submit]");
            Assert.Contains($"{rows.Count} riviä luettu, {added} lisätty", await manager.Locator("#import-result").InnerTextAsync());
        }
        Assert.Equal(rows.Count, await CostRowsAsync(id));
        Assert.Equal(rows.Sum(r => r.Amount), await CostSumAsync(id, null));

        // 3. Two actions' status in the second period: one done, one still under way though past its end.
        var actions = AllActions(plan.Work).Where(a => a.Schedule.Periods.Any(p => p.End is not null)).ToList();
        var late = actions.Where(a => a.Schedule.Periods.Max(p => p.End) < today).OrderByDescending(a => a.Schedule.Periods.Max(p => p.End)).First();
        var done = actions.First(a => a.Id != late.Id && a.Schedule.Periods.Max(p => p.End) < today);
        await manager.GotoAsync($"/projects/{id}/progress?period=2026");
        await SetActionAsync(manager, done.Id, "done", "100");
        await SetActionAsync(manager, late.Id, "in_progress", "60");
        await BrowserFixture.ClickAsync(manager, "form.progress-form:has(input[name$='.ActionId']) button[type=submit]");
        await using (var db = HankevahtiDb.Create(browser.Data.Settings))
        {
            var saved = await db.ActionProgress.Where(a => a.ProjectId == id && a.PeriodCode == "2026").ToDictionaryAsync(a => a.ActionId, a => a.Status);
            Assert.Equal("done", saved[done.Id]);
            Assert.Equal("in_progress", saved[late.Id]);
        }

        // 4. The first period's status report and payment claim: narrative, submitted, approved.
        await WriteNarrativeAsync(manager, id, "status/2025", "Palvelupolut kuvattiin ja pilotit aloitettiin.");
        await SubmitAndApproveAsync(manager, funder, id, "status/2025");
        await manager.GotoAsync($"/projects/{id}/reports/claim/2025");
        var claim2025 = await CostSumAsync(id, 2025);
        var claimText = Spaces(await manager.Locator("main").InnerTextAsync());
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "following-claim.txt"), claimText);
        Assert.Contains(Spaces(Fi.Money(claim2025)), claimText);
        await SubmitAndApproveAsync(manager, funder, id, "claim/2025");

        // 5. The second period: a value, the status report with its narrative, submitted and approved.
        await OpenValueAsync(manager, id, count, "2026");
        await manager.Locator("#Form_Value").FillAsync("260");
        await BrowserFixture.ClickAsync(manager, "form[action*='handler=Save'] button[type=submit]");
        await BrowserFixture.ClickAsync(manager, "form[action*='handler=Submit'] button[type=submit]");
        await OpenValueAsync(funder, id, count, "2026");
        await BrowserFixture.ClickAsync(funder, "form[action*='handler=Approve'] button[type=submit]");
        Assert.Equal("approved", await ValueStatusAsync(id, count, "2026"));
        await WriteNarrativeAsync(manager, id, "status/2026", "Toimintamalli otettiin käyttöön kahdella alueella.");
        await SubmitAndApproveAsync(manager, funder, id, "status/2026");
        await funder.GotoAsync($"/projects/{id}/reports");
        Assert.Equal(2, await funder.Locator("table.reports-periods [data-status='approved']").CountAsync());

        // 6. The overview: spend against plan as the database sums it, and the late action.
        await manager.GotoAsync($"/projects/{id}");
        var costs = await manager.Locator("section.costs-overview").InnerTextAsync();
        Assert.Contains(Spaces(Fi.Money(await CostSumAsync(id, null))), Spaces(costs));
        var lateList = await manager.Locator("ul.late-actions").InnerTextAsync();
        Assert.Contains(late.Title, lateList);
        Assert.DoesNotContain(done.Title, lateList);
        await Axe.AssertNoViolationsAsync(manager, "overview of a running project (fi)");
    }

    // Money is written with no-break spaces (U+00A0 or U+202F by culture data); the figures are what is compared.
    private static string Spaces(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    private static IEnumerable<WorkAction> AllActions(IEnumerable<WorkPart> parts) =>
        parts.SelectMany(p => p.Actions.Concat(AllActions(p.Children)));

    private static async Task OpenValueAsync(IPage page, int id, string indicator, string period)
    {
        await page.GotoAsync($"/projects/{id}/values?indicator={Uri.EscapeDataString(indicator)}&period={period}#lomake");
        await page.Locator("#lomake").WaitForAsync();
    }

    private static async Task SetActionAsync(IPage page, string actionId, string status, string percent)
    {
        var name = await page.Locator($"input[name$='.ActionId'][value='{actionId}']").GetAttributeAsync("name") ?? "";
        var row = name[..name.IndexOf(".ActionId", StringComparison.Ordinal)];
        await page.Locator($"select[name='{row}.Status']").SelectOptionAsync(status);
        await page.Locator($"input[name='{row}.Percent']").FillAsync(percent);
    }

    private static async Task WriteNarrativeAsync(IPage page, int id, string report, string done)
    {
        await page.GotoAsync($"/projects/{id}/reports/{report}");
        await page.Locator("#narrative-done").FillAsync(done);
        await page.Locator("#narrative-deviations").FillAsync("Ei merkittäviä poikkeamia.");
        await page.Locator("#narrative-nextperiod").FillAsync("Juurrutus ja arviointi.");
        await BrowserFixture.ClickAsync(page, "form.narrative-form button[type=submit]");
        Assert.Equal(done, await page.Locator("#narrative-done").InputValueAsync());
    }

    private async Task SubmitAndApproveAsync(IPage manager, IPage funder, int id, string report)
    {
        await manager.GotoAsync($"/projects/{id}/reports/{report}");
        await BrowserFixture.ClickAsync(manager, "form.report-submit button[type=submit]");
        Assert.Equal("submitted", await manager.Locator("[data-status]").First.GetAttributeAsync("data-status"));
        await funder.GotoAsync($"/projects/{id}/reports/{report}");
        await BrowserFixture.ClickAsync(funder, "form.report-approve button[type=submit]");
        Assert.Equal("approved", await funder.Locator("[data-status]").First.GetAttributeAsync("data-status"));
    }

    private async Task<string?> ValueStatusAsync(int id, string indicator, string period)
    {
        await using var db = HankevahtiDb.Create(browser.Data.Settings);
        return await db.IndicatorValues.Where(v => v.ProjectId == id && v.IndicatorId == indicator && v.PeriodCode == period)
            .Select(v => v.Status).SingleOrDefaultAsync();
    }

    private async Task<int> CostRowsAsync(int id)
    {
        await using var db = HankevahtiDb.Create(browser.Data.Settings);
        return await db.ActualCosts.CountAsync(c => c.ProjectId == id);
    }

    // The database's own sum (ef_sum on SQLite), which the pages must show to the cent.
    private async Task<decimal> CostSumAsync(int id, int? year)
    {
        await using var db = HankevahtiDb.Create(browser.Data.Settings);
        var rows = db.ActualCosts.Where(c => c.ProjectId == id);
        if (year is { } y)
        {
            rows = rows.Where(c => c.BookedOn >= new DateOnly(y, 1, 1) && c.BookedOn <= new DateOnly(y, 12, 31));
        }
        return await rows.SumAsync(c => c.Amount);
    }
}
