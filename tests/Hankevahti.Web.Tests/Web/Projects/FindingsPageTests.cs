using System.Net;
using System.Text.RegularExpressions;
using Hankevahti.Checks;
using Hankevahti.Json;
using Hankevahti.Plans;
using Hankevahti.Web.Plans;
using Hankevahti.Web.Tests.Support;
using CliApp = Hankevahti.Cli.Cli;

namespace Hankevahti.Web.Tests.Web.Projects;

/// <summary>A real plan imported as the CLI imports it: many findings, in many parts of the plan.</summary>
public sealed class ImportedSeedFixture : IAsyncLifetime
{
    public const string Seed = "001_6d6c3ec0957ecc99.txt";

    private readonly TempDataFolder data = new();

    public RunningApp App { get; private set; } = null!;
    public int ProjectId { get; private set; }
    public Plan Plan { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["import", Path.Combine(SeedFiles.Folder, Seed), "--save", "--data", data.Path], stdout, stderr));
        ProjectId = int.Parse(Regex.Match(stderr.ToString(), @"stored as project (\d+)").Groups[1].Value);
        App = await RunningApp.StartAsync(data.Settings);
        var (_, json) = await App.GetAsync($"/api/projects/{ProjectId}/plan");
        Plan = PlanJson.Deserialize(json).Plan!;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        data.Dispose();
    }
}

/// <summary>The findings page: every finding, grouped by part in the parts' order, each linking to its place.</summary>
public sealed class FindingsPageTests(ImportedSeedFixture fixture) : IClassFixture<ImportedSeedFixture>
{
    private CheckReport Report => PlanChecker.Check(fixture.Plan);

    private static IReadOnlyList<string> GroupKeys(string html) =>
        Regex.Matches(html, "<section class=\"findings-part\" id=\"osa-([a-z]+)\"").Select(m => m.Groups[1].Value).ToList();

    private static IReadOnlyList<string> Codes(string html) =>
        Regex.Matches(html, "<li class=\"finding [a-z]+\" data-code=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public async Task Every_finding_is_shown_once_under_its_part_in_the_parts_order()
    {
        var id = fixture.ProjectId;
        var (status, html) = await fixture.App.GetPageAsync($"/projects/{id}/findings");
        var report = Report;

        Assert.Equal(HttpStatusCode.OK, status);
        var expectedParts = PlanParts.All.Select(p => p.Key).Where(k => report.Findings.Any(f => PlanParts.PartOf(f) == k)).ToList();
        // A real plan has findings in more than one part, or the grouping would go untested.
        Assert.True(expectedParts.Count > 1, $"only {expectedParts.Count} part(s) with findings");
        Assert.Equal(expectedParts, GroupKeys(html));
        Assert.Equal(report.Findings.Select(f => f.Code).Order(StringComparer.Ordinal), Codes(html).Order(StringComparer.Ordinal));
        Assert.Contains($"Havaintoja: {report.Findings.Count} (kaikkiaan {report.Findings.Count})", html);
        Assert.Contains($"<a href=\"/projects/{id}/findings\" aria-current=\"page\">Havainnot</a>", html);

        foreach (var key in expectedParts)
        {
            var section = Regex.Match(html, $"<section class=\"findings-part\" id=\"osa-{key}\".*?</section>", RegexOptions.Singleline).Value;
            var findings = report.Findings.Where(f => PlanParts.PartOf(f) == key).ToList();
            Assert.Contains($"<a href=\"{PlanParts.ByKey(key).Url(id)}\">", section);
            Assert.Contains($"<span class=\"muted\">({findings.Count})</span>", section);
            // Each finding links to its part's page at its item.
            Assert.All(findings, f => Assert.Contains($"href=\"{PlanParts.Link(id, f)}\"", section));
            Assert.Equal(findings.Count, Regex.Matches(section, "<li class=\"finding ").Count);
        }
    }

    [Fact]
    public async Task The_counts_by_severity_are_the_reports()
    {
        var (_, html) = await fixture.App.GetPageAsync($"/projects/{fixture.ProjectId}/findings");
        var report = Report;

        Assert.Contains($"<li class=\"error\"><span class=\"count\">{report.Errors}</span> Virheet</li>", html);
        Assert.Contains($"<li class=\"warning\"><span class=\"count\">{report.Warnings}</span> Varoitukset</li>", html);
        Assert.Contains($"<li class=\"info\"><span class=\"count\">{report.Infos}</span> Huomiot</li>", html);
    }

    public static TheoryData<string, FindingSeverity> Severities => new()
    {
        // Errors only.
        { "error", FindingSeverity.Error },
        // Warnings only.
        { "warning", FindingSeverity.Warning },
        // Notes only.
        { "info", FindingSeverity.Info },
    };

    [Theory]
    [MemberData(nameof(Severities))]
    public async Task The_severity_filter_shows_only_that_severity_and_keeps_the_choice(string name, FindingSeverity severity)
    {
        var (_, html) = await fixture.App.GetPageAsync($"/projects/{fixture.ProjectId}/findings?severity={name}");
        var report = Report;
        var expected = report.Findings.Where(f => f.Severity == severity).ToList();

        Assert.Equal(expected.Select(f => f.Code).Order(StringComparer.Ordinal), Codes(html).Order(StringComparer.Ordinal));
        Assert.All(Regex.Matches(html, "<li class=\"finding ([a-z]+)\"").Select(m => m.Groups[1].Value), css => Assert.Equal(name, css));
        Assert.Contains($"<option value=\"{name}\" selected=\"selected\">", html);
        Assert.Contains($"Havaintoja: {expected.Count} (kaikkiaan {report.Findings.Count})", html);
        Assert.Equal(PlanParts.All.Select(p => p.Key).Where(k => expected.Any(f => PlanParts.PartOf(f) == k)), GroupKeys(html));
        if (expected.Count == 0)
        {
            Assert.Contains("Ei havaintoja.", html);
        }
    }

    // An edited address with a severity that does not exist shows everything rather than nothing.
    [Fact]
    public async Task An_unknown_severity_shows_every_finding()
    {
        var (_, html) = await fixture.App.GetPageAsync($"/projects/{fixture.ProjectId}/findings?severity=fatal");

        Assert.Equal(Report.Findings.Count, Codes(html).Count);
    }

    [Fact]
    public async Task Swedish_readers_are_told_the_findings_are_in_Finnish()
    {
        var (_, html) = await fixture.App.GetPageAsync($"/projects/{fixture.ProjectId}/findings?lang=sv");

        Assert.Contains("<h1>Iakttagelser</h1>", html);
        Assert.Contains("Iakttagelsernas texter är på finska.", html);
    }

    [Fact]
    public async Task The_overview_of_the_imported_plan_has_the_same_counts()
    {
        var id = fixture.ProjectId;
        var (status, html) = await fixture.App.GetPageAsync($"/projects/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<a href=\"/projects/{id}/findings?severity=warning\"><span class=\"count\">{Report.Warnings}</span>", html);
    }
}
