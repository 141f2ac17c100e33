using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hankevahti.Demo;
using Hankevahti.Json;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Web.Tests.Browser.Support;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TestPeople = Hankevahti.Web.Tests.Support.People;

namespace Hankevahti.Web.Tests.Browser;

/// <summary>
/// The approval of versions in a browser (docs/approval.md), as the project manager and a funder official of
/// the project's programme: submit, return with a reason the manager sees, resubmit, approve; then the approved
/// version stays as it was whatever is tried (the plan's forms, the API, form posts aimed at it), and a change
/// request shows the official its diff against the approved version. One test, as each step needs the one before.
/// </summary>
public sealed class ApprovalBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int Project = 1;
    private const string Manager = "manager@approval.invalid";
    private const string Funder = "funder@approval.invalid";

    private static string VersionPath(int number) => $"/projects/{Project}/versions/{number}";

    [Fact]
    public async Task Submit_return_resubmit_approve_then_the_approved_version_stays_and_a_change_request_shows_its_diff()
    {
        var managerId = await TestPeople.AddUserAsync(browser.App.App, Manager);
        await TestPeople.AddMemberAsync(browser.App.App, Project, managerId, ProjectRole.Manager);
        await TestPeople.AddUserAsync(browser.App.App, Funder, "funder:" + DemoPlan.Load().Project.Programme!.Key);
        await TestPeople.WaitUntilSignInIsAskedAsync(browser.App);
        var first = await NewestAsync();

        var manager = await browser.SignedInPageAsync(Manager);
        var funder = await browser.SignedInPageAsync(Funder);
        // The whole plan page is render-cached with its versions list: seen once before the moves, it must still show each move at once.
        await manager.GotoAsync($"/projects/{Project}/plan");
        Assert.Equal("draft", await StatusInListAsync(manager, first));

        // A draft: the manager may submit it, the official has nothing to decide yet.
        await funder.GotoAsync(VersionPath(first));
        Assert.Equal("draft", await BadgeAsync(funder));
        Assert.Equal(0, await funder.Locator("form.approval-approve").CountAsync());
        Assert.Equal(0, await funder.Locator("form.approval-submit").CountAsync());

        await manager.GotoAsync(VersionPath(first));
        Assert.Equal(0, await manager.Locator("form.approval-approve, form.approval-return").CountAsync());
        await BrowserFixture.ClickAsync(manager, "form.approval-submit button");
        Assert.Equal($"Versio {first} lähetettiin hyväksyttäväksi.", (await manager.Locator("p.message").InnerTextAsync()).Trim());
        Assert.Equal("submitted", await BadgeAsync(manager));
        Assert.Equal(0, await manager.Locator("form.approval-submit").CountAsync());

        // A return needs a reason: without one the field says so and nothing moves.
        await funder.ReloadAsync();
        Assert.Equal("submitted", await BadgeAsync(funder));
        await BrowserFixture.ClickAsync(funder, "form.approval-return button");
        Assert.Equal("Kirjoita palautuksen syy: projektipäällikkö näkee, mitä korjata.", (await funder.Locator("#return-reason-error").InnerTextAsync()).Trim());
        Assert.Equal("true", await funder.Locator("#return-reason").GetAttributeAsync("aria-invalid"));
        Assert.Equal("submitted", await BadgeAsync(funder));
        await Axe.AssertNoViolationsAsync(funder, "submitted version, return refused without a reason (fi)");
        await funder.Locator("#return-reason").FillAsync("Kustannusarviosta puuttuu matkakulujen peruste.");
        await BrowserFixture.ClickAsync(funder, "form.approval-return button");
        Assert.Equal($"Versio {first} palautettiin korjattavaksi.", (await funder.Locator("p.message").InnerTextAsync()).Trim());
        Assert.Equal("returned", await BadgeAsync(funder));

        // The manager sees the reason, who returned it, and may submit again.
        await manager.ReloadAsync();
        Assert.Equal("returned", await BadgeAsync(manager));
        Assert.Contains("Kustannusarviosta puuttuu matkakulujen peruste.", await manager.Locator("p.return-reason").InnerTextAsync());
        Assert.Contains(Funder, await manager.Locator("p.version-status").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(manager, "returned version with its reason (fi)");
        Assert.Equal("Lähetä uudelleen hyväksyttäväksi", (await manager.Locator("form.approval-submit button").InnerTextAsync()).Trim());
        await BrowserFixture.ClickAsync(manager, "form.approval-submit button");
        Assert.Equal("submitted", await BadgeAsync(manager));

        // Two officials decide at once: the first approves, the second (on a page made before) is told, not failed.
        await funder.ReloadAsync();
        var second = await browser.SignedInPageAsync(Funder);
        await second.GotoAsync(VersionPath(first));
        await BrowserFixture.ClickAsync(funder, "form.approval-approve button");
        Assert.Equal($"Versio {first} hyväksyttiin.", (await funder.Locator("p.message").InnerTextAsync()).Trim());
        Assert.Equal("approved", await BadgeAsync(funder));
        await second.Locator("#return-reason").FillAsync("Myöhässä");
        await BrowserFixture.ClickAsync(second, "form.approval-return button");
        Assert.Contains("Tilaa ei muutettu", await second.Locator(".error-summary").InnerTextAsync());
        Assert.Equal("approved", await BadgeAsync(second));
        await second.Context.CloseAsync();

        // The render-cached list shows the approval at once.
        await manager.GotoAsync($"/projects/{Project}/plan");
        Assert.Equal("approved", await StatusInListAsync(manager, first));

        var approvedJson = await PlanJsonAsync(first);

        // The plan's form makes a new draft; the approved version stays as approved.
        await manager.GotoAsync($"/projects/{Project}/facts?edit=1");
        var statusOptions = await manager.Locator("#Input_Status option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        Assert.DoesNotContain("approved", statusOptions);
        Assert.DoesNotContain("submitted", statusOptions);
        await manager.Locator("#Input_ShortName").FillAsync("MUUTOS-1");
        await BrowserFixture.ClickAsync(manager, "form.facts-form button[type=submit]");
        var edited = await NewestAsync();
        Assert.Equal(first + 1, edited);
        Assert.Equal(("approved", approvedJson), (await StatusAsync(first), await PlanJsonAsync(first)));
        Assert.Equal("draft", await StatusAsync(edited));

        // The API's plan upload is a new version too.
        var token = await TestPeople.ApiTokenAsync(browser.App.App, managerId);
        using (var api = new HttpClient { BaseAddress = browser.App.Address })
        {
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var got = await api.GetAsync($"/api/projects/{Project}/plan");
            var plan = PlanJson.Deserialize(await got.Content.ReadAsStringAsync()).Plan!;
            using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/projects/{Project}/plan")
            {
                Content = new StringContent(PlanJson.Serialize(plan with { Project = plan.Project with { ShortName = "MUUTOS-2" } }), Encoding.UTF8, "application/json"),
            };
            put.Headers.TryAddWithoutValidation("If-Match", got.Headers.ETag!.ToString());
            using var saved = await api.SendAsync(put);
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            // No method of the version's own address changes it.
            using var direct = new HttpRequestMessage(HttpMethod.Put, $"/api/projects/{Project}/versions/{first}") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
            Assert.Equal(HttpStatusCode.MethodNotAllowed, (await api.SendAsync(direct)).StatusCode);
        }
        Assert.Equal(edited + 1, await NewestAsync());

        // Form posts aimed at the approved version: moves are refused with a message, a restore stores a new version.
        using (var managerHttp = new SignedInClient(browser.App.Address))
        using (var funderHttp = new SignedInClient(browser.App.Address))
        {
            await managerHttp.SignInAsync(Manager);
            await funderHttp.SignInAsync(Funder);
            using var submit = await managerHttp.PostAsync(VersionPath(first), VersionPath(first) + "?handler=submit", []);
            Assert.Contains("Tilaa ei muutettu", await submit.Content.ReadAsStringAsync());
            using var returned = await funderHttp.PostAsync(VersionPath(first), VersionPath(first) + "?handler=return", [new("Reason", "Peruutus")]);
            Assert.Contains("Tilaa ei muutettu", await returned.Content.ReadAsStringAsync());
            using var approve = await funderHttp.PostAsync(VersionPath(first), VersionPath(first) + "?handler=approve", []);
            Assert.Contains("Tilaa ei muutettu", await approve.Content.ReadAsStringAsync());
            // The official may not restore (nor edit) the plan at all.
            using var restoreByFunder = await funderHttp.PostAsync(VersionPath(first), VersionPath(first) + "?handler=restore", [new("BaseVersion", (edited + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            Assert.Equal(HttpStatusCode.Forbidden, restoreByFunder.StatusCode);
            using var restore = await managerHttp.PostAsync(VersionPath(first), VersionPath(first) + "?handler=restore", [new("BaseVersion", (edited + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        }
        var changeRequest = await NewestAsync();
        Assert.Equal(edited + 2, changeRequest);
        Assert.Equal(("approved", approvedJson), (await StatusAsync(first), await PlanJsonAsync(first)));

        // A change request: the newest version submitted after the approval. Restored from the approved one, it
        // would show no change, so the manager changes the short name once more first.
        await manager.GotoAsync($"/projects/{Project}/facts?edit=1");
        await manager.Locator("#Input_ShortName").FillAsync("MUUTOS-3");
        await BrowserFixture.ClickAsync(manager, "form.facts-form button[type=submit]");
        changeRequest = await NewestAsync();
        await manager.GotoAsync(VersionPath(changeRequest));
        await BrowserFixture.ClickAsync(manager, "form.approval-submit button");
        Assert.Equal("submitted", await BadgeAsync(manager));

        await funder.GotoAsync(VersionPath(changeRequest));
        var diff = funder.Locator("section.change-request");
        Assert.Contains($"hyväksyttyyn versioon {first}", await diff.Locator("h2").First.InnerTextAsync());
        Assert.Contains("MUUTOS-3", await diff.InnerTextAsync());
        Assert.Equal(1, await funder.Locator("form.approval-approve").CountAsync());
        // An older version's page shows no diff (it is not waiting), nor does the approved one.
        foreach (var language in new[] { "fi", "sv", "en" })
        {
            var page = await browser.SignedInPageAsync(Funder, language);
            await page.GotoAsync(VersionPath(changeRequest));
            Assert.Equal(1, await page.Locator("section.change-request").CountAsync());
            await Axe.AssertNoViolationsAsync(page, $"change request with its diff, as the funder official ({language})");
            await page.GotoAsync(VersionPath(first));
            Assert.Equal(0, await page.Locator("section.change-request").CountAsync());
            await Axe.AssertNoViolationsAsync(page, $"approved version ({language})");
            await page.GotoAsync($"/projects/{Project}/plan");
            await Axe.AssertNoViolationsAsync(page, $"whole plan with version statuses ({language})");
            await page.Context.CloseAsync();
        }

        // Every move is in the audit trail, with who made it.
        var audit = await TestPeople.AuditAsync(browser.Data.Settings);
        var moves = audit.Where(r => r.Action.StartsWith("version.", StringComparison.Ordinal) && r.Outcome == "done").Select(r => r.Action).ToList();
        Assert.Equal(["version.submit", "version.return", "version.submit", "version.approve", "version.submit"], moves);
        Assert.Equal(Funder, audit.Single(r => r.Action == "version.approve" && r.Outcome == "done").UserName);
        await manager.Context.CloseAsync();
        await funder.Context.CloseAsync();
    }

    [Fact]
    public async Task The_facts_form_cannot_claim_an_approval()
    {
        var email = "editor-facts@approval.invalid";
        var id = await TestPeople.AddUserAsync(browser.App.App, email);
        await TestPeople.AddMemberAsync(browser.App.App, Project, id, ProjectRole.Editor);
        await TestPeople.WaitUntilSignInIsAskedAsync(browser.App);
        using var client = new SignedInClient(browser.App.Address);
        await client.SignInAsync(email);
        var before = await NewestAsync();
        var page = await client.GetStringAsync($"/projects/{Project}/facts?edit=1");
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = DemoPlan.Load().Project.Name,
            ["Input.ProgrammeKey"] = DemoPlan.Load().Project.Programme!.Key,
            ["Input.Status"] = "approved",
        };
        using var response = await client.PostWithTokenAsync(TestPeople.Token(page), $"/projects/{Project}/facts", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("sen antaa versioiden hyväksyntä", html);
        Assert.Equal(before, await NewestAsync());
    }

    private static async Task<string?> BadgeAsync(IPage page) => await page.Locator("p.version-status .badge").GetAttributeAsync("data-status");

    private static async Task<string?> StatusInListAsync(IPage page, int number) =>
        await page.Locator($"table.versions tbody tr:has(th:text-is('{number}')) .badge").GetAttributeAsync("data-status");

    private async Task<int> NewestAsync()
    {
        await using var db = HankevahtiDb.Create(browser.Data.Settings);
        return await db.PlanVersions.Where(v => v.ProjectId == Project).MaxAsync(v => v.Number);
    }

    private async Task<string> StatusAsync(int number)
    {
        await using var db = HankevahtiDb.Create(browser.Data.Settings);
        return await db.PlanVersions.Where(v => v.ProjectId == Project && v.Number == number).Select(v => v.Status).SingleAsync();
    }

    private async Task<string> PlanJsonAsync(int number)
    {
        await using var db = HankevahtiDb.Create(browser.Data.Settings);
        return (await db.VersionPlanAsync(Project, number))!.Version.PlanJson;
    }
}
