using System.Net;
using System.Text;
using Hankevahti.Demo;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web.People;

/// <summary>
/// The members, audit and user pages through HTTP as a browser uses them: a manager, a reader, an administrator
/// and an account without roles, on two projects, so that what belongs to one project is seen not to leak to the other.
/// </summary>
public sealed class TeamPagesTests : IAsyncLifetime
{
    private readonly TempDataFolder data = new();
    private RunningApp app = null!;
    private int own;
    private int other;
    private string managerId = "";
    private string partner = "";

    public async Task InitializeAsync()
    {
        other = await data.StoreAsync(DemoPlan.Load() with { Project = DemoPlan.Load().Project with { Name = "Toinen hanke" } });
        app = await RunningApp.StartAsync(data.Settings);
        own = await data.StoreAsync(DemoPlan.Load());
        partner = DemoPlan.Load().Organisations[1].Name;
        managerId = await Support.People.AddUserAsync(app.App, "manager@test.invalid");
        await Support.People.AddMemberAsync(app.App, own, managerId, ProjectRole.Manager);
        var otherManager = await Support.People.AddUserAsync(app.App, "other@test.invalid");
        await Support.People.AddMemberAsync(app.App, other, otherManager, ProjectRole.Manager);
        await Support.People.AddUserAsync(app.App, "new@test.invalid");
        await Support.People.AddUserAsync(app.App, "admin@test.invalid", "admin");
    }

    private async Task<SignedInClient> SignInAsync(string email)
    {
        var client = new SignedInClient(app.Address);
        using var response = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        return client;
    }

    private Task<HttpResponseMessage> MembersPostAsync(SignedInClient client, string handler, params (string, string)[] fields) =>
        client.PostAsync($"/projects/{own}/members", $"/projects/{own}/members?handler={handler}", fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));

    private async Task<List<(string UserId, string Role, string? Organisation)>> MembersAsync(int project)
    {
        await using var db = HankevahtiDb.Create(data.Settings);
        return (await db.ProjectMembers.Where(m => m.ProjectId == project).ToListAsync()).Select(m => (m.UserId, m.Role, m.Organisation)).ToList();
    }

    [Fact]
    public async Task A_member_added_as_reader_sees_the_project_and_no_longer_once_removed()
    {
        using var manager = await SignInAsync("manager@test.invalid");
        using var newcomer = await SignInAsync("new@test.invalid");
        Assert.Equal(HttpStatusCode.Forbidden, (await newcomer.GetAsync($"/projects/{own}")).StatusCode);

        using var added = await MembersPostAsync(manager, "add", ("Email", "new@test.invalid"), ("Role", "reader"), ("Organisation", ""));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("new@test.invalid", await manager.GetStringAsync($"/projects/{own}/members"));
        Assert.Equal(HttpStatusCode.OK, (await newcomer.GetAsync($"/projects/{own}")).StatusCode);
        // A reader reads; the members are the manager's business.
        Assert.Equal(HttpStatusCode.Forbidden, (await newcomer.GetAsync($"/projects/{own}/members")).StatusCode);

        var newId = (await MembersAsync(own)).Single(m => m.Role == "reader").UserId;
        using var removed = await MembersPostAsync(manager, "remove", ("UserId", newId));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await newcomer.GetAsync($"/projects/{own}")).StatusCode);

        var audit = await Support.People.AuditAsync(data.Settings);
        Assert.Contains(audit, r => r.Action == "member.add" && r.ProjectId == own && r.Item == "new@test.invalid" && r.AfterValue == "reader");
        Assert.Contains(audit, r => r.Action == "member.remove" && r.ProjectId == own && r.Item == "new@test.invalid" && r.BeforeValue == "reader");
    }

    public static TheoryData<string, (string, string)[], string> Refusals => new()
    {
        // Only accounts can be members: the administrator makes them.
        { "add", [("Email", "nobody@test.invalid"), ("Role", "reader"), ("Organisation", "")], "nobody@test.invalid" },
        // A co-implementer without an organisation could save nothing, or everything.
        { "add", [("Email", "new@test.invalid"), ("Role", "co-implementer"), ("Organisation", "")], "osatoteuttajalle organisaatio" },
        // An organisation the plan does not have would bind the member to no share at all.
        { "add", [("Email", "new@test.invalid"), ("Role", "co-implementer"), ("Organisation", "Keksitty Oy")], "Keksitty Oy" },
        // Without a manager nobody could manage the members again.
        { "remove", [("UserId", "MANAGER")], "ainoaa projektipäällikköä" },
        { "change", [("UserId", "MANAGER"), ("Role", "editor"), ("Organisation", "")], "ainoaa projektipäällikköä" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_change_is_a_message_with_the_input_kept_and_stores_nothing(string handler, (string, string)[] fields, string message)
    {
        using var manager = await SignInAsync("manager@test.invalid");
        var before = await MembersAsync(own);
        var auditBefore = (await Support.People.AuditAsync(data.Settings)).Count;
        using var response = await MembersPostAsync(manager, handler, fields.Select(f => f.Item2 == "MANAGER" ? (f.Item1, managerId) : f).ToArray());
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("error-summary", html);
        Assert.Contains(message, html);
        if (fields.FirstOrDefault(f => f.Item1 == "Email") is { Item2: { } email })
        {
            Assert.Contains($"value=\"{email}\"", html);
        }
        Assert.Equal(before, await MembersAsync(own));
        Assert.Equal(auditBefore, (await Support.People.AuditAsync(data.Settings)).Count);
    }

    [Fact]
    public async Task A_co_implementer_gets_an_organisation_of_the_plan()
    {
        using var manager = await SignInAsync("manager@test.invalid");
        using var added = await MembersPostAsync(manager, "add", ("Email", "new@test.invalid"), ("Role", "co-implementer"), ("Organisation", partner));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains(await MembersAsync(own), m => m.Role == "co-implementer" && m.Organisation == partner);
    }

    [Fact]
    public async Task The_audit_page_and_csv_show_only_the_projects_rows_and_are_refused_to_a_reader()
    {
        using var manager = await SignInAsync("manager@test.invalid");
        using var added = await MembersPostAsync(manager, "add", ("Email", "new@test.invalid"), ("Role", "reader"), ("Organisation", ""));
        using var otherManager = await SignInAsync("other@test.invalid");
        using var otherAdded = await otherManager.PostAsync($"/projects/{other}/members", $"/projects/{other}/members?handler=add",
            [new("Email", "admin@test.invalid"), new("Role", "=cmd|' /C calc'!A0"), new("Organisation", "")]);

        var page = await manager.GetStringAsync($"/projects/{own}/audit");
        Assert.Contains("member.add", page);
        Assert.Contains("new@test.invalid", page);
        Assert.DoesNotContain("admin@test.invalid", page);

        using var csv = await manager.GetAsync($"/projects/{own}/audit.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,at,", lines[0]);
        var rows = (await Support.People.AuditAsync(data.Settings)).Where(r => r.ProjectId == own).ToList();
        Assert.Equal(rows.Count, lines.Length - 1);
        Assert.Contains(lines, l => l.Contains("member.add", StringComparison.Ordinal) && l.Contains("new@test.invalid", StringComparison.Ordinal));

        using var reader = await SignInAsync("new@test.invalid");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync($"/projects/{own}/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync($"/projects/{own}/audit.csv")).StatusCode);
        // Another project's manager is not this one's.
        Assert.Equal(HttpStatusCode.Forbidden, (await otherManager.GetAsync($"/projects/{own}/audit.csv")).StatusCode);
    }

    [Fact]
    public async Task The_admin_page_is_refused_to_others_and_a_disabled_account_cannot_sign_in()
    {
        using var manager = await SignInAsync("manager@test.invalid");
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/admin/users")).StatusCode);
        using var admin = await SignInAsync("admin@test.invalid");
        var list = await admin.GetStringAsync("/admin/users");
        Assert.Contains("manager@test.invalid", list);
        // The administrator sees accounts, not plans.
        Assert.DoesNotContain(DemoPlan.Load().Project.Name, WebUtility.HtmlDecode(list));

        string newId;
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            newId = await db.Users.Where(u => u.Email == "new@test.invalid").Select(u => u.Id).SingleAsync();
        }
        await Support.People.AddMemberAsync(app.App, own, newId, ProjectRole.Reader);
        using var signedInBefore = await SignInAsync("new@test.invalid");
        Assert.Equal(HttpStatusCode.OK, (await signedInBefore.GetAsync("/projects/" + own)).StatusCode);
        using var disabled = await admin.PostAsync("/admin/users", "/admin/users?handler=disable", [new("UserId", newId)]);
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);

        using var again = new SignedInClient(app.Address);
        using var refused = await again.SignInAsync("new@test.invalid");
        Assert.NotEqual("/", refused.Headers.Location?.OriginalString);
        // The session opened before is gone too: the account holds nothing any more.
        Assert.NotEqual(HttpStatusCode.OK, (await signedInBefore.GetAsync("/projects/" + own)).StatusCode);
        Assert.Contains(await Support.People.AuditAsync(data.Settings), r => r.Action == "user.disable" && r.Item == "new@test.invalid");
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        data.Dispose();
    }
}
