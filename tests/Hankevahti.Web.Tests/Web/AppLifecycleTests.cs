using System.Net;
using Hankevahti.Demo;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web;

/// <summary>Start-up, restart, seeding and failure: each test on a data folder of its own.</summary>
public sealed class AppLifecycleTests
{
    [Fact]
    public async Task Restart_keeps_the_data_seeds_the_demo_once_and_applies_each_migration_once()
    {
        using var data = new TempDataFolder();
        var scripts = Migrator.Scripts(data.Settings.Provider).Select(s => s.Id).ToList();

        await using (var first = await RunningApp.StartAsync(data.Settings))
        {
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/")).Status);
        }
        var appliedAfterFirst = await Migrator.AppliedIdsAsync(data.Settings);
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            // Something to lose: a second version of the demo project, as an edit would make it.
            var id = await db.Projects.Select(p => p.Id).SingleAsync();
            await Storage.Projects.ProjectPlans.AddVersionAsync(db, id, DemoPlan.Load() with { Risks = [] }, "edit");
        }

        await using (var second = await RunningApp.StartAsync(data.Settings))
        {
            var (status, html) = await second.GetPageAsync("/");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, DemoPlan.Load().Project.Name + "</a></th>"));
        }

        Assert.Equal(scripts, appliedAfterFirst);
        Assert.Equal(scripts, await Migrator.AppliedIdsAsync(data.Settings));
        // Nothing is left to apply, so neither start-up could have applied a script twice.
        Assert.Empty(await Migrator.MigrateAsync(data.Settings));
        await using var check = HankevahtiDb.Create(data.Settings);
        Assert.Equal(1, await check.Projects.CountAsync());
        Assert.Equal(2, await check.PlanVersions.CountAsync());
    }

    [Fact]
    public async Task A_database_with_projects_gets_no_demo_and_shows_plans_stored_elsewhere()
    {
        using var data = new TempDataFolder();
        // Stored before the app ever ran, through the storage layer as the CLI stores plans.
        var plan = DemoPlan.Load() with { Project = DemoPlan.Load().Project with { Name = "Kotihoidon etäpalvelut", ShortName = "KETÄ" } };
        var id = await data.StoreAsync(plan);

        await using var app = await RunningApp.StartAsync(data.Settings);
        var (_, list) = await app.GetPageAsync("/");
        var (status, page) = await app.GetPageAsync($"/projects/{id}");

        Assert.Contains("Kotihoidon etäpalvelut", list);
        Assert.DoesNotContain(DemoPlan.Load().Project.Name, list);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>Kotihoidon etäpalvelut</h1>", page);
    }

    [Fact]
    public async Task Unnamed_governance_members_are_shown_as_not_named_yet()
    {
        using var data = new TempDataFolder();
        var demo = DemoPlan.Load();
        var body = demo.Governance[0] with
        {
            Members = [.. demo.Governance[0].Members, new GovernanceMember { Role = MemberRole.Member, Organisation = "Tunturilaakson kaupunki" }],
        };
        var id = await data.StoreAsync(demo with { Governance = [body, .. demo.Governance.Skip(1)] });

        await using var app = await RunningApp.StartAsync(data.Settings);
        var (_, html) = await app.GetPageAsync($"/projects/{id}/plan");

        Assert.Matches(@"<td[^>]*>\(nimeämättä\)</td>\s*<td>–</td>\s*<td>Tunturilaakson kaupunki</td>", html);
    }

    [Fact]
    public async Task A_server_error_shows_a_friendly_page_without_exception_details()
    {
        using var data = new TempDataFolder();
        await using var app = await RunningApp.StartAsync(data.Settings);
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            // The app is up, then its tables go: every query it makes now throws.
            await db.Database.ExecuteSqlRawAsync("DROP TABLE plan_versions; DROP TABLE projects;");
        }

        var (status, html) = await app.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Contains("Tapahtui virhe", html);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain("no such table", html);
        Assert.DoesNotMatch(@"\bat [A-Z]\w+\.", html);
        Assert.DoesNotContain(".cs:line", html);
    }

    [Fact]
    public void Without_an_address_the_app_listens_on_localhost_5080_only()
    {
        using var data = new TempDataFolder();
        var configured = Environment.GetEnvironmentVariable("ASPNETCORE_URLS") ?? Environment.GetEnvironmentVariable("DOTNET_URLS");

        var app = WebApp.Build([], data.Settings);
        var explicitApp = WebApp.Build(["--urls", "http://127.0.0.1:8181"], data.Settings);

        // An address in the environment is the user's choice and wins, as --urls does.
        Assert.Equal(configured ?? "http://127.0.0.1:5080", app.Configuration["urls"]);
        Assert.Equal("http://127.0.0.1:8181", explicitApp.Configuration["urls"]);
    }
}
