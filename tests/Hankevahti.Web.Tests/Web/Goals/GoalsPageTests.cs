using System.Net;
using Hankevahti.Demo;
using Hankevahti.Plans;
using Hankevahti.Web.Plans.Goals;
using Hankevahti.Web.Tests.Support;
using static Hankevahti.Web.Tests.Web.Goals.PartPageForms;

namespace Hankevahti.Web.Tests.Web.Goals;

/// <summary>The goals and indicators page over HTTP: what it shows, its validation, and saves that make a new version and are re-checked.</summary>
public sealed class GoalsPageTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly RunningApp app = fixture.App;

    private static Plan Demo() => DemoPlan.Load();

    /// <summary>The demo plan with no indicators: every goal is unmeasured, so HV-GOAL-001 fires at goals[0].</summary>
    private static Plan WithoutIndicators()
    {
        var demo = Demo();
        return demo with { Indicators = [], Goals = [.. demo.Goals.Select(g => g with { IndicatorIds = [] })] };
    }

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    [Fact]
    public async Task Shows_each_goal_with_its_indicators_and_their_baseline_and_targets_at_the_items_anchors()
    {
        var demo = Demo();
        var id = await fixture.Data.StoreAsync(demo);

        var (status, html) = await app.GetPageAsync($"/projects/{id}/goals");

        Assert.Equal(HttpStatusCode.OK, status);
        for (var g = 0; g < demo.Goals.Count; g++)
        {
            Assert.Contains($"id=\"goals-{g}\"", html);
        }
        for (var i = 0; i < demo.Indicators.Count; i++)
        {
            Assert.Contains($"id=\"indicators-{i}\"", html);
        }
        // The overall goal names i1: its section links to the indicator and shows its values from 28 to 14 days.
        var goal = Item(html, "goals-0");
        Assert.Contains("href=\"#indicators-0\"", goal);
        Assert.Contains(demo.Indicators[0].Name, goal);
        Assert.Contains("Lähtötaso 2025", goal);
        Assert.Contains("Tavoite 2026", goal);
        Assert.Contains("28 pv", goal);
        Assert.Contains("14 pv", goal);
        Assert.DoesNotContain("class=\"note\"", goal);
        // The indicator's own item lists the goals it measures.
        Assert.Contains("href=\"#goals-0\"", Item(html, "indicators-0"));
    }

    [Fact]
    public async Task A_goal_without_indicators_has_a_warning_and_its_finding_beside_it()
    {
        var id = await fixture.Data.StoreAsync(WithoutIndicators());

        var (_, html) = await app.GetPageAsync($"/projects/{id}/goals");

        var goal = Item(html, "goals-0");
        Assert.Contains("class=\"note\"", goal);
        Assert.Contains("Tavoitteelle ei ole nimetty mittaria", goal);
        Assert.Contains("data-code=\"HV-GOAL-001\"", goal);
    }

    [Fact]
    public async Task Adding_an_indicator_to_a_goal_saves_a_new_version_and_the_goal_finding_goes()
    {
        var id = await fixture.Data.StoreAsync(WithoutIndicators());

        var answer = await PostAsync(app, $"/projects/{id}/goals?edit=new-indicator", "SaveIndicator",
        [
            F("IndicatorForm.Name", "Odotusaika"), F("IndicatorForm.Kind", "Days"), F("IndicatorForm.Unit", "pv"),
            F("IndicatorForm.Baseline.Year", "2025"), F("IndicatorForm.Baseline.Value", "28"),
            F("IndicatorForm.Targets[0].Year", "2026"), F("IndicatorForm.Targets[0].Value", "21"),
            F("IndicatorForm.Targets[1].Year", "2027"), F("IndicatorForm.Targets[1].Value", "14,5"),
            F("IndicatorForm.Targets[2].Year", ""), F("IndicatorForm.Targets[2].Value", ""),
            F("IndicatorForm.WorkCodes", "H.1, H.2.A"),
            F("IndicatorForm.GoalIds", "g0"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        Assert.Equal($"/projects/{id}/goals#indicators-0", answer.Location);
        var (version, plan) = await LatestAsync(fixture.Data, id);
        Assert.Equal(2, version);
        var indicator = Assert.Single(plan.Indicators);
        Assert.Matches("^i-[0-9a-z]{6}$", indicator.Id);
        Assert.Equal(IndicatorKind.Days, indicator.Kind);
        Assert.Equal(28m, indicator.Baseline!.Value);
        Assert.Equal(2025, indicator.Baseline.Year);
        Assert.Equal([(2026, 21m), (2027, 14.5m)], indicator.Targets.Select(t => (t.Year, t.Value)).Select(t => (t.Year!.Value, t.Value!.Value)));
        Assert.Equal(["H.1", "H.2.A"], indicator.WorkCodes);
        Assert.Equal([indicator.Id], plan.Goals[0].IndicatorIds);
        Assert.All(plan.Goals.Skip(1), g => Assert.Empty(g.IndicatorIds));

        // The page of the new version is checked again: the overall goal is measured now, part P4.1's goal still is not.
        var (_, html) = await app.GetPageAsync($"/projects/{id}/goals");
        Assert.Contains("Versio 2", html);
        Assert.DoesNotContain("HV-GOAL-001", Item(html, "goals-0"));
        Assert.DoesNotContain("class=\"note\"", Item(html, "goals-0"));
        Assert.Contains("HV-GOAL-001", Item(html, "goals-1"));
    }

    [Fact]
    public async Task A_goal_without_text_is_not_saved_and_the_form_keeps_the_input_with_the_message_beside_the_field()
    {
        var id = await fixture.Data.StoreAsync(Demo());

        var answer = await PostAsync(app, $"/projects/{id}/goals?edit=new-goal", "SaveGoal",
            [F("GoalForm.Level", "Objective"), F("GoalForm.Code", "T9"), F("GoalForm.Text", "  ")]);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("Lomakkeessa on virheitä", answer.Html);
        Assert.Matches("<span class=\"field-error field-validation-error\" id=\"GoalForm_Text-error\"[^>]*>Kenttä ”Tavoite” on pakollinen.</span>", answer.Html);
        Assert.Matches("id=\"GoalForm_Code\"[^>]* value=\"T9\"", answer.Html);
        Assert.Matches("<textarea[^>]*aria-invalid=\"true\"", answer.Html);
        Assert.Equal(1, (await LatestAsync(fixture.Data, id)).Version);
    }

    [Fact]
    public async Task A_bad_year_or_number_is_kept_in_its_field_with_the_message_beside_it()
    {
        var id = await fixture.Data.StoreAsync(Demo());

        var answer = await PostAsync(app, $"/projects/{id}/goals?edit=indicator-1", "SaveIndicator",
        [
            F("IndicatorForm.Index", "1"), F("IndicatorForm.Name", "Osuus"), F("IndicatorForm.Kind", "Percentage"),
            F("IndicatorForm.Baseline.Year", "2025"), F("IndicatorForm.Baseline.Value", "18"),
            F("IndicatorForm.Targets[0].Year", "20x6"), F("IndicatorForm.Targets[0].Value", "25"),
            F("IndicatorForm.Targets[1].Year", "2027"), F("IndicatorForm.Targets[1].Value", "kolmekymmentä"),
        ]);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Matches("id=\"IndicatorForm_Targets_0__Year\" name=\"IndicatorForm.Targets\\[0\\].Year\" value=\"20x6\"", answer.Html);
        Assert.Contains("<span class=\"field-error\" id=\"IndicatorForm_Targets_0__Year-error\">Kentän ”Tavoitetaso 1: Vuosi” pitää olla vuosi, esimerkiksi 2025.</span>", answer.Html);
        Assert.Matches("value=\"kolmekymmentä\"", answer.Html);
        Assert.Contains("<span class=\"field-error\" id=\"IndicatorForm_Targets_1__Value-error\">Kentän ”Tavoitetaso 2: Arvo” pitää olla luku", answer.Html);
        // The fields that did read carry no message.
        Assert.DoesNotContain("IndicatorForm_Baseline_Year-error", answer.Html);
        Assert.Equal(1, (await LatestAsync(fixture.Data, id)).Version);
    }

    [Fact]
    public async Task Editing_a_goal_keeps_its_id_and_a_new_goal_gets_an_id_not_used_before()
    {
        var id = await fixture.Data.StoreAsync(Demo());

        var edit = await PostAsync(app, $"/projects/{id}/goals?edit=goal-1", "SaveGoal",
        [
            F("GoalForm.Index", "1"), F("GoalForm.Level", "Objective"), F("GoalForm.Code", "T1"), F("GoalForm.Text", "Uusi teksti"),
            F("GoalForm.PartCode", "P4.1"), F("GoalForm.IndicatorIds", "i2"),
        ]);
        Assert.Equal($"/projects/{id}/goals#goals-1", edit.Location);
        var add = await PostAsync(app, $"/projects/{id}/goals?edit=new-goal", "SaveGoal",
            [F("GoalForm.Level", "Overall"), F("GoalForm.Text", "Toinen")]);
        Assert.Equal($"/projects/{id}/goals#goals-4", add.Location);

        var (version, plan) = await LatestAsync(fixture.Data, id);
        Assert.Equal(3, version);
        Assert.Equal(("g1", "Uusi teksti", "P4.1"), (plan.Goals[1].Id, plan.Goals[1].Text, plan.Goals[1].PartCode));
        Assert.Equal(["i2"], plan.Goals[1].IndicatorIds);
        // The demo's goals are g0–g3; a new one's id is none of theirs, nor the next number a deleted goal may have had.
        Assert.Matches("^g-[0-9a-z]{6}$", plan.Goals[4].Id);
        Assert.Equal((GoalLevel.Overall, (string?)null), (plan.Goals[4].Level, plan.Goals[4].Code));
    }

    [Fact]
    public async Task Deleting_an_indicator_removes_it_from_the_goals_that_named_it()
    {
        var id = await fixture.Data.StoreAsync(Demo());

        var answer = await PostAsync(app, $"/projects/{id}/goals?edit=indicator-0", "DeleteIndicator", [F("IndicatorForm.Index", "0")]);

        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        var (_, plan) = await LatestAsync(fixture.Data, id);
        Assert.DoesNotContain(plan.Indicators, i => i.Id == "i1");
        // g0 named i1 and i7, g1 i1–i3.
        Assert.Equal(["i7"], plan.Goals[0].IndicatorIds);
        Assert.Equal(["i2", "i3"], plan.Goals[1].IndicatorIds);
    }

    [Fact]
    public async Task Deleting_a_goal_removes_it_from_the_outcomes_that_named_it()
    {
        var id = await fixture.Data.StoreAsync(Demo());

        await PostAsync(app, $"/projects/{id}/goals?edit=goal-1", "DeleteGoal", [F("GoalForm.Index", "1")]);

        var (_, plan) = await LatestAsync(fixture.Data, id);
        Assert.Equal(["g0", "g2", "g3"], plan.Goals.Select(g => g.Id));
        Assert.DoesNotContain(plan.Outcomes, o => o.GoalIds.Contains("g1"));
        // The demo's third outcome named g0 and g1.
        Assert.Equal(["g0"], plan.Outcomes[2].GoalIds);
    }

    [Fact]
    public async Task A_form_made_on_an_older_version_is_not_saved_and_says_so()
    {
        var id = await fixture.Data.StoreAsync(Demo());
        await PostAsync(app, $"/projects/{id}/goals?edit=new-goal", "SaveGoal", [F("GoalForm.Level", "Objective"), F("GoalForm.Text", "Ensimmäinen")]);

        var answer = await PostAsync(app, $"/projects/{id}/goals?edit=new-goal", "SaveGoal",
            [F("GoalForm.Level", "Objective"), F("GoalForm.Text", "Myöhästynyt")], baseVersion: 1);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("Suunnitelmaa on muutettu sillä välin (nyt versio 2)", answer.Html);
        // The user's text is still in the form.
        Assert.Contains("Myöhästynyt</textarea>", answer.Html);
        Assert.Equal(2, (await LatestAsync(fixture.Data, id)).Version);
    }

    [Fact]
    public async Task The_edit_address_opens_the_form_filled_with_the_item()
    {
        var demo = Demo();
        var id = await fixture.Data.StoreAsync(demo);

        var (_, html) = await app.GetPageAsync($"/projects/{id}/goals?edit=indicator-0");

        var item = Item(html, "indicators-0");
        Assert.Contains("<form", item);
        Assert.Matches("name=\"IndicatorForm.Baseline.Value\" value=\"28\"", item);
        Assert.Matches("name=\"IndicatorForm.Targets\\[1\\].Year\" value=\"2027\"", item);
        // i1 measures g0 and g1: their boxes are checked, g2's is not.
        Assert.Matches("id=\"indicator-goal-0\"[^>]*checked", item);
        Assert.Matches("id=\"indicator-goal-1\"[^>]*checked", item);
        Assert.DoesNotMatch("id=\"indicator-goal-2\"[^>]*checked", item);
        // Only one form is open.
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "<form method=\"post\" class=\"edit"));
    }

    [Fact]
    public async Task The_whole_plan_page_marks_goals_indicators_outcomes_needs_and_groups_by_their_paths_in_the_readers_language()
    {
        var demo = Demo();
        var id = await fixture.Data.StoreAsync(demo);

        var (_, html) = await app.GetPageAsync($"/projects/{id}/plan");
        var (_, swedish) = await app.GetPageAsync($"/projects/{id}/plan?lang=sv");

        Assert.Contains("<section id=\"goals-1\">", html);
        Assert.Contains("<tr id=\"indicators-6\">", html);
        Assert.Contains("<tr id=\"outcomes-4\">", html);
        Assert.Contains("<section id=\"needs-2\">", html);
        Assert.Contains("<section id=\"targetGroups-2\">", html);
        // A goal links to the row of its indicator, and an indicator row back to its goals.
        Assert.Contains("<a href=\"#indicators-0\">", Item(html, "goals-0"));
        Assert.Contains("<a href=\"#goals-1\">", Item(html, "indicators-0"));
        Assert.Contains("<th scope=\"col\">Lähtötaso</th>", html);
        Assert.Contains("<th scope=\"col\">Utgångsnivå</th>", swedish);
        Assert.Contains("<dt>Hela gruppen</dt>", swedish);
    }

    [Fact]
    public void New_ids_are_unique_in_the_plan_and_not_a_next_number()
    {
        var plan = new Plan { Goals = [new Goal { Id = "g1" }, new Goal { Id = "g3" }] };
        var ids = Enumerable.Range(0, 50).Select(_ => FormText.NewId("g", plan)).ToList();

        Assert.All(ids, id => Assert.Matches("^g-[0-9a-z]{6}$", id));
        // "g4" would be the id a goal deleted in an earlier version may have had.
        Assert.DoesNotContain("g4", ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
