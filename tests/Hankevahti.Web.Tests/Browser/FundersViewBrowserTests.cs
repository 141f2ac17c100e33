using Hankevahti.Checks.Profiles;
using Hankevahti.Following;
using Hankevahti.Following.Actions;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Web.Tests.Browser.Support;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Hankevahti.Web.Tests.Browser;

/// <summary>
/// Issue 17's acceptance in a browser, on a generated portfolio of 50 projects (<see cref="GeneratedPortfolioFixture"/>):
/// every figure of the programme and region pages is the sum of the drill-down behind it, and the figures SQL can
/// count are what the test's own SQL counts in the tables; a project's late action reaches its funder's page.
/// </summary>
public sealed class FundersViewBrowserTests(GeneratedPortfolioFixture fixture) : IClassFixture<GeneratedPortfolioFixture>
{
    /// <summary>Each view: its address, and which projects SQL puts in a group (by the group's name in the address).</summary>
    public static TheoryData<string> Views => new()
    {
        // One group per programme of the catalogue: the generator writes some keys as aliases, so a programme under
        // two spellings must still be one group whose figures are both spellings' projects.
        "programmes",
        // A project is in every region its plan names, with its whole figures in each (docs/portfolio.md).
        "regions",
    };

    private static bool InGroup(string view, GeneratedPortfolio.SqlProject project, string group) => view switch
    {
        "programmes" => project.Programme == group,
        // "-": the projects of no region.
        _ => group == "-" ? project.Regions.Count == 0 : project.Regions.Contains(group, StringComparer.Ordinal),
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Each_figure_of_the_view_is_the_sum_of_its_drill_down_and_what_sql_counts(string view)
    {
        var sql = await GeneratedPortfolio.ProjectsAsync(fixture.Data.Settings);
        Assert.Equal(GeneratedPortfolioFixture.Projects, sql.Count);
        // The SQL of high risks takes the plan's score; it would be wrong once a risk is reassessed.
        Assert.Equal(0, await GeneratedPortfolio.RiskAssessmentsAsync(fixture.Data.Settings));
        // A funder official of every programme: an administrator sees only the projects they are a member of.
        var page = await fixture.SignedInPageAsync(GeneratedPortfolioFixture.AllProgrammes);
        await page.GotoAsync("/portfolio/" + view);
        var groups = await PortfolioTables.RowsAsync(page);
        var total = await PortfolioTables.TotalAsync(page);

        // Every group SQL finds is on the page, and no other.
        var expectedGroups = view == "programmes"
            ? sql.Select(p => p.Programme).Distinct().ToList()
            : sql.SelectMany(p => p.Regions.Count == 0 ? ["-"] : p.Regions).Distinct().ToList();
        Assert.Equal(expectedGroups.Order(StringComparer.Ordinal), groups.Select(g => g.Group).Order(StringComparer.Ordinal));
        Assert.True(groups.Count >= (view == "programmes" ? 3 : 10), $"{view}: only {groups.Count} groups; the test needs several");

        var checkedLinks = 0;
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            var members = sql.Where(p => InGroup(view, p, group.Group)).ToList();
            foreach (var figure in GeneratedPortfolio.SqlFigures)
            {
                Assert.True(members.Sum(p => p.Figures[figure]) == group.Figures[figure],
                    $"{view} {group.Name}, {figure}: page {group.Figures[figure]}, SQL {members.Sum(p => p.Figures[figure])}");
            }

            // The group's projects, by clicking its count as a reader would: the rows are its projects, and each figure of
            // the group is the sum of their figures.
            await page.Locator($"table.portfolio tbody tr:nth-child({i + 1}) td[data-figure=projects] a").ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/portfolio/projects");
            var rows = PortfolioTables.DrillRows(await page.ContentAsync());
            Assert.Equal(members.Select(p => p.Id).Order(), rows.Keys.Order());
            foreach (var (figure, value) in group.Figures)
            {
                Assert.True(value == rows.Values.Sum(r => r[figure]), $"{view} {group.Name}, {figure}: group {value}, its projects {rows.Values.Sum(r => r[figure])}");
            }
            await page.GoBackAsync();

            // Each figure's own drill-down (the projects whose share is not zero) adds up to it too.
            foreach (var (figure, href) in group.Links.Where(l => l.Key != "projects"))
            {
                var response = await page.Context.APIRequest.GetAsync(href);
                Assert.True(response.Ok, $"{href}: {response.Status}");
                var behind = PortfolioTables.DrillRows(await response.TextAsync());
                Assert.True(group.Figures[figure] == behind.Values.Sum(r => r[figure]), $"{href}: {group.Figures[figure]} ≠ {behind.Values.Sum(r => r[figure])}");
                Assert.All(behind.Keys, id => Assert.Contains(members, p => p.Id == id));
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > groups.Count, $"only {checkedLinks} figure links followed");

        // The total row: a programme's projects are counted once, so it is the whole portfolio SQL counts; by region a
        // project counts in each of its regions, so the total is the groups' sum.
        foreach (var figure in GeneratedPortfolio.SqlFigures)
        {
            var expected = view == "programmes" ? sql.Sum(p => p.Figures[figure]) : groups.Sum(g => g.Figures[figure]);
            Assert.True(expected == total[figure], $"{view} total {figure}: page {total[figure]}, expected {expected}");
        }
        await page.Context.CloseAsync();
    }

    /// <summary>The generated projects' late actions by the rule docs/portfolio.md states: neither done nor cancelled by the latest record, and past the scheduled end or recorded late.</summary>
    private List<(int Id, string Programme, string ActionId, string Title)> LateActions()
    {
        var today = fixture.Spec.AsOf;
        var late = new List<(int, string, string, string)>();
        foreach (var (project, index) in fixture.Generated.Select((p, i) => (p, i)))
        {
            var records = project.Progress.GroupBy(p => p.ActionId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.PeriodCode, StringComparer.Ordinal).Last().Status);
            foreach (var action in PlannedActions.Of(project.Plan))
            {
                var recorded = records.TryGetValue(action.Id, out var s) ? s : (ActionStatus?)null;
                if (recorded is not (ActionStatus.Done or ActionStatus.Cancelled) && (action.End is { } end && today > end || recorded == ActionStatus.Late))
                {
                    late.Add((index + 1, GeneratedPortfolio.CatalogueKey(project.Plan.Project.Programme?.Key), action.Id, action.Action.Title));
                }
            }
        }
        return late;
    }

    [Fact]
    public async Task A_projects_late_action_appears_on_its_funders_page_and_leads_to_the_action()
    {
        var late = LateActions();
        Assert.NotEmpty(late);
        var (id, programme, actionId, title) = late[0];
        var count = late.Count(l => l.Id == id);
        var name = fixture.Generated[id - 1].Plan.Project.Name;
        var page = await fixture.SignedInPageAsync(GeneratedPortfolioFixture.Funder(programme));

        // The funder's overview: one row per project of their programme, and only those.
        await page.GotoAsync("/portfolio");
        var rows = await PortfolioTables.RowsAsync(page);
        Assert.Equal(fixture.Generated.Select((p, i) => (p, i)).Where(x => GeneratedPortfolio.CatalogueKey(x.p.Plan.Project.Programme?.Key) == programme)
            .Select(x => x.i + 1).Order(), rows.Select(r => int.Parse(r.Name, System.Globalization.CultureInfo.InvariantCulture)).Order());
        var row = rows.Single(r => r.Name == id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(count, row.Figures["late-actions"]);

        // The total's late actions lead to the projects with late actions, this one among them, and on to the project.
        await page.Locator("table.portfolio tfoot td[data-total=late-actions] a").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).Query.Contains("figure=late-actions", StringComparison.Ordinal));
        var drill = PortfolioTables.DrillRows(await page.ContentAsync());
        Assert.Equal(count, drill[id]["late-actions"]);
        Assert.Equal(late.Select(l => l.Id).Where(i => rows.Any(r => r.Name == i.ToString(System.Globalization.CultureInfo.InvariantCulture))).Distinct().Order(), drill.Keys.Order());
        await page.Locator($"table.portfolio tr[data-project='{id}'] th a").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/projects/{id}");
        Assert.Contains(name, await page.Locator("h1").InnerTextAsync());

        // The project's progress page names the action among the late ones.
        await page.GotoAsync($"/projects/{id}/progress");
        var item = page.Locator($"ul.late-actions li[data-action='{actionId}']");
        Assert.Equal(1, await item.CountAsync());
        Assert.Contains(title, await item.InnerTextAsync());
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// The generated projects' ended periods whose status report is not in period_reports at all (SQL), by programme
    /// (catalogue key of a programme a profile knows): (project id, period code, the profile's period index, its end).
    /// </summary>
    private async Task<List<(int Id, string Programme, string Code, int Rule, DateOnly PeriodEnd)>> UnreportedEndedPeriodsAsync(DateOnly today)
    {
        await using var db = HankevahtiDb.Create(fixture.Data.Settings);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var reported = (await Hankevahti.Storage.Tests.Fixtures.TestDatabase.QueryAsync(connection, "SELECT project_id, period_code FROM period_reports WHERE kind = 'status' AND status <> 'draft'"))
            .Select(r => (Convert.ToInt32(r[0], System.Globalization.CultureInfo.InvariantCulture), ((string)r[1]!).ToUpperInvariant())).ToHashSet();
        var found = new List<(int, string, string, int, DateOnly)>();
        foreach (var (project, index) in fixture.Generated.Select((p, i) => (p, i)))
        {
            var programme = GeneratedPortfolio.CatalogueKey(project.Plan.Project.Programme?.Key);
            if (ProfileCatalog.Programme(programme) is not { } profile)
            {
                continue;
            }
            foreach (var period in ReportingCalendar.For(profile, project.Plan.Project.Period).Periods)
            {
                // Due the day after the whole period's end (the rule set below): overdue from the day after that.
                if (today > period.PeriodEnd.AddDays(1) && !reported.Contains((index + 1, period.Code.ToUpperInvariant())))
                {
                    var rule = profile.ReportingPeriods.FindIndex(r => r.From == period.PeriodStart.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture)) + 1;
                    found.Add((index + 1, programme, period.Code, rule, period.PeriodEnd));
                }
            }
        }
        return found;
    }

    // Issue 17: "the overdue report of one project appears on the funder's page". No shipped profile sets a due date, so
    // nothing is overdue until the programme's funder official sets its deadline on the programme's page; then the
    // programme's overdue figure counts the project, its drill-down lists it, and the project's reports page shows the
    // period overdue. The programme's terms are cleared at the end (finally), so the class's other tests, which compare
    // other figures, see the shipped profiles whatever order they run in.
    [Fact]
    public async Task A_deadline_set_by_the_funder_makes_an_unreported_period_overdue_on_the_funders_page()
    {
        var today = GeneratedPortfolio.Today;
        var candidates = await UnreportedEndedPeriodsAsync(today);
        Assert.NotEmpty(candidates);
        var (id, programme, code, rule, periodEnd) = candidates[0];
        var due = periodEnd.AddDays(1).ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var page = await fixture.SignedInPageAsync(GeneratedPortfolioFixture.Funder(programme));
        try
        {
            // Before: no deadline anywhere, so nothing is overdue on the funder's programmes page.
            await page.GotoAsync("/portfolio/programmes");
            var before = (await PortfolioTables.RowsAsync(page)).Single(r => r.Group == programme);
            Assert.Equal(0m, before.Figures["reports-overdue"]);

            // The funder official follows the programme's link to its reporting deadlines and sets the period's due date.
            await page.Locator($"a[href='/programmes/{programme}/reporting']").ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/programmes/{programme}/reporting");
            Assert.Equal("shipped", await page.Locator($"fieldset[data-period='{rule}'] [data-applies]").GetAttributeAsync("data-applies"));
            await page.Locator($"#due-{rule}").FillAsync(due);
            await page.Locator($"#days-{rule}").FillAsync("");
            await page.Locator("form.reporting-terms button[type=submit]").ClickAsync();
            await page.WaitForLoadStateAsync();
            Assert.Equal(1, await page.Locator("p.message[role=status]").CountAsync());
            Assert.Equal("set", await page.Locator($"fieldset[data-period='{rule}'] [data-applies]").GetAttributeAsync("data-applies"));

            // The programmes page counts the overdue report, and its drill-down lists the project.
            await page.GotoAsync("/portfolio/programmes");
            var after = (await PortfolioTables.RowsAsync(page)).Single(r => r.Group == programme);
            var expected = candidates.Count(c => c.Programme == programme && c.Rule == rule);
            Assert.True(after.Figures["reports-overdue"] >= 1, $"{programme}: overdue {after.Figures["reports-overdue"]}");
            Assert.Equal(expected, after.Figures["reports-overdue"]);
            await page.GotoAsync(after.Links["reports-overdue"]);
            var drill = PortfolioTables.DrillRows(await page.ContentAsync());
            Assert.Contains(id, drill.Keys);
            Assert.True(drill[id]["reports-overdue"] >= 1);

            // The project's reports page shows the period overdue.
            await page.Locator($"table.portfolio tr[data-project='{id}'] th a").ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/projects/{id}");
            await page.GotoAsync($"/projects/{id}/reports");
            Assert.Equal("overdue", await page.Locator($"tr[data-period='{code}'] [data-status]").First.GetAttributeAsync("data-status"));
        }
        finally
        {
            await using var db = HankevahtiDb.Create(fixture.Data.Settings);
            var profile = ProfileCatalog.Programme(programme)!;
            var cleared = await ReportingTerms.SaveAsync(db, programme, profile.ReportingPeriods.Select((_, i) => new ReportingTermInput(i + 1, null, null)).ToList());
            Assert.Equal(ReportingTermsOutcome.Saved, cleared.Outcome);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_module_taken_into_use_in_a_county_shows_in_the_matrix_after_its_adoption_is_recorded_on_the_page()
    {
        // A wellbeing services county of a generated project takes the model's module into use (the administrator records it).
        var project = fixture.Generated.First(p => p.Plan.Organisations.Any(o => o.Name.EndsWith("hyvinvointialue", StringComparison.Ordinal)));
        var county = project.Plan.Organisations.First(o => o.Name.EndsWith("hyvinvointialue", StringComparison.Ordinal)).Name;
        var month = fixture.Spec.AsOf.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var before = fixture.Spec.AsOf.AddMonths(-1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var page = await fixture.SignedInPageAsync(GeneratedPortfolioFixture.Admin);

        await page.GotoAsync("/models/new");
        await page.Locator("#f-name").FillAsync("Perhekeskuksen toimintamalli");
        await page.Locator("#f-coreIdea").FillAsync("Lapsiperheiden palvelut yhden oven takaa");
        await page.Locator("#f-core").FillAsync("Yhteinen ydin");
        await page.Locator("#f-modules").FillAsync("Digitaalinen palveluohjaus\nVertaistuki");
        await page.Locator("#f-kind").SelectOptionAsync("spreads");
        await page.Locator("form.model-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/models/[0-9]+$"));
        var model = new Uri(page.Url).AbsolutePath["/models/".Length..];

        // Nothing adopted yet: the matrix has no county.
        await page.GotoAsync($"/models/{model}/matrix?period={month}&compare={before}");
        Assert.Equal(0, await page.Locator($"tr[data-region='{county}']").CountAsync());

        // The adoption recorded through the model's page, as a coordinator records it: the module in use in the county
        // this month (the region left empty: a county is its own region).
        await page.GotoAsync($"/models/{model}");
        var modules = (await page.Locator("#f-module option").EvaluateAllAsync<System.Text.Json.JsonElement>("os => os.filter(o => o.value).map(o => [o.value, o.textContent.trim()])"))
            .EnumerateArray().Select(o => new[] { o[0].GetString()!, o[1].GetString()! }).ToList();
        Assert.Equal(3, modules.Count);
        var digital = modules.Single(o => o[1].StartsWith("Digitaalinen palveluohjaus", StringComparison.Ordinal))[0];
        await page.Locator("#f-module").SelectOptionAsync(digital);
        await page.Locator("#f-organisation").FillAsync(county);
        await page.Locator("#f-period").FillAsync(month);
        await page.Locator("#f-status").SelectOptionAsync("in_use");
        await page.Locator("#f-evidence").FillAsync("Johtoryhmän päätös");
        await page.Locator("form[action$='handler=Adopt'] button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.Equal(1, await page.Locator($"table.adoptions td[data-status=in_use]").CountAsync());

        // The matrix: the county's row, the module's cell one in use, a change of one from last month; other modules none.
        await page.GotoAsync($"/models/{model}/matrix?period={month}&compare={before}");
        var cell = page.Locator($"tr[data-region='{county}'] td[data-module='{digital}']");
        Assert.Equal("1", await cell.GetAttributeAsync("data-in-use"));
        Assert.Equal("1", await cell.GetAttributeAsync("data-in-use-change"));
        Assert.Contains(": 1 (+1)", await cell.Locator("li[data-status=in_use]").InnerTextAsync());
        foreach (var other in modules.Where(o => o[0] != digital))
        {
            Assert.Equal("0", await page.Locator($"tr[data-region='{county}'] td[data-module='{other[0]}']").GetAttributeAsync("data-in-use"));
        }
        // The month before it was not yet in use.
        await page.GotoAsync($"/models/{model}/matrix?period={before}");
        Assert.Equal(0, await page.Locator($"tr[data-region='{county}'] td[data-module='{digital}'][data-in-use='1']").CountAsync());
        await page.Context.CloseAsync();
    }
}
