using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web.Actors;

/// <summary>The resources and related projects pages: rows saved as new versions, numbers and dates read the Finnish way, validation.</summary>
public sealed class ResourcesAndRelatedPageTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly RunningApp app = fixture.App;

    private async Task<int> ProjectIdAsync()
    {
        await using var db = HankevahtiDb.Create(fixture.Data.Settings);
        return await db.Projects.MinAsync(p => p.Id);
    }

    [Fact]
    public async Task Editing_a_resource_saves_its_allocation_and_period_and_shows_them_in_Finnish_format()
    {
        var id = await ProjectIdAsync();
        var page = $"/projects/{id}/resources";
        var form = new FormSession(app);
        var edit = await form.OpenAsync($"{page}?edit=1");
        var before = form.BaseVersion;
        var old = (await form.StoredPlanAsync(id)).Resources[1];
        Assert.Equal(old.PersonOrRole, FormSession.InputValue(edit, "Input_PersonOrRole"));

        await form.SaveAsync($"{page}?handler=Save&edit=1", $"{page}#resources-1",
            ("Input.PersonOrRole", "Testaaja"), ("Input.Organisation", "Testikunta"), ("Input.AllocationValue", "2,5"),
            ("Input.AllocationUnit", "PersonMonths"), ("Input.PeriodStart", "1.2.2026"), ("Input.PeriodEnd", "2026-12-31"));

        var html = await form.OpenAsync(page);
        Assert.Equal(before + 1, form.BaseVersion);
        Assert.Contains("<th scope=\"row\">Testaaja</th>", html);
        Assert.Contains("1.2.2026–31.12.2026", html);
        var saved = (await form.StoredPlanAsync(id)).Resources[1];
        Assert.Equal(2.5m, saved.Allocation!.Value);
        Assert.Equal(AllocationUnit.PersonMonths, saved.Allocation.Unit);
        Assert.Null(saved.Allocation.Text);
        Assert.Equal(new DateOnly(2026, 2, 1), saved.Period!.Start);
        // What the form does not show is kept: the place in the source document.
        Assert.Equal(old.Source, saved.Source);
    }

    [Fact]
    public async Task A_resource_with_no_name_too_much_time_a_wrong_date_or_an_end_before_its_start_is_refused()
    {
        var id = await ProjectIdAsync();
        var page = $"/projects/{id}/resources";
        var form = new FormSession(app);
        await form.OpenAsync($"{page}?add=true");

        var html = await form.RefusedAsync($"{page}?handler=Save&add=true",
            ("Input.PersonOrRole", ""), ("Input.AllocationValue", "150"), ("Input.AllocationUnit", "Percent"),
            ("Input.PeriodStart", "31.2.2026"), ("Input.PeriodEnd", "1.1.2026"));
        Assert.Equal("Kenttä ”Henkilö tai rooli” on pakollinen.", FormSession.FieldMessage(html, "Input_PersonOrRole"));
        Assert.Equal("Kentän ”Työajan määrä” arvon pitää olla välillä 0–100.", FormSession.FieldMessage(html, "Input_AllocationValue"));
        Assert.StartsWith("Kentän ”Alkaa” pitää olla päivämäärä", FormSession.FieldMessage(html, "Input_PeriodStart"));
        Assert.Equal("31.2.2026", FormSession.InputValue(html, "Input_PeriodStart"));
        Assert.Equal("150", FormSession.InputValue(html, "Input_AllocationValue"));

        // Both dates read, but the end is before the start.
        html = await form.RefusedAsync($"{page}?handler=Save&add=true",
            ("Input.PersonOrRole", "X"), ("Input.PeriodStart", "2.1.2026"), ("Input.PeriodEnd", "1.1.2026"));
        Assert.Equal("Päättymispäivä ei voi olla ennen alkamispäivää.", FormSession.FieldMessage(html, "Input_PeriodEnd"));
    }

    [Fact]
    public async Task A_resource_is_added_and_deleted()
    {
        var id = await ProjectIdAsync();
        var page = $"/projects/{id}/resources";
        var form = new FormSession(app);
        await form.OpenAsync(page);
        var count = (await form.StoredPlanAsync(id)).Resources.Count;

        await form.SaveAsync($"{page}?handler=Save&add=true", $"{page}#resources-{count}", ("Input.PersonOrRole", "Uusi tekijä"), ("Input.AllocationText", "noin puolet"));
        var added = (await form.StoredPlanAsync(id)).Resources[count];
        Assert.Equal("noin puolet", added.Allocation!.Text);
        Assert.Null(added.Allocation.Value);
        Assert.Null(added.Period);

        await form.OpenAsync(page);
        await form.SaveAsync($"{page}?handler=Delete&edit={count}", $"{page}#resources", []);
        Assert.Equal(count, (await form.StoredPlanAsync(id)).Resources.Count);
    }

    [Fact]
    public async Task A_related_project_is_added_edited_and_deleted_and_needs_a_name()
    {
        var id = await ProjectIdAsync();
        var page = $"/projects/{id}/related";
        var form = new FormSession(app);
        await form.OpenAsync($"{page}?add=true");
        var count = (await form.StoredPlanAsync(id)).RelatedProjects.Count;

        var refused = await form.RefusedAsync($"{page}?handler=Save&add=true", ("Input.Name", " "), ("Input.Relation", "Rajaus pysyy."));
        Assert.Equal("Kenttä ”Hankkeen nimi” on pakollinen.", FormSession.FieldMessage(refused, "Input_Name"));
        Assert.Equal("Rajaus pysyy.", FormSession.TextareaValue(refused, "Input_Relation"));

        await form.SaveAsync($"{page}?handler=Save&add=true", $"{page}#relatedProjects-{count}", ("Input.Name", "Naapurihanke"), ("Input.Relation", "Rajaus pysyy."));
        var html = await form.OpenAsync(page);
        Assert.Contains($"<article class=\"item\" id=\"relatedProjects-{count}\">", html);
        Assert.Contains("<h2>Naapurihanke</h2>", html);

        await form.SaveAsync($"{page}?handler=Save&edit={count}", $"{page}#relatedProjects-{count}", ("Input.Name", "Naapurihanke 2"), ("Input.Relation", ""));
        var saved = (await form.StoredPlanAsync(id)).RelatedProjects[count];
        Assert.Equal("Naapurihanke 2", saved.Name);
        Assert.Null(saved.Relation);

        await form.OpenAsync(page);
        await form.SaveAsync($"{page}?handler=Delete&edit={count}", $"{page}#relatedProjects", []);
        Assert.Equal(count, (await form.StoredPlanAsync(id)).RelatedProjects.Count);
    }

    [Fact]
    public async Task A_name_longer_than_allowed_is_refused()
    {
        var id = await ProjectIdAsync();
        var page = $"/projects/{id}/related";
        var form = new FormSession(app);
        await form.OpenAsync(page);

        var html = await form.RefusedAsync($"{page}?handler=Save&add=true", ("Input.Name", new string('x', 501)));
        Assert.Equal("Kenttä ”Hankkeen nimi” saa olla enintään 500 merkkiä.", FormSession.FieldMessage(html, "Input_Name"));
    }
}
