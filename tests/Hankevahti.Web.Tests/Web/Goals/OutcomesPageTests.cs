using System.Net;
using Hankevahti.Demo;
using Hankevahti.Plans;
using Hankevahti.Web.Tests.Support;
using static Hankevahti.Web.Tests.Web.Goals.PartPageForms;

namespace Hankevahti.Web.Tests.Web.Goals;

/// <summary>The outputs, results and impacts page over HTTP: grouped by kind, validated, saved as a new version.</summary>
public sealed class OutcomesPageTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly RunningApp app = fixture.App;

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    [Fact]
    public async Task Shows_the_outcomes_grouped_by_kind_each_at_its_anchor_with_links_to_its_goals()
    {
        var demo = DemoPlan.Load();
        var id = await fixture.Data.StoreAsync(demo);

        var (status, html) = await app.GetPageAsync($"/projects/{id}/outcomes");

        Assert.Equal(HttpStatusCode.OK, status);
        var outputs = html.IndexOf("<h2 id=\"kind-output\">Tuotokset</h2>", StringComparison.Ordinal);
        var results = html.IndexOf("<h2 id=\"kind-result\">Tulokset</h2>", StringComparison.Ordinal);
        var impacts = html.IndexOf("<h2 id=\"kind-impact\">Vaikutukset</h2>", StringComparison.Ordinal);
        Assert.True(outputs > 0 && outputs < results && results < impacts);
        for (var i = 0; i < demo.Outcomes.Count; i++)
        {
            var item = Item(html, $"outcomes-{i}");
            Assert.Contains(demo.Outcomes[i].Title, item);
            // Each item is under the heading of its kind.
            var at = html.IndexOf($"id=\"outcomes-{i}\"", StringComparison.Ordinal);
            var heading = demo.Outcomes[i].Kind switch { OutcomeKind.Output => outputs, OutcomeKind.Result => results, _ => impacts };
            Assert.True(at > heading);
        }
        // The third outcome serves g0 and g1: links to their places on the goals page.
        Assert.Contains($"href=\"/projects/{id}/goals#goals-1\"", Item(html, "outcomes-2"));
    }

    [Fact]
    public async Task An_outcome_without_a_title_is_not_saved_and_keeps_the_input()
    {
        var id = await fixture.Data.StoreAsync(DemoPlan.Load());

        var answer = await PostAsync(app, $"/projects/{id}/outcomes?edit=new-result", "Save",
            [F("Form.Kind", "Result"), F("Form.Term", "LongTerm"), F("Form.Title", ""), F("Form.Text", "Kuvaus jää talteen")]);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Matches("id=\"Form_Title-error\"[^>]*>Kenttä ”Nimi” on pakollinen.</span>", answer.Html);
        Assert.Contains("Kuvaus jää talteen</textarea>", answer.Html);
        // The form is open where the user left it: under the results.
        Assert.Contains("id=\"new-result\"", answer.Html);
        Assert.Equal(1, (await LatestAsync(fixture.Data, id)).Version);
    }

    [Fact]
    public async Task Adding_editing_and_deleting_outcomes_make_new_versions()
    {
        var id = await fixture.Data.StoreAsync(DemoPlan.Load());

        var add = await PostAsync(app, $"/projects/{id}/outcomes?edit=new-impact", "Save",
        [
            F("Form.Kind", "Impact"), F("Form.Term", "LongTerm"), F("Form.Title", "Uusi vaikutus"),
            F("Form.PartCodes", "1.1"), F("Form.PartCodes", "H"), F("Form.GoalIds", "g3"),
        ]);
        Assert.Equal($"/projects/{id}/outcomes#outcomes-5", add.Location);
        var edit = await PostAsync(app, $"/projects/{id}/outcomes?edit=outcome-0", "Save",
            [F("Form.Index", "0"), F("Form.Kind", "Result"), F("Form.Term", "ShortTerm"), F("Form.Title", "Muutettu"), F("Form.GoalIds", "g1")]);
        Assert.Equal($"/projects/{id}/outcomes#outcomes-0", edit.Location);
        await PostAsync(app, $"/projects/{id}/outcomes?edit=outcome-1", "Delete", [F("Form.Index", "1")]);

        var (version, plan) = await LatestAsync(fixture.Data, id);
        Assert.Equal(4, version);
        Assert.Equal(5, plan.Outcomes.Count);
        Assert.Equal((OutcomeKind.Result, OutcomeTerm.ShortTerm, "Muutettu"), (plan.Outcomes[0].Kind, plan.Outcomes[0].Term, plan.Outcomes[0].Title));
        // A part code left unchecked is gone from the outcome.
        Assert.Empty(plan.Outcomes[0].PartCodes);
        var added = plan.Outcomes[^1];
        Assert.Equal((OutcomeKind.Impact, "Uusi vaikutus"), (added.Kind, added.Title));
        Assert.Equal(["1.1", "H"], added.PartCodes);
        Assert.Equal(["g3"], added.GoalIds);
    }
}
