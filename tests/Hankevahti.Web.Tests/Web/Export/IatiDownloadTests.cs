using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Hankevahti.Demo;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Web.Tests.Cli;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web.Export;

/// <summary>
/// The IATI downloads through HTTP: the demo project (programme rakenneuudistus, with 300 ledger rows and approved
/// and unapproved values inserted at test time) and a second project of another programme. First in local-owner
/// mode, then with a funder official who may see only the second programme.
/// </summary>
public sealed class IatiDownloadTests : IAsyncLifetime
{
    private readonly TempDataFolder data = new();
    private RunningApp app = null!;
    private int demo;
    private int other;

    public async Task InitializeAsync()
    {
        app = await RunningApp.StartAsync(data.Settings, "--Iati:ReportingOrgReference=FI-PRO-1234567-8", "--Iati:ReportingOrgName=Testiministeriö");
        demo = 1;
        var plan = DemoPlan.Load();
        other = await data.StoreAsync(plan with { Project = plan.Project with { Name = "Toinen hanke", Programme = plan.Project.Programme! with { Key = "hyvan-tyon-ohjelma" } } });
        await using var db = HankevahtiDb.Create(data.Settings);
        db.ActualCosts.AddRange(CliReportFixture.LedgerRows(demo, plan, 300));
        var stored = (await db.LatestPlanAsync(demo))!.Plan!;
        foreach (var (indicator, i) in stored.Indicators.Select((x, i) => (x, i)))
        {
            db.IndicatorValues.Add(new() { ProjectId = demo, IndicatorId = indicator.Id, PeriodCode = "2026", NumberValue = 10 + i, Status = "approved", UpdatedAt = DateTimeOffset.UtcNow });
            db.IndicatorValues.Add(new() { ProjectId = demo, IndicatorId = indicator.Id, PeriodCode = "2027", NumberValue = 999, Status = "submitted", UpdatedAt = DateTimeOffset.UtcNow });
        }
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        data.Dispose();
    }

    private static XDocument Read(byte[] bytes) => XDocument.Load(new MemoryStream(bytes));

    // The acceptance item: the download validates, its transactions are the SQL sum of the ledger rows to the cent,
    // and only the approved values are actuals.
    [Fact]
    public async Task A_projects_download_is_valid_IATI_with_the_ledgers_sum_and_the_approved_values()
    {
        using var http = new HttpClient { BaseAddress = app.Address };

        using var response = await http.GetAsync($"/projects/{demo}/export/iati");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal($"hanke-{demo}-iati.xml", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var problems = IatiValidation.Problems(bytes);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));

        var activity = Assert.Single(Read(bytes).Root!.Elements("iati-activity"));
        Assert.Equal($"FI-PRO-1234567-8-{demo}", (string?)activity.Element("iati-identifier"));
        Assert.Equal("Testiministeriö", activity.Element("reporting-org")!.Value);
        await using var db = HankevahtiDb.Create(data.Settings);
        var sql = await db.ActualCosts.Where(c => c.ProjectId == demo).SumAsync(c => c.Amount);
        var exported = activity.Elements("transaction").Sum(t => decimal.Parse(t.Element("value")!.Value, CultureInfo.InvariantCulture));
        Assert.Equal(sql, exported);
        var approved = await db.IndicatorValues.CountAsync(v => v.ProjectId == demo && v.Status == "approved");
        Assert.Equal(approved, activity.Descendants("actual").Count());
        Assert.DoesNotContain(activity.Descendants("actual"), a => (string?)a.Attribute("value") == "999");
    }

    /// <summary>Each row: a programme as the address names it, and the projects its file holds (none: 404).</summary>
    [Theory]
    [InlineData("rakenneuudistus", new[] { 1 })]          // the demo's programme by its key
    [InlineData("sote-rakenneuudistus", new[] { 1 })]     // the same programme by an alias
    [InlineData("hyvan-tyon-ohjelma", new[] { 2 })]       // the other project's programme
    [InlineData("rrf", new int[0])]                      // a known programme without projects here
    [InlineData("ei-ohjelmaa", new int[0])]              // no such programme
    public async Task A_programmes_download_holds_exactly_its_projects(string key, int[] projects)
    {
        using var http = new HttpClient { BaseAddress = app.Address };

        using var response = await http.GetAsync($"/programmes/{key}/export/iati");

        if (projects.Length == 0)
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            return;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Empty(IatiValidation.Problems(bytes));
        Assert.Equal(projects.Select(p => $"FI-PRO-1234567-8-{p}"), Read(bytes).Root!.Elements("iati-activity").Select(a => (string)a.Element("iati-identifier")!));
    }

    // A funder official of one programme gets that programme's projects only, and the other's as if it had none.
    [Fact]
    public async Task A_funder_official_downloads_only_the_programmes_assigned_to_them()
    {
        await Support.People.AddUserAsync(app.App, "funder@test.invalid", "funder:hyvan-tyon-ohjelma");
        using var funder = new SignedInClient(app.Address);
        using var signIn = await funder.SignInAsync("funder@test.invalid");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        using var own = await funder.GetAsync("/programmes/hyvan-tyon-ohjelma/export/iati");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var activity = Assert.Single(Read(await own.Content.ReadAsByteArrayAsync()).Root!.Elements("iati-activity"));
        Assert.Equal($"FI-PRO-1234567-8-{other}", (string?)activity.Element("iati-identifier"));

        Assert.Equal(HttpStatusCode.NotFound, (await funder.GetAsync("/programmes/rakenneuudistus/export/iati")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await funder.GetAsync($"/projects/{demo}/export/iati")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await funder.GetAsync($"/projects/{other}/export/iati")).StatusCode);
    }
}
