using Hankevahti.Checks.Profiles;
using Hankevahti.Demo;
using Hankevahti.Following;
using Hankevahti.Following.Actions;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Storage.Projects;
using Hankevahti.Web.Tests.Browser.Support;

namespace Hankevahti.Web.Tests.Browser;

/// <summary>
/// The progress page and the Gantt with the follow-up in a browser: a status saved through the form, a refused
/// percent shown at its field, and axe-core on the page with the risk matrix's movement, with errors shown, and on
/// the work page with an approved baseline, in Finnish, Swedish and English.
/// </summary>
public sealed class ProgressBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_progress_page_and_the_gantt_have_no_violations_with_movement_errors_and_a_baseline()
    {
        // A project of its own (the demo plan), its version approved, a risk reassessed twice so it moves.
        var project = await browser.Data.StoreAsync(DemoPlan.Load());
        string period;
        await using (var db = HankevahtiDb.Create(browser.Data.Settings))
        {
            var plan = (await db.LatestPlanAsync(project))!.Plan!;
            var periods = ReportingCalendar.For(ProfileCatalog.For(plan), plan.Project.Period).Periods;
            Assert.True(periods.Count >= 2, "the demo plan has two reporting periods");
            Assert.NotEmpty(plan.Risks);
            period = periods[1].Code;
            Assert.Equal(ProgressSaveOutcome.Saved, (await db.SaveRiskAssessmentsAsync(project,
                [new(plan.Risks[0].Id, periods[0].Code, 1, 1, null), new(plan.Risks[0].Id, period, 4, 5, "Kasvoi")])).Outcome);
            await db.MoveVersionAsync(project, 1, VersionStatus.Submitted, null);
            await db.MoveVersionAsync(project, 1, VersionStatus.Approved, null);
        }

        foreach (var language in new[] { "fi", "sv", "en" })
        {
            var page = await browser.NewPageAsync(language);
            var response = await page.GotoAsync($"/projects/{project}/progress?period={period}");
            Assert.Equal(200, response!.Status);
            Assert.Equal(1, await page.Locator("g.previous").CountAsync());
            await Axe.AssertNoViolationsAsync(page, $"progress with a moved risk ({language})");

            // A status chosen and a bad percent typed: refused at the field, the typed text kept.
            await page.Locator("#action-0-status").SelectOptionAsync("in_progress");
            await page.Locator("#action-0-percent").FillAsync("puolet");
            await page.Locator("#toimenpiteet button[type=submit]").ClickAsync();
            Assert.Equal("puolet", await page.Locator("#action-0-percent").InputValueAsync());
            Assert.Equal(1, await page.Locator("#action-0-percent-error").CountAsync());
            Assert.Equal(1, await page.Locator(".error-summary").CountAsync());
            await Axe.AssertNoViolationsAsync(page, $"progress with an error ({language})");

            // Corrected, it is saved and shown.
            await page.Locator("#action-0-percent").FillAsync("50");
            await page.Locator("#toimenpiteet button[type=submit]").ClickAsync();
            Assert.Equal(1, await page.Locator("p.message[role=status]").CountAsync());
            Assert.Equal("50", await page.Locator("#action-0-percent").InputValueAsync());

            await page.GotoAsync($"/projects/{project}/work");
            Assert.True(await page.Locator("svg.gantt rect.baseline").CountAsync() > 0);
            await Axe.AssertNoViolationsAsync(page, $"work with status colours and a baseline ({language})");
            await page.Context.CloseAsync();
        }
    }
}
