using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hankevahti.Demo;
using Hankevahti.Json;
using Hankevahti.People;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Hankevahti.Web.Security;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hankevahti.Web.Tests.Web.People;

/// <summary>
/// A co-implementer answers for its own organisation's share of the plan: its budget lines and its actions.
/// Its change to them is saved, by form and by API; a change to another organisation's line or action is
/// refused (403), nothing is saved, and the attempt is in the audit trail.
/// </summary>
public sealed class CoImplementerShareTests : IAsyncLifetime
{
    private readonly TempDataFolder data = new();
    private RunningApp app = null!;
    private SignedInClient browser = null!;
    private const int Project = 1;
    private static readonly Plan Demo = DemoPlan.Load();
    // The demo's second organisation (the first is the lead applicant) is the co-implementer here.
    private static readonly string Partner = Demo.Organisations[1].Name;
    private static readonly string Lead = Demo.Organisations[0].Name;
    private string coToken = "";
    private string editorToken = "";

    public async Task InitializeAsync()
    {
        app = await RunningApp.StartAsync(data.Settings);
        var co = await Support.People.AddUserAsync(app.App, "osatoteuttaja@test.invalid");
        await Support.People.AddMemberAsync(app.App, Project, co, ProjectRole.CoImplementer, Partner);
        var editor = await Support.People.AddUserAsync(app.App, "muokkaaja@test.invalid");
        await Support.People.AddMemberAsync(app.App, Project, editor, ProjectRole.Editor);
        coToken = await TokenAsync(co);
        editorToken = await TokenAsync(editor);
        browser = new SignedInClient(app.Address);
        using var signedIn = await browser.SignInAsync("osatoteuttaja@test.invalid");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    private Task<string> TokenAsync(string userId) => Support.People.ApiTokenAsync(app.App, userId);

    [Fact]
    public async Task Its_own_action_is_saved_by_form_and_another_organisations_is_refused_and_logged()
    {
        var own = ActionOf(Partner);
        var others = ActionOf(Lead);

        using (var saved = await PostActionAsync(own.Path, own.Action, "Oma toimenpide, uusi nimi"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        Assert.Equal("Oma toimenpide, uusi nimi", FindAction(await LatestAsync(), own.Path).Title);
        var versions = await VersionsAsync();

        using (var refused = await PostActionAsync(others.Path, others.Action, "Toisen organisaation toimenpide"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains(Partner, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        }
        Assert.Equal(versions, await VersionsAsync());
        Assert.Equal(others.Action.Title, FindAction(await LatestAsync(), others.Path).Title);
        var refusal = (await Support.People.AuditAsync(data.Settings)).Last();
        Assert.Equal(("plan.edit", "refused", "osatoteuttaja@test.invalid"), (refusal.Action, refusal.Outcome, refusal.UserName));
        Assert.Equal(Project, refusal.ProjectId);
    }

    // Why each case: its own line is its to change; a line of the lead applicant is not; the funding shares
    // are the whole project's; and an editor may change any line (the same request, another role).
    [Theory]
    [InlineData("own line", false, HttpStatusCode.OK)]
    [InlineData("lead's line", false, HttpStatusCode.Forbidden)]
    [InlineData("funding share", false, HttpStatusCode.Forbidden)]
    [InlineData("lead's line", true, HttpStatusCode.OK)]
    public async Task A_plan_put_through_the_API_is_held_to_the_same_share(string change, bool asEditor, HttpStatusCode expected)
    {
        using var http = new HttpClient { BaseAddress = app.Address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", asEditor ? editorToken : coToken);
        using var current = await http.GetAsync($"/api/projects/{Project}/plan");
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        var etag = current.Headers.ETag!.Tag;
        var plan = PlanJson.Deserialize(await current.Content.ReadAsStringAsync()).Plan!;
        var changed = change switch
        {
            "own line" => WithLine(plan, Partner),
            "lead's line" => WithLine(plan, Lead),
            _ => plan with { Budget = plan.Budget with { Funding = plan.Budget.Funding with { OwnFundingShare = 0.5m } } },
        };
        var versions = await VersionsAsync();
        var audited = (await Support.People.AuditAsync(data.Settings)).Count;

        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/projects/{Project}/plan") { Content = new StringContent(PlanJson.Serialize(changed), Encoding.UTF8, "application/json") };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        using var response = await http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        var audit = await Support.People.AuditAsync(data.Settings);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal(versions + 1, await VersionsAsync());
            Assert.Equal("\"v" + (versions + 1) + "\"", response.Headers.ETag!.Tag);
            Assert.Equal("plan.edit", audit.Last().Action);
        }
        else
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(versions, await VersionsAsync());
            Assert.Equal(audited + 1, audit.Count);
            Assert.Equal(("plan.edit", "refused"), (audit.Last().Action, audit.Last().Outcome));
        }
    }

    [Fact]
    public async Task A_put_on_an_older_version_is_refused_with_412_and_a_browser_cookie_does_not_write()
    {
        using var http = new HttpClient { BaseAddress = app.Address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", editorToken);
        var json = await http.GetStringAsync($"/api/projects/{Project}/plan");
        using (var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/projects/{Project}/plan") { Content = new StringContent(json, Encoding.UTF8, "application/json") })
        {
            stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"v0\""));
            using var response = await http.SendAsync(stale);
            Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        }
        // The signed-in browser of a co-implementer: the same request with its cookie, not a token.
        using var cookie = new HttpRequestMessage(HttpMethod.Put, $"/api/projects/{Project}/plan") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        cookie.Headers.IfMatch.Add(new EntityTagHeaderValue("\"v1\""));
        using var refused = await browser.Http.SendAsync(cookie);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static Plan WithLine(Plan plan, string organisation)
    {
        var index = plan.Budget.Lines.FindIndex(l => l.Organisation == organisation);
        Assert.True(index >= 0, $"the demo has no budget line of {organisation}");
        var lines = plan.Budget.Lines.ToList();
        lines[index] = lines[index] with { Amount = lines[index].Amount + 1000m };
        return plan with { Budget = plan.Budget with { Lines = lines } };
    }

    private async Task<HttpResponseMessage> PostActionAsync(string path, WorkAction action, string title)
    {
        var page = $"/projects/{Project}/work?edit=" + Uri.EscapeDataString(path);
        var html = await browser.GetStringAsync(page);
        var baseVersion = System.Text.RegularExpressions.Regex.Match(html, "name=\"BaseVersion\" value=\"(\\d+)\"").Groups[1].Value;
        return await browser.PostWithTokenAsync(Support.People.Token(html), $"/projects/{Project}/work?handler=EditAction",
        [
            new("BaseVersion", baseVersion), new("Act.Target", path), new("Act.Code", action.Code), new("Act.Title", title),
            new("Act.Responsible", action.Responsible ?? ""), new("Act.Description", action.Description ?? ""), new("Act.Status", action.Schedule.Status.ToString()),
        ]);
    }

    /// <summary>The first action whose responsible organisation (its own, else its part's) is <paramref name="organisation"/>, and its path.</summary>
    private static (string Path, WorkAction Action) ActionOf(string organisation)
    {
        var share = OrganisationShare.Of(organisation, Demo);
        (string, WorkAction)? Walk(List<WorkPart> parts, string path, string? inherited)
        {
            for (var i = 0; i < parts.Count; i++)
            {
                var part = parts[i];
                var here = $"{path}[{i}]";
                var responsible = string.IsNullOrWhiteSpace(part.Responsible) ? inherited : part.Responsible;
                for (var a = 0; a < part.Actions.Count; a++)
                {
                    if (share.Owns(part.Actions[a], responsible))
                    {
                        return ($"{here}.actions[{a}]", part.Actions[a]);
                    }
                }
                if (Walk(part.Children, here + ".children", responsible) is { } found)
                {
                    return found;
                }
            }
            return null;
        }
        return Walk(Demo.Work, "work", null) ?? throw new InvalidOperationException($"the demo has no action of {organisation}");
    }

    private static WorkAction FindAction(Plan plan, string path)
    {
        var indexes = System.Text.RegularExpressions.Regex.Matches(path, "\\[(\\d+)\\]").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        var parts = plan.Work;
        WorkPart part = null!;
        foreach (var i in indexes.SkipLast(1))
        {
            part = parts[i];
            parts = part.Children;
        }
        return part.Actions[indexes[^1]];
    }

    private async Task<Plan> LatestAsync()
    {
        await using var db = HankevahtiDb.Create(data.Settings);
        var json = await db.PlanVersions.Where(v => v.ProjectId == Project).OrderByDescending(v => v.Number).Select(v => v.PlanJson).FirstAsync();
        return PlanJson.Deserialize(json).Plan!;
    }

    private async Task<int> VersionsAsync()
    {
        await using var db = HankevahtiDb.Create(data.Settings);
        return await db.PlanVersions.CountAsync(v => v.ProjectId == Project);
    }

    public async Task DisposeAsync()
    {
        browser.Dispose();
        await app.DisposeAsync();
        data.Dispose();
    }
}
