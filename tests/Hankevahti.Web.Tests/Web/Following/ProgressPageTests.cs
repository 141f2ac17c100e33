using System.Net;
using System.Text.RegularExpressions;
using Hankevahti.Checks.Profiles;
using Hankevahti.Following;
using Hankevahti.Following.Actions;
using Hankevahti.Import;
using Hankevahti.People;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Storage.Projects;
using Hankevahti.Web.Plans.Work;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web.Following;

/// <summary>
/// The progress page over HTTP on a real plan (a seed, with made-up progress): the period's form, late actions
/// flagged, bad input refused at its field with what was typed kept, saves, the risks' movement; and the Gantt's
/// status colours and approved baseline on the work page.
/// </summary>
public sealed partial class ProgressPageTests : IAsyncLifetime
{
    private readonly TempDataFolder data = new();
    private RunningApp app = null!;
    private int project;
    private Plan plan = null!;
    private IReadOnlyList<ProjectPeriod> periods = [];

    public async Task InitializeAsync()
    {
        // A real plan with dated actions and a project period, so it has reporting periods and actions that end.
        foreach (var file in Directory.GetFiles(SeedFiles.Folder, "*.txt").Order())
        {
            var imported = PlanImporter.ImportFile(file).Plan;
            if (imported is not null && PlannedActions.Of(imported).Any(a => a.End is not null) && imported.Risks.Count > 0
                && ReportingCalendar.For(ProfileCatalog.For(imported), imported.Project.Period).Periods.Count >= 2)
            {
                project = await data.StoreAsync(imported);
                break;
            }
        }
        Assert.True(project > 0, "no seed plan has dated actions, risks and two reporting periods");
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            plan = (await db.LatestPlanAsync(project))!.Plan!;
        }
        periods = ReportingCalendar.For(ProfileCatalog.For(plan), plan.Project.Period).Periods;
        app = await RunningApp.StartAsync(data.Settings);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        data.Dispose();
    }

    private string Page => $"/projects/{project}/progress";
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    [Fact]
    public async Task The_current_period_is_shown_by_default_with_every_action_and_the_late_ones_flagged()
    {
        var (status, html) = await app.GetPageAsync(Page);

        Assert.Equal(HttpStatusCode.OK, status);
        var current = ActionStates.CurrentPeriod(periods, Today)!;
        Assert.Contains($"<option value=\"{current.Code}\" selected=\"selected\">", html);
        var actions = PlannedActions.Of(plan);
        Assert.Equal(actions.Count, Regex.Matches(html, "<tr data-action=").Count);
        // Nothing recorded: exactly the actions whose schedule ended before today are late, by themselves.
        var late = actions.Count(a => a.End is { } end && Today > end);
        Assert.Contains($"({late})</h3>", html);
        Assert.Equal(late, Regex.Matches(html, "<tr data-action=\"[^\"]*\" data-status=\"late\" class=\"late\">").Count);
        Assert.Equal(plan.Risks.Count, Regex.Matches(html, "<tr data-risk=").Count);
        Assert.Contains("<figure class=\"chart risk-movement\">", html);
        Assert.DoesNotContain(" style=", html);
    }

    [Fact]
    public async Task A_period_the_project_does_not_have_is_refused_with_what_was_expected()
    {
        var (status, html) = await app.GetPageAsync(Page + "?period=1999-H1");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Kausi ei ole hankkeen raportointikausi", html);
    }

    [Fact]
    public async Task Bad_input_is_refused_at_its_field_keeping_what_was_typed_and_nothing_is_saved()
    {
        var period = periods[0].Code;
        var form = await FormAsync(Page + "?period=" + period);
        var actions = PlannedActions.Of(plan);

        var (status, html) = await PostAsync($"{Page}?period={period}&handler=actions", form,
            ("Rows[0].ActionId", actions[0].Id), ("Rows[0].Status", "in_progress"), ("Rows[0].Percent", "paljon"), ("Rows[0].Note", "Kirjoitettu huomio"),
            ("Rows[1].ActionId", actions[1].Id), ("Rows[1].Status", "valmis"), ("Rows[1].Percent", "150"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        // Each message at its own field, linked from the summary; the typed text is shown back.
        Assert.Contains("<span class=\"field-error\" id=\"action-0-percent-error\">Valmiusaste on kokonaisluku 0–100", html);
        Assert.Contains("<span class=\"field-error\" id=\"action-1-percent-error\">", html);
        Assert.Contains("<span class=\"field-error\" id=\"action-1-status-error\">Valitse tila", html);
        Assert.Contains("href=\"#action-0-percent\"", html);
        Assert.Contains("value=\"paljon\"", html);
        Assert.Contains(">Kirjoitettu huomio</textarea>", html);
        await using var db = HankevahtiDb.Create(data.Settings);
        Assert.Empty((await FollowUps.LoadAsync(db, project)).Actions);
    }

    [Fact]
    public async Task Saved_statuses_and_risk_assessments_are_shown_and_the_risk_moves_in_the_matrix()
    {
        var period = periods[^1].Code;
        var form = await FormAsync(Page + "?period=" + period);
        var action = PlannedActions.Of(plan)[0];
        var risk = plan.Risks[0];

        var (status, location) = await PostRedirectAsync($"{Page}?period={period}&handler=actions", form,
            ("Rows[0].ActionId", action.Id), ("Rows[0].Status", "done"), ("Rows[0].Percent", "100 %"), ("Rows[0].Note", "Valmistui"));
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.StartsWith($"{Page}?period={period}", location);
        (status, location) = await PostRedirectAsync($"{Page}?period={period}&handler=risks", form,
            ("RiskRows[0].RiskId", risk.Id), ("RiskRows[0].Likelihood", "5"), ("RiskRows[0].Impact", "5"));
        Assert.Equal(HttpStatusCode.Redirect, status);

        var (_, html) = await app.GetPageAsync($"{Page}?period={period}");
        Assert.Contains($"<tr data-action=\"{action.Id}\" data-status=\"done\">", html);
        Assert.Contains("<option value=\"done\" selected=\"selected\">", html);
        Assert.Contains("value=\"100\"", html);
        // The risk went to 5 × 5: from the plan's place (or new, when the plan gave none) with its marker there.
        var move = RiskStates.PlannedPoint(risk) is { Score: < 25 } ? "up" : RiskStates.PlannedPoint(risk) is null ? "new" : "unchanged";
        Assert.Contains($"<tr data-risk=\"{risk.Id}\" data-move=\"{move}\">", html);
        Assert.Contains($"<g class=\"current\" data-risk=\"1\" data-likelihood=\"5\" data-impact=\"5\" data-move=\"{move}\">", html);
        await using var db = HankevahtiDb.Create(data.Settings);
        var saved = await FollowUps.LoadAsync(db, project);
        Assert.Equal(new ActionProgress(action.Id, period, ActionStatus.Done, 100, "Valmistui"), Assert.Single(saved.Actions));
        Assert.Equal(new RiskAssessment(risk.Id, period, 5, 5, null), Assert.Single(saved.Risks));
    }

    [Fact]
    public async Task A_rating_off_the_scale_is_refused_at_its_field()
    {
        var period = periods[0].Code;
        var form = await FormAsync(Page + "?period=" + period);

        var (status, html) = await PostAsync($"{Page}?period={period}&handler=risks", form,
            ("RiskRows[0].RiskId", plan.Risks[0].Id), ("RiskRows[0].Likelihood", "3"), ("RiskRows[0].Impact", "9"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("<span class=\"field-error\" id=\"risk-0-impact-error\">Vaikutus (1–5): valitse kokonaisluku 1–5.</span>", html);
        Assert.DoesNotContain("id=\"risk-0-likelihood-error\"", html);
    }

    [Fact]
    public async Task The_gantt_has_baseline_bars_only_once_a_version_is_approved_and_colours_bars_by_status()
    {
        var work = $"/projects/{project}/work";
        var (_, before) = await app.GetPageAsync(work);
        Assert.DoesNotContain("<rect class=\"baseline\"", before);
        // The follow-up is drawn from the start: each bar says its action's status.
        Assert.Contains("<rect class=\"bar\" data-status=", before);

        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            Assert.Equal(VersionMoveOutcome.Moved, (await db.MoveVersionAsync(project, 1, VersionStatus.Submitted, null)).Outcome);
            Assert.Equal(VersionMoveOutcome.Moved, (await db.MoveVersionAsync(project, 1, VersionStatus.Approved, null)).Outcome);
            var first = PlannedActions.Of(plan).First(a => a.End is not null);
            Assert.Equal(ProgressSaveOutcome.Saved, (await db.SaveActionProgressAsync(project, [new(first.Id, periods[0].Code, ActionStatus.Done, 100, null)])).Outcome);
        }
        var (_, after) = await app.GetPageAsync(work);

        // One thin bar per drawn period of the approved version (the same plan here), each with its own title.
        var drawn = Regex.Matches(after, "<rect class=\"bar\" data-status=\"[^\"]+\" [^>]*><title>").Count;
        Assert.True(drawn > 0);
        Assert.Equal(drawn, Regex.Matches(after, "<rect class=\"baseline\" [^>]*><title>").Count);
        Assert.Contains("Hyväksytyn version 1 aikataulu (perusaikataulu)", after);
        Assert.Contains("data-status=\"done\"", after);
        // The legend names every status: colour is not the only cue.
        foreach (var name in new[] { "Ei aloitettu", "Käynnissä", "Valmis", "Myöhässä", "Peruttu" })
        {
            Assert.Contains($"Toimenpiteen jakso: {name}</li>", after);
        }
    }

    // --- Posting as a browser does: the antiforgery cookie and token from the page.

    private sealed record Form(string Token, string Cookie);

    private async Task<Form> FormAsync(string path)
    {
        using var response = await app.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var cookie = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        return new Form(TokenPattern().Match(html).Groups[1].Value, cookie);
    }

    private async Task<HttpResponseMessage> SendAsync(string path, Form form, (string Name, string Value)[] fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", form.Token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]),
        };
        request.Headers.Add("Cookie", form.Cookie);
        return await app.Http.SendAsync(request);
    }

    private async Task<(HttpStatusCode Status, string Html)> PostAsync(string path, Form form, params (string Name, string Value)[] fields)
    {
        using var response = await SendAsync(path, form, fields);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private async Task<(HttpStatusCode Status, string Location)> PostRedirectAsync(string path, Form form, params (string Name, string Value)[] fields)
    {
        using var response = await SendAsync(path, form, fields);
        return (response.StatusCode, response.Headers.Location?.OriginalString ?? "");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
