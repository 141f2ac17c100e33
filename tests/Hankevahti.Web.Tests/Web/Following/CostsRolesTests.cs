using System.Net;
using Hankevahti.Demo;
using Hankevahti.People;
using Hankevahti.Plans;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web.Following;

/// <summary>
/// Who may do what on the costs page: a co-implementer records its own organisation's month and is refused (403,
/// audited) another's and the project-wide forecast; a funder official of the programme decides a transfer, an editor
/// may not.
/// </summary>
public sealed class CostsRolesTests : IAsyncLifetime
{
    private readonly TempDataFolder data = new();
    private RunningApp app = null!;
    private const string Page = "/projects/1/costs";
    private static readonly Plan Demo = DemoPlan.Load();
    private static readonly string Lead = Demo.Organisations[0].Name;
    private static readonly string Partner = Demo.Organisations[1].Name;

    public async Task InitializeAsync()
    {
        app = await RunningApp.StartAsync(data.Settings);
        var co = await Support.People.AddUserAsync(app.App, "osatoteuttaja@test.invalid");
        await Support.People.AddMemberAsync(app.App, 1, co, ProjectRole.CoImplementer, Partner);
        var editor = await Support.People.AddUserAsync(app.App, "muokkaaja@test.invalid");
        await Support.People.AddMemberAsync(app.App, 1, editor, ProjectRole.Editor);
        await Support.People.AddUserAsync(app.App, "rahoittaja@test.invalid", "funder:" + Demo.Project.Programme!.Key);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        data.Dispose();
    }

    private async Task<SignedInClient> AsAsync(string email)
    {
        var client = new SignedInClient(app.Address);
        using var signedIn = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    private static KeyValuePair<string, string>[] Month(string organisation) =>
        [new("entryOrganisation", organisation), new("month", "2026-05"), new("Entry[0].Part", "1.1"), new("Entry[0].Category", "personnelHired"), new("Entry[0].Amount", "100")];

    [Fact]
    public async Task A_co_implementer_records_its_own_month_and_is_refused_anothers_and_the_forecast()
    {
        using var co = await AsAsync("osatoteuttaja@test.invalid");

        using (var own = await co.PostAsync(Page, Page + "?handler=entry", Month(Partner)))
        {
            Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        }
        using (var other = await co.PostAsync(Page, Page + "?handler=entry", Month(Lead)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
            Assert.Contains(Partner, WebUtility.HtmlDecode(await other.Content.ReadAsStringAsync()));
        }
        using (var forecast = await co.PostAsync(Page, Page + "?handler=forecast",
            [new("Forecast[0].Part", "1.1"), new("Forecast[0].Category", "personnelHired"), new("Forecast[0].Amount", "5")]))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forecast.StatusCode);
        }
        var audit = await Support.People.AuditAsync(data.Settings);
        Assert.Contains(audit, a => (a.Action, a.Outcome, a.UserName) == ("cost.entry", "done", "osatoteuttaja@test.invalid"));
        Assert.Contains(audit, a => (a.Action, a.Outcome, a.UserName) == ("cost.entry", "refused", "osatoteuttaja@test.invalid"));
        // The forecast is the whole project's: refused by its policy (follow.edit) before any saving is tried.
        Assert.Contains(audit, a => (a.Action, a.AfterValue, a.UserName) == ("request.refused", "follow.edit", "osatoteuttaja@test.invalid"));
    }

    [Fact]
    public async Task A_funder_official_decides_a_transfer_and_an_editor_may_not()
    {
        using var editor = await AsAsync("muokkaaja@test.invalid");
        using (var recorded = await editor.PostAsync(Page, Page + "?handler=transfer",
            [new("Transfer.FromPart", "1.1"), new("Transfer.ToPart", "2.1"), new("Transfer.Amount", "500"), new("Transfer.Reason", "Tarve muuttui")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        }
        using (var refused = await editor.PostAsync(Page, Page + "?handler=decide", [new("Decision.TransferId", "1"), new("Decision.Decision", "approve")]))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var funder = await AsAsync("rahoittaja@test.invalid");
        Assert.Contains("Decision.Decision", await funder.GetStringAsync(Page));
        using (var returned = await funder.PostAsync(Page, Page + "?handler=decide",
            [new("Decision.TransferId", "1"), new("Decision.Decision", "return"), new("Decision.Reason", "Perustele tarkemmin")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }
        var page = WebUtility.HtmlDecode(await editor.GetStringAsync(Page));
        Assert.Contains("data-status=\"returned\"", page);
        Assert.Contains("Perustele tarkemmin", page);
        Assert.Contains(await Support.People.AuditAsync(data.Settings), a => (a.Action, a.UserName) == ("transfer.return", "rahoittaja@test.invalid"));
    }
}
