using System.Net;
using Hankevahti.Demo;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web.Following;

/// <summary>
/// Who may do what with values, with accounts: a co-implementer records its own organisation's value and is
/// refused (403, audited, nothing stored) for another's; only a funder official of the programme approves.
/// </summary>
public sealed class ValuesAccessTests : IAsyncLifetime
{
    private readonly TempDataFolder data = new();
    private RunningApp app = null!;
    private SignedInClient co = null!;
    private SignedInClient funder = null!;
    private const int Project = 1;
    private static readonly string Partner = DemoPlan.Load().Organisations[1].Name;
    private static readonly string Lead = DemoPlan.Load().Organisations[0].Name;

    public async Task InitializeAsync()
    {
        app = await RunningApp.StartAsync(data.Settings);
        var coId = await Support.People.AddUserAsync(app.App, "osatoteuttaja@test.invalid");
        await Support.People.AddMemberAsync(app.App, Project, coId, ProjectRole.CoImplementer, Partner);
        await Support.People.AddUserAsync(app.App, "rahoittaja@test.invalid", "funder:" + DemoPlan.Load().Project.Programme!.Key);
        co = new SignedInClient(app.Address);
        funder = new SignedInClient(app.Address);
        using (await co.SignInAsync("osatoteuttaja@test.invalid")) { }
        using (await funder.SignInAsync("rahoittaja@test.invalid")) { }
    }

    public async Task DisposeAsync()
    {
        co.Dispose();
        funder.Dispose();
        await app.DisposeAsync();
        data.Dispose();
    }

    private async Task<IReadOnlyList<StoredValue>> StoredAsync()
    {
        await using var db = HankevahtiDb.Create(data.Settings);
        return await IndicatorValues.ListAsync(db, Project);
    }

    [Fact]
    public async Task A_co_implementer_records_its_own_organisations_value_and_is_refused_anothers()
    {
        using (var refused = await ValuesForm.SaveAsync(co, Project, ValuesForm.Fields("i4", "2026", "12", Lead)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains(Partner, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        }
        // The project as a whole is not its own organisation either.
        using (var whole = await ValuesForm.SaveAsync(co, Project, ValuesForm.Fields("i4", "2026", "12", "")))
        {
            Assert.Equal(HttpStatusCode.Forbidden, whole.StatusCode);
        }
        Assert.Empty(await StoredAsync());
        var refusal = (await Support.People.AuditAsync(data.Settings)).Last(a => a.Action == "value.save");
        Assert.Equal(("refused", "osatoteuttaja@test.invalid", (int?)Project), (refusal.Outcome, refusal.UserName, refusal.ProjectId));

        using (var own = await ValuesForm.SaveAsync(co, Project, ValuesForm.Fields("i4", "2026", "12", Partner)))
        {
            Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        }
        var value = Assert.Single(await StoredAsync());
        Assert.Equal(Partner, value.Value.Organisation);

        // The co-implementer submits its value but cannot approve it; the funder official can.
        using (var submitted = await ValuesForm.MoveAsync(co, Project, "Submit", value.Id, value.Revision)) { Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode); }
        value = Assert.Single(await StoredAsync());
        using (var notTheirs = await ValuesForm.MoveAsync(co, Project, "Approve", value.Id, value.Revision)) { Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode); }
        using (var approved = await ValuesForm.MoveAsync(funder, Project, "Approve", value.Id, value.Revision)) { Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode); }
        Assert.Equal(VersionStatus.Approved, Assert.Single(await StoredAsync()).Value.Status);
    }

    [Fact]
    public async Task A_funder_official_cannot_record_a_value()
    {
        using var response = await ValuesForm.SaveAsync(funder, Project, ValuesForm.Fields("i4", "2026", "12"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await StoredAsync());
    }
}
