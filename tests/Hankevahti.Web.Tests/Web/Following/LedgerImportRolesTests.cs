using System.Net;
using Hankevahti.Demo;
using Hankevahti.People;
using Hankevahti.Plans;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web.Following;

/// <summary>
/// A co-implementer imports and maps only its own organisation's ledger: the page offers only its own, and a post
/// naming another organisation is refused 403 and audited, before any file is read.
/// </summary>
public sealed class LedgerImportRolesTests : IAsyncLifetime
{
    private readonly TempDataFolder data = new();
    private RunningApp app = null!;
    private const string Page = "/projects/1/costs/import";
    private static readonly Plan Demo = DemoPlan.Load();
    private static readonly string Lead = Demo.Organisations[0].Name;
    private static readonly string Partner = Demo.Organisations[1].Name;

    public async Task InitializeAsync()
    {
        app = await RunningApp.StartAsync(data.Settings);
        var co = await Support.People.AddUserAsync(app.App, "osatoteuttaja@test.invalid");
        await Support.People.AddMemberAsync(app.App, 1, co, ProjectRole.CoImplementer, Partner);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        data.Dispose();
    }

    [Fact]
    public async Task A_co_implementer_maps_its_own_organisations_cost_centres_and_is_refused_anothers()
    {
        using var co = new SignedInClient(app.Address);
        using (var signedIn = await co.SignInAsync("osatoteuttaja@test.invalid"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }
        var page = WebUtility.HtmlDecode(await co.GetStringAsync(Page));
        Assert.Contains($"<option value=\"{Partner}\"", page);
        Assert.DoesNotContain($"<option value=\"{Lead}\"", page);

        var part = LedgerFiles.PartCodes(Demo)[0];
        using (var own = await co.PostAsync(Page, Page + "?handler=Map", [new("Organisation", Partner), new("CostCentre", "KP1"), new("PartCode", part)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        }
        using (var other = await co.PostAsync(Page, Page + "?handler=Map", [new("Organisation", Lead), new("CostCentre", "KP1"), new("PartCode", part)]))
        {
            Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
            Assert.Contains(Partner, WebUtility.HtmlDecode(await other.Content.ReadAsStringAsync()));
        }
        using (var upload = await co.PostAsync(Page, Page, [new("Organisation", Lead)]))
        {
            Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        }
        var audit = await Support.People.AuditAsync(data.Settings);
        Assert.Contains(audit, a => (a.Action, a.Outcome, a.UserName) == ("costs.mapping", "done", "osatoteuttaja@test.invalid"));
        Assert.Equal(2, audit.Count(a => (a.Action, a.Outcome, a.UserName) == ("request.refused", "refused", "osatoteuttaja@test.invalid")));
    }
}
