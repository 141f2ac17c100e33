using System.Net;
using Hankevahti.Demo;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Storage.Projects;
using Hankevahti.Web.Shared;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web.Projects;

/// <summary>
/// The overview keeps what it computed from the follow-up until the next commit (StampedCache with the database's
/// change stamp). A cost recorded by another process must show on the very next request, on both databases: on
/// PostgreSQL the stamp moves only through the follow-up tables' counter triggers (migration 0011).
/// </summary>
public sealed class OverviewFreshnessTests
{
    public static TheoryData<string> Databases => new() { "sqlite", "postgres" };

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task A_cost_saved_by_another_process_shows_in_the_overview_on_the_next_request(string provider)
    {
        using var folder = new TempDataFolder();
        await using var postgres = provider == "postgres" ? await PostgresTempDatabase.CreateAsync() : null;
        var settings = postgres?.Settings ?? folder.Settings;
        await Migrator.MigrateAsync(settings);
        var plan = DemoPlan.Load();
        int id;
        await using (var db = HankevahtiDb.Create(settings))
        {
            id = (await db.AddProjectAsync(plan, "import")).Id;
        }
        await using var app = await RunningApp.StartAsync(settings);
        // Twice, so that the second answer comes from what the app kept.
        for (var i = 0; i < 2; i++)
        {
            var (status, html) = await app.GetPageAsync($"/projects/{id}");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains(Fi.Money(0m), WebUtility.HtmlDecode(html));
        }

        // An amount that appears nowhere else on the page, saved through connections of the test's own.
        const decimal amount = 12_345.67m;
        var month = plan.Project.Period!.Start!.Value;
        await using (var db = HankevahtiDb.Create(settings))
        {
            var saved = await CostEntries.SaveMonthAsync(db, id, plan.Organisations[0].Name, new DateOnly(month.Year, month.Month, 1),
                [new CostEntryInput(null, CostCategory.PersonnelHired, amount)]);
            Assert.Equal(CostSaveOutcome.Saved, saved.Outcome);
        }

        var (_, after) = await app.GetPageAsync($"/projects/{id}");
        Assert.Contains(Fi.Money(amount), WebUtility.HtmlDecode(after));
    }
}
