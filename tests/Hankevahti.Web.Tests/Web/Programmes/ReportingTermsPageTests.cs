using System.Net;
using Hankevahti.Demo;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web.Programmes;

/// <summary>
/// The programme's reporting deadlines page (/programmes/{key}/reporting): its funder official sets a period's due date
/// and the project's reports page shows the unreported period overdue, the change audited; a funder official of another
/// programme is refused, reading and saving; a typed date that is not MM-DD is refused with a message by its field.
/// </summary>
public sealed class ReportingTermsPageTests : IAsyncLifetime
{
    private const string Funder = "rahoittaja@ohjelma.invalid";
    private const string OtherFunder = "toinen@ohjelma.invalid";
    private const string Page = "/programmes/rakenneuudistus/reporting";
    private readonly TempDataFolder data = new();
    private RunningApp app = null!;
    private int project;
    // The project starts two years before this one: its first calendar year has ended whatever day the test runs.
    private readonly int firstYear = DateTime.Now.Year - 2;

    public async Task InitializeAsync()
    {
        var demo = DemoPlan.Load();
        project = await data.StoreAsync(demo with
        {
            Project = demo.Project with { Period = new Hankevahti.Plans.DateRange { Start = new DateOnly(firstYear, 1, 1), End = new DateOnly(firstYear + 3, 12, 31) } },
        });
        app = await RunningApp.StartAsync(data.Settings);
        await Support.People.AddUserAsync(app.App, Funder, "funder:rakenneuudistus");
        await Support.People.AddUserAsync(app.App, OtherFunder, "funder:hyvan-tyon-ohjelma");
        await Support.People.WaitUntilSignInIsAskedAsync(app);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        data.Dispose();
    }

    private async Task<SignedInClient> SignInAsync(string email)
    {
        var client = new SignedInClient(app.Address);
        using var signedIn = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    private async Task<string?> StatusOnReportsPageAsync(SignedInClient client, string period)
    {
        var html = await client.GetStringAsync($"/projects/{project}/reports");
        var row = System.Text.RegularExpressions.Regex.Match(html, $"<tr data-period=\"{period}\">(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(row.Success, $"no row of period {period}");
        return System.Text.RegularExpressions.Regex.Match(row.Groups[1].Value, "data-status=\"([a-z]+)\"").Groups[1].Value;
    }

    [Fact]
    public async Task A_due_date_set_by_the_funder_makes_the_unreported_period_overdue_and_is_audited()
    {
        using var client = await SignInAsync(Funder);
        var period = firstYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // No shipped profile sets a due date: the ended year is open, not overdue.
        Assert.Equal("open", await StatusOnReportsPageAsync(client, period));
        Assert.Contains("data-applies=\"shipped\"", await client.GetStringAsync(Page));

        using var saved = await client.PostAsync(Page, Page, [new("stamp", ""), new("due-1", "01-31"), new("days-1", "")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(Page, saved.Headers.Location!.OriginalString);
        var shown = await client.GetStringAsync(Page);
        Assert.Contains("data-applies=\"set\"", shown);
        Assert.Contains(Funder, shown);
        Assert.Equal("overdue", await StatusOnReportsPageAsync(client, period));
        var audit = (await Support.People.AuditAsync(data.Settings)).Single(a => a.Action == ReportingTerms.AuditAction);
        Assert.Equal((Funder, "rakenneuudistus", "01-01–12-31 due 01-31"), (audit.UserName, audit.Item, audit.AfterValue));
    }

    [Fact]
    public async Task A_funder_official_of_another_programme_is_refused_reading_and_saving()
    {
        using var client = await SignInAsync(OtherFunder);
        using var read = await client.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        // Their own programme's page is theirs: the token is taken from it, so the refusal is the policy's, not antiforgery's.
        var token = Support.People.Token(await client.GetStringAsync("/programmes/hyvan-tyon-ohjelma/reporting"));
        using var save = await client.PostWithTokenAsync(token, Page, [new("stamp", ""), new("due-1", "01-31")]);

        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
        await using var db = HankevahtiDb.Create(data.Settings);
        Assert.Equal(0, await db.ReportingTerms.CountAsync());
        Assert.Contains(await db.AuditLog.AsNoTracking().Where(a => a.Action == "request.refused").Select(a => a.Item).ToListAsync(), i => i == "POST " + Page);
    }

    [Fact]
    public async Task A_due_date_not_written_month_day_is_refused_by_its_field_and_nothing_is_stored()
    {
        using var client = await SignInAsync(Funder);
        using var refused = await client.PostAsync(Page, Page, [new("stamp", ""), new("due-1", "31.1."), new("days-1", "")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("KK-PP", html);
        Assert.Contains("value=\"31.1.\"", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        await using var db = HankevahtiDb.Create(data.Settings);
        Assert.Equal(0, await db.ReportingTerms.CountAsync());
    }

    [Fact]
    public async Task A_programme_no_profile_knows_is_not_found()
    {
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            // An administrator may open any programme's page: the answer is about the programme, not the person.
            db.GlobalRoles.Add(new Hankevahti.Storage.People.GlobalRoleRow { UserId = db.Users.Single(u => u.Email == Funder).Id, Role = "admin", AddedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }
        using var client = await SignInAsync(Funder);
        using var response = await client.GetAsync("/programmes/no-such-programme/reporting");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
