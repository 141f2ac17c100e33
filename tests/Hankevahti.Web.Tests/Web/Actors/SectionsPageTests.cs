using System.Net;
using Hankevahti.Demo;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web.Actors;

/// <summary>The sections page: free text edited and shown as text only, subsections added, empty sections deleted, the import's notes listed.</summary>
public sealed class SectionsPageTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly RunningApp app = fixture.App;

    private async Task<int> ProjectIdAsync()
    {
        await using var db = HankevahtiDb.Create(fixture.Data.Settings);
        return await db.Projects.MinAsync(p => p.Id);
    }

    [Fact]
    public async Task Markup_in_a_sections_text_is_saved_as_typed_and_shown_as_text_never_as_markup()
    {
        var id = await ProjectIdAsync();
        var page = $"/projects/{id}/sections";
        var form = new FormSession(app);
        var edit = await form.OpenAsync($"{page}?edit=0");
        var before = form.BaseVersion;
        var old = (await form.StoredPlanAsync(id)).Sections[0];
        Assert.Equal(old.Title, FormSession.InputValue(edit, "Input_Title"));
        const string text = "Alku <script>alert(1)</script> ja <b>x</b>.\r\n\r\nToinen kappale.";

        await form.SaveAsync($"{page}?handler=Save&edit=0", $"{page}#sections-0", ("Input.Number", old.Number ?? ""), ("Input.Title", old.Title), ("Input.Text", text));

        Assert.Equal("Alku <script>alert(1)</script> ja <b>x</b>.\n\nToinen kappale.", (await form.StoredPlanAsync(id)).Sections[0].Text);
        foreach (var path in new[] { page, $"/projects/{id}/plan" })
        {
            var (status, raw) = await app.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("<p>Alku &lt;script&gt;alert(1)&lt;/script&gt; ja &lt;b&gt;x&lt;/b&gt;.</p>", raw);
            Assert.Contains("<p>Toinen kappale.</p>", raw);
            Assert.DoesNotContain("<script>alert", raw);
            Assert.DoesNotContain("<b>x</b>", raw);
        }
        await form.OpenAsync(page);
        Assert.Equal(before + 1, form.BaseVersion);
    }

    [Fact]
    public async Task A_subsection_is_added_and_deleted_while_it_is_empty()
    {
        var id = await ProjectIdAsync();
        var page = $"/projects/{id}/sections";
        var form = new FormSession(app);
        var plan = await form.StoredPlanAsync(id);
        var parent = plan.Sections.FindIndex(s => s.Children.Count > 0);
        var count = plan.Sections[parent].Children.Count;
        await form.OpenAsync($"{page}?add={parent}");

        await form.SaveAsync($"{page}?handler=Save&add={parent}", $"{page}#sections-{parent}-children-{count}", ("Input.Number", "9.9"), ("Input.Title", "Uusi alaluku"), ("Input.Text", ""));
        var html = await form.OpenAsync(page);
        Assert.Contains($"id=\"sections-{parent}-children-{count}\"", html);
        Assert.Contains("<h3>9.9 Uusi alaluku</h3>", html);

        await form.SaveAsync($"{page}?handler=Delete&edit={parent}-{count}", $"{page}#sections-{parent}", []);
        Assert.Equal(plan.Sections[parent].Children.Select(c => c.Title), (await form.StoredPlanAsync(id)).Sections[parent].Children.Select(c => c.Title));
    }

    [Fact]
    public async Task A_section_with_text_or_subsections_is_not_deleted()
    {
        var id = await ProjectIdAsync();
        var page = $"/projects/{id}/sections";
        var form = new FormSession(app);
        await form.OpenAsync(page);
        var before = form.BaseVersion;
        var parent = (await form.StoredPlanAsync(id)).Sections.FindIndex(s => s.Children.Count > 0);

        var html = await form.RefusedAsync($"{page}?handler=Delete&edit={parent}");
        Assert.Contains("Vain tyhjän luvun voi poistaa", html);
        await form.OpenAsync(page);
        Assert.Equal(before, form.BaseVersion);
    }

    [Fact]
    public async Task A_section_without_a_title_is_refused_and_its_text_kept()
    {
        var id = await ProjectIdAsync();
        var page = $"/projects/{id}/sections";
        var form = new FormSession(app);
        await form.OpenAsync($"{page}?edit=1");

        var html = await form.RefusedAsync($"{page}?handler=Save&edit=1", ("Input.Title", ""), ("Input.Text", "Tekstiä, joka ei saa kadota."));
        Assert.Equal("Kenttä ”Otsikko” on pakollinen.", FormSession.FieldMessage(html, "Input_Title"));
        Assert.Equal("Tekstiä, joka ei saa kadota.", FormSession.TextareaValue(html, "Input_Text"));
        Assert.Contains("aria-invalid=\"true\" aria-required=\"true\" aria-describedby=\"Input_Title-error Input_Title-limit\"", html);
    }

    [Theory]
    // Not a section key at all.
    [InlineData("?edit=abc")]
    // A subsection the section does not have.
    [InlineData("?edit=0-99")]
    // Adding under a section that does not exist.
    [InlineData("?add=99")]
    public async Task A_section_the_plan_does_not_have_is_not_found(string query)
    {
        var (status, _) = await app.GetAsync($"/projects/{await ProjectIdAsync()}/sections{query}");
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task The_imports_notes_are_listed_with_their_place_in_the_source()
    {
        var plan = DemoPlan.Load() with
        {
            Import = new ImportInfo
            {
                File = "suunnitelma.txt",
                Format = "wordText",
                Notes =
                [
                    new ImportNote { Severity = NoteSeverity.Warning, Message = "Taulukko <i>katkeaa</i>.", Source = new SourceRef { File = "suunnitelma.txt", Line = 412 } },
                    new ImportNote { Severity = NoteSeverity.Info, Message = "Toinen huomautus." },
                ],
            },
        };
        var id = await fixture.Data.StoreAsync(plan);

        var (status, raw) = await app.GetAsync($"/projects/{id}/sections");
        Assert.Equal(HttpStatusCode.OK, status);
        var html = WebUtility.HtmlDecode(raw);
        Assert.Contains("Tuonnin huomautukset", html);
        Assert.Contains("id=\"import-notes-0\"", html);
        Assert.Contains("Taulukko <i>katkeaa</i>.", html);
        Assert.Contains("&lt;i&gt;katkeaa&lt;/i&gt;", raw);
        Assert.Contains("rivi 412", html);
        Assert.Contains("Toinen huomautus.", html);

        var (_, demo) = await app.GetPageAsync($"/projects/{await ProjectIdAsync()}/sections");
        Assert.Contains("Suunnitelmaa ei ole tuotu asiakirjasta.", demo);
    }
}
