using System.Net;
using Hankevahti.Demo;
using Hankevahti.Web.Tests.Support;
using static Hankevahti.Web.Tests.Web.Goals.PartPageForms;

namespace Hankevahti.Web.Tests.Web.Goals;

/// <summary>The needs and target groups page over HTTP.</summary>
public sealed class NeedsPageTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly RunningApp app = fixture.App;

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    [Fact]
    public async Task Shows_every_need_and_target_group_at_its_anchor()
    {
        var demo = DemoPlan.Load();
        var id = await fixture.Data.StoreAsync(demo);

        var (status, html) = await app.GetPageAsync($"/projects/{id}/needs");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.All(demo.Needs.Select((n, i) => (n, i)), x => Assert.Contains(x.n.Title, Item(html, $"needs-{x.i}")));
        Assert.All(demo.TargetGroups.Select((g, i) => (g, i)), x => Assert.Contains(x.g.Name, Item(html, $"targetGroups-{x.i}")));
        // The range and the words of a size: the demo's second group.
        Assert.Contains("400 asiakasta", Item(html, "targetGroups-1"));
    }

    [Fact]
    public async Task A_size_that_is_not_a_number_keeps_the_input_and_a_group_needs_a_name()
    {
        var id = await fixture.Data.StoreAsync(DemoPlan.Load());

        var answer = await PostAsync(app, $"/projects/{id}/needs?edit=new-group", "SaveGroup",
        [
            F("GroupForm.Name", ""), F("GroupForm.TotalSize.Min", "noin sata"), F("GroupForm.TotalSize.Max", "120"),
            F("GroupForm.TargetedCount.Min", "1 200,5"),
        ]);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Matches("id=\"GroupForm_Name-error\"[^>]*>Kenttä ”Kohderyhmä” on pakollinen.</span>", answer.Html);
        Assert.Contains("name=\"GroupForm.TotalSize.Min\" value=\"noin sata\"", answer.Html);
        Assert.Contains("<span class=\"field-error\" id=\"GroupForm_TotalSize_Min-error\">Kentän ”Koko ryhmä: Vähintään” pitää olla luku", answer.Html);
        // A number written the Finnish way reads, so it has no message.
        Assert.DoesNotContain("GroupForm_TargetedCount_Min-error", answer.Html);
        Assert.Equal(1, (await LatestAsync(fixture.Data, id)).Version);
    }

    [Fact]
    public async Task A_need_without_a_title_is_not_saved()
    {
        var id = await fixture.Data.StoreAsync(DemoPlan.Load());

        var answer = await PostAsync(app, $"/projects/{id}/needs?edit=need-0", "SaveNeed", [F("NeedForm.Index", "0"), F("NeedForm.Title", " "), F("NeedForm.Text", "Teksti säilyy")]);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Matches("id=\"NeedForm_Title-error\"[^>]*>Kenttä ”Otsikko” on pakollinen.</span>", answer.Html);
        Assert.Contains("Teksti säilyy</textarea>", answer.Html);
        Assert.Equal(1, (await LatestAsync(fixture.Data, id)).Version);
    }

    [Fact]
    public async Task Saving_needs_and_groups_makes_new_versions_with_every_field()
    {
        var id = await fixture.Data.StoreAsync(DemoPlan.Load());

        var need = await PostAsync(app, $"/projects/{id}/needs?edit=new-need", "SaveNeed", [F("NeedForm.Title", "Uusi tarve"), F("NeedForm.Text", "Eka.\n\nToka.")]);
        Assert.Equal($"/projects/{id}/needs#needs-3", need.Location);
        var group = await PostAsync(app, $"/projects/{id}/needs?edit=group-2", "SaveGroup",
        [
            F("GroupForm.Index", "2"), F("GroupForm.Name", "Ammattilaiset"), F("GroupForm.Description", ""),
            F("GroupForm.TotalSize.Min", "1 800"), F("GroupForm.TotalSize.Text", "yli 1 800"),
            F("GroupForm.TargetedCount.Min", "300"), F("GroupForm.TargetedCount.Max", "350"),
            F("GroupForm.Segments", "lääkärit\n\n hoitajat \n"),
        ]);
        Assert.Equal($"/projects/{id}/needs#targetGroups-2", group.Location);
        await PostAsync(app, $"/projects/{id}/needs?edit=need-0", "DeleteNeed", [F("NeedForm.Index", "0")]);

        var (version, plan) = await LatestAsync(fixture.Data, id);
        Assert.Equal(4, version);
        Assert.Equal(3, plan.Needs.Count);
        Assert.Equal(("Uusi tarve", "Eka.\n\nToka."), (plan.Needs[^1].Title, plan.Needs[^1].Text));
        var saved = plan.TargetGroups[2];
        Assert.Equal("Ammattilaiset", saved.Name);
        Assert.Null(saved.Description);
        Assert.Equal((1800m, (decimal?)null, "yli 1 800"), (saved.TotalSize!.Min, saved.TotalSize.Max, saved.TotalSize.Text));
        Assert.Equal((300m, 350m, (string?)null), (saved.TargetedCount!.Min, saved.TargetedCount.Max, saved.TargetedCount.Text));
        Assert.Equal(["lääkärit", "hoitajat"], saved.Segments);
    }
}
