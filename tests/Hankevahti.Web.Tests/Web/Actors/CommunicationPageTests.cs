using Hankevahti.Storage.Database;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web.Actors;

/// <summary>The communication page: the communication plan, its rows and the monitoring plan saved as new versions; lists one per line.</summary>
public sealed class CommunicationPageTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly RunningApp app = fixture.App;

    private async Task<int> ProjectIdAsync()
    {
        await using var db = HankevahtiDb.Create(fixture.Data.Settings);
        return await db.Projects.MinAsync(p => p.Id);
    }

    [Fact]
    public async Task The_main_messages_are_edited_one_per_line_and_shown_as_a_list()
    {
        var id = await ProjectIdAsync();
        var page = $"/projects/{id}/communication";
        var form = new FormSession(app);
        var edit = await form.OpenAsync($"{page}?edit=communication");
        var before = form.BaseVersion;
        var old = (await form.StoredPlanAsync(id)).Communication!;
        Assert.Equal(string.Join("\n", old.MainMessages), FormSession.TextareaValue(edit, "CommunicationInput_MainMessages"));

        await form.SaveAsync($"{page}?handler=Communication&edit=communication", $"{page}#communication",
            ("CommunicationInput.MainMessages", "Ensimmäinen viesti\r\n\r\n  Toinen viesti  \r\n"), ("CommunicationInput.Text", "Kappale yksi.\r\n\r\nKappale kaksi."));

        var html = await form.OpenAsync(page);
        Assert.Equal(before + 1, form.BaseVersion);
        Assert.Contains("<li>Toinen viesti</li>", html);
        Assert.Contains("<p>Kappale kaksi.</p>", html);
        var saved = (await form.StoredPlanAsync(id)).Communication!;
        Assert.Equal(["Ensimmäinen viesti", "Toinen viesti"], saved.MainMessages);
        Assert.Equal("Kappale yksi.\n\nKappale kaksi.", saved.Text);
        // The rows are not part of this form and stay as they were.
        Assert.Equal(old.Items.Select(i => i.Audience), saved.Items.Select(i => i.Audience));
    }

    [Fact]
    public async Task A_row_is_added_with_its_channels_edited_and_deleted_and_needs_an_audience()
    {
        var id = await ProjectIdAsync();
        var page = $"/projects/{id}/communication";
        var form = new FormSession(app);
        await form.OpenAsync($"{page}?edit=item");
        var count = (await form.StoredPlanAsync(id)).Communication!.Items.Count;

        var refused = await form.RefusedAsync($"{page}?handler=Item&edit=item", ("ItemInput.Audience", ""), ("ItemInput.Channels", "lehti\nradio"));
        Assert.Equal("Kenttä ”Kohderyhmä” on pakollinen.", FormSession.FieldMessage(refused, "ItemInput_Audience"));
        Assert.Equal("lehti\nradio", FormSession.TextareaValue(refused, "ItemInput_Channels"));

        await form.SaveAsync($"{page}?handler=Item&edit=item", $"{page}#communication-items-{count}",
            ("ItemInput.Audience", "Nuoret"), ("ItemInput.Channels", "lehti\nradio"), ("ItemInput.Timing", "syksy 2026"));
        var html = await form.OpenAsync(page);
        Assert.Contains("lehti, radio", html);
        Assert.Equal(["lehti", "radio"], (await form.StoredPlanAsync(id)).Communication!.Items[count].Channels);

        await form.SaveAsync($"{page}?handler=Item&edit=item&item={count}", $"{page}#communication-items-{count}", ("ItemInput.Audience", "Nuoret aikuiset"));
        var edited = (await form.StoredPlanAsync(id)).Communication!.Items[count];
        Assert.Equal("Nuoret aikuiset", edited.Audience);
        Assert.Empty(edited.Channels);

        await form.OpenAsync(page);
        await form.SaveAsync($"{page}?handler=DeleteItem&item={count}", $"{page}#communication", []);
        Assert.Equal(count, (await form.StoredPlanAsync(id)).Communication!.Items.Count);
    }

    [Fact]
    public async Task Monitoring_is_saved_with_its_reporting_periods_one_per_line()
    {
        var id = await ProjectIdAsync();
        var page = $"/projects/{id}/communication";
        var form = new FormSession(app);
        await form.OpenAsync($"{page}?edit=monitoring");

        await form.SaveAsync($"{page}?handler=Monitoring&edit=monitoring", $"{page}#monitoring",
            ("MonitoringInput.Evaluator", "Ulkoinen arvioija"), ("MonitoringInput.ReportingPeriods", "kevät 2026\nsyksy 2026"), ("MonitoringInput.Text", ""));

        var html = await form.OpenAsync(page);
        Assert.Contains("<dd>kevät 2026, syksy 2026</dd>", html);
        var saved = (await form.StoredPlanAsync(id)).Monitoring!;
        Assert.Equal("Ulkoinen arvioija", saved.Evaluator);
        Assert.Equal(["kevät 2026", "syksy 2026"], saved.ReportingPeriods);
        Assert.Null(saved.Text);
    }

    [Fact]
    public async Task A_list_line_longer_than_allowed_is_refused_and_the_text_kept()
    {
        var id = await ProjectIdAsync();
        var page = $"/projects/{id}/communication";
        var form = new FormSession(app);
        await form.OpenAsync(page);
        var lines = "lyhyt\n" + new string('x', 301);

        var html = await form.RefusedAsync($"{page}?handler=Monitoring&edit=monitoring", ("MonitoringInput.ReportingPeriods", lines));
        Assert.Equal("Kentän ”Raportointikaudet” rivi saa olla enintään 300 merkkiä.", FormSession.FieldMessage(html, "MonitoringInput_ReportingPeriods"));
        Assert.Equal(lines, FormSession.TextareaValue(html, "MonitoringInput_ReportingPeriods"));
    }
}
