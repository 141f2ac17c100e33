using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web;

/// <summary>
/// Import by upload over HTTP, as a browser without JavaScript does it: the multipart form with its
/// antiforgery token, the messages for files that cannot be imported, the preview of a real plan, and
/// the two ways to save it.
/// </summary>
public sealed partial class ImportPageTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private const string Seed = "001_6d6c3ec0957ecc99.txt";

    private ImportFormClient NewClient() => new(fixture.App.Address);

    private static byte[] SeedBytes() => File.ReadAllBytes(Path.Combine(SeedFiles.Folder, Seed));

    [Fact]
    public async Task The_upload_page_has_a_multipart_form_with_a_file_field_and_the_antiforgery_token()
    {
        using var client = NewClient();
        var (status, html) = await client.GetAsync("/import");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("enctype=\"multipart/form-data\"", html);
        Assert.Contains("<input type=\"file\" id=\"upload\" name=\"Upload\"", html);
        Assert.Contains("<label for=\"upload\">", html);
        Assert.NotEmpty(ImportFormClient.Token(html));
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused()
    {
        using var client = NewClient();
        using var response = await client.UploadAsync(Seed, SeedBytes(), withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_file_over_the_limit_gets_a_message_naming_the_file_and_the_limit()
    {
        using var client = NewClient();
        // 21 MB of text: over the 20 MB limit of the readers, under the page's request limit.
        var bytes = new byte[21 * 1024 * 1024];
        Array.Fill(bytes, (byte)'a');
        using var response = await client.UploadAsync("iso-suunnitelma.txt", bytes);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tiedosto iso-suunnitelma.txt on 21 Mt", html);
        Assert.Contains("suurimman sallitun koon 20 Mt", html);
        Assert.Contains("class=\"error-summary\"", html);
        Assert.Contains("aria-invalid=\"true\"", html);
    }

    [Theory]
    // A spreadsheet: a type no reader takes; the message lists the ones that are taken.
    [InlineData("talous.xlsx", "Tiedoston talous.xlsx tyyppiä ei tunneta. Sallitut tiedostotyypit: .docx, .pdf, .txt, .md.")]
    // A file with no extension at all is just as unknown.
    [InlineData("suunnitelma", "Tiedoston suunnitelma tyyppiä ei tunneta.")]
    // An old Word file gets told what to do instead.
    [InlineData("vanha.doc", "Tiedosto vanha.doc on vanhaa Word-muotoa (.doc).")]
    public async Task A_file_of_an_unknown_type_gets_a_message_naming_it(string name, string expected)
    {
        using var client = NewClient();
        using var response = await client.UploadAsync(name, Encoding.UTF8.GetBytes("1 Hankkeen tarve\n\nTeksti.\n"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, html);
    }

    [Theory]
    // A zip header with nothing behind it: the .docx reader cannot open the archive.
    [InlineData("rikki.docx", "PK\u0003\u0004not a zip at all", "Tiedostoa rikki.docx ei voitu lukea. Odotettiin: Word-asiakirja (.docx).", "rikki.docx: is damaged")]
    // Plain text named .docx: the content does not match the name.
    [InlineData("teksti.docx", "1 Hankkeen tarve\n", "Tiedostoa teksti.docx ei voitu lukea. Odotettiin: Word-asiakirja (.docx).", "but the content is plain text")]
    // Plain text named .pdf.
    [InlineData("teksti.pdf", "1 Hankkeen tarve\n", "Tiedostoa teksti.pdf ei voitu lukea. Odotettiin: PDF-tiedosto, jossa on tekstiä.", "the name says .pdf")]
    public async Task A_broken_file_gets_the_readers_reason_and_no_stack_trace(string name, string content, string expected, string detail)
    {
        using var client = NewClient();
        using var response = await client.UploadAsync(name, Encoding.Latin1.GetBytes(content));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, html);
        Assert.Contains(detail, html);
        Assert.DoesNotContain("   at ", html);
        Assert.DoesNotMatch(@"\bat Hankevahti\.", html);
    }

    [Fact]
    public async Task A_text_file_that_is_no_plan_is_told_so()
    {
        using var client = NewClient();
        using var response = await client.UploadAsync("kauppalista.txt", Encoding.UTF8.GetBytes("maitoa\nleipää\nvoita\n"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tiedostosta kauppalista.txt ei löytynyt hankesuunnitelmaa", html);
    }

    [Fact]
    public async Task The_preview_of_a_real_plan_shows_its_summary_coverage_findings_and_marked_source()
    {
        using var client = NewClient();
        var preview = await client.UploadToPreviewAsync(Seed, SeedBytes());
        var (status, raw) = await client.GetAsync(preview);
        var html = WebUtility.HtmlDecode(raw);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(Seed, html);
        // The counts the CLI's summary gives for the same file.
        Assert.Contains("data-count=\"parts\">4<", html);
        Assert.Contains("data-count=\"actions\">19<", html);
        Assert.Contains("data-count=\"risks\">7<", html);
        Assert.Contains("data-count=\"organisations\">2<", html);
        Assert.Matches("data-count=\"budgetLines\">[1-9][0-9]*<", html);
        Assert.Contains($"data-figure=\"budgetTotal\">{Hankevahti.Web.Shared.Fi.Money(4_596_000m)}<", html);
        Assert.Contains("Rakenneuudistus", html);
        // Coverage: all placed, a share of it structured.
        Assert.Contains("sanoista 100\u00A0% sijoitettiin", html);
        Assert.Contains("44,14\u00A0%", html);
        // Findings grouped by severity, with no links to a project that does not exist yet.
        Assert.Contains("id=\"findings-errors\"", html);
        Assert.Contains("id=\"findings-warnings\"", html);
        Assert.Contains("HV-CODE-004", html);
        Assert.DoesNotContain("/projects/0/", html);
        // The source, line by line, with what each recognised line became, in words and not by colour only.
        Assert.Matches("<li class=\"[a-z]+ made\" data-line=\"\\d+\">\\s*<span class=\"no\">\\d+</span>\\s*<mark><span class=\"visually-hidden\">Tunnistettu: </span>[^<]+</mark>\\s*<span class=\"made-as\">[^<]*riski", html);
        Assert.Matches("<span class=\"made-as\">[^<]*kustannusrivi", html);
        Assert.Contains("luvun otsikko", html);
        // The document itself is not in the form: only the token is.
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
        // The correction form and two save forms, each with its antiforgery token and the upload's token, and no other hidden field.
        Assert.Equal(6, Regex.Count(main, "type=\"hidden\""));
        Assert.Equal(3, Regex.Count(main, "<input name=\"__RequestVerificationToken\" type=\"hidden\""));
        Assert.Equal(3, Regex.Count(main, $"<input type=\"hidden\" name=\"t\" value=\"{preview.Split("t=")[1]}\">"));
    }

    [Fact]
    public async Task Saving_as_a_new_project_stores_version_1_and_leads_to_the_project()
    {
        using var client = NewClient();
        var preview = await client.UploadToPreviewAsync(Seed, SeedBytes());
        var token = preview.Split("t=")[1];
        var form = ImportFormClient.Token((await client.GetAsync(preview)).Html);

        using var response = await client.PostWithTokenAsync(form, "/import/preview?handler=New", [new("t", token)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var id = int.Parse(ProjectAddress().Match(location).Groups[1].Value);
        await using var db = HankevahtiDb.Create(fixture.Data.Settings);
        var project = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == id);
        Assert.StartsWith("Vantaan", project.Name);
        var versions = await db.PlanVersions.AsNoTracking().Where(v => v.ProjectId == id).ToListAsync();
        var version = Assert.Single(versions);
        Assert.Equal(1, version.Number);
        Assert.Equal("import", version.Origin);
        var (status, page) = await client.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Vantaan", WebUtility.HtmlDecode(page));

        // Saved once: the preview's address and a second press of Save (a retried post, the back
        // button) lead to the project that was made, and no second one is.
        var (again, _) = await client.GetAsync(preview);
        Assert.Equal(HttpStatusCode.Redirect, again);
        using var twice = await client.PostWithTokenAsync(form, "/import/preview?handler=New", [new("t", token)]);
        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        Assert.Equal(location, twice.Headers.Location!.OriginalString);
        Assert.Equal(1, await db.Projects.CountAsync(p => p.Name == project.Name && p.Id >= id));
    }

    [Fact]
    public async Task Saving_as_a_new_version_adds_the_next_version_to_the_chosen_project()
    {
        using var client = NewClient();
        await using var db = HankevahtiDb.Create(fixture.Data.Settings);
        // The demo project is project 1 in every fresh data folder.
        var before = await db.PlanVersions.AsNoTracking().Where(v => v.ProjectId == 1).MaxAsync(v => v.Number);
        var preview = await client.UploadToPreviewAsync(Seed, SeedBytes());
        var token = preview.Split("t=")[1];

        using var response = await client.PostAsync(preview, "/import/preview?handler=Version", [new("t", token), new("ProjectId", "1"), new("Note", "uusi tuonti")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/projects/1", response.Headers.Location!.OriginalString);
        var latest = await db.PlanVersions.AsNoTracking().Where(v => v.ProjectId == 1).OrderByDescending(v => v.Number).FirstAsync();
        Assert.Equal(before + 1, latest.Number);
        Assert.Equal("import", latest.Origin);
        Assert.Equal("uusi tuonti", latest.Note);
        Assert.Contains("001_6d6c3ec0957ecc99.txt", latest.PlanJson);
    }

    [Theory]
    // No project chosen.
    [InlineData("", "Valitse hanke, johon versio tallennetaan.")]
    // A project that does not exist.
    [InlineData("99999", "Valittua hanketta ei ole.")]
    // Not a number at all: a hand-made post.
    [InlineData("kaksi", "Valittua hanketta ei ole.")]
    public async Task A_version_save_without_a_valid_project_shows_the_error_and_keeps_the_upload(string projectId, string message)
    {
        using var client = NewClient();
        var preview = await client.UploadToPreviewAsync(Seed, SeedBytes());
        var token = preview.Split("t=")[1];

        using var response = await client.PostAsync(preview, "/import/preview?handler=Version", [new("t", token), new("ProjectId", projectId), new("Note", "pidetään")]);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("class=\"error-summary\"", html);
        Assert.Contains($"<span class=\"field-error\" id=\"project-error\">{message}</span>", html);
        // The note typed is kept, and the upload is still there to save.
        Assert.Contains("value=\"pidetään\"", html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(preview)).Status);
    }

    [Fact]
    public async Task An_unknown_token_gets_a_clear_message_with_a_link_back_to_the_upload()
    {
        using var client = NewClient();
        var (status, html) = await client.GetAsync("/import/preview?t=00000000000000000000000000000000");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Esikatselua ei enää ole", WebUtility.HtmlDecode(html));
        Assert.Contains("<a href=\"/import\">", html);

        // A save with a token that names nothing stores nothing.
        await using var db = HankevahtiDb.Create(fixture.Data.Settings);
        var projects = await db.Projects.CountAsync();
        using var response = await client.PostAsync("/import", "/import/preview?handler=New", [new("t", "00000000000000000000000000000000")]);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<a href=\"/import\">", await response.Content.ReadAsStringAsync());
        Assert.Equal(projects, await db.Projects.CountAsync());
    }

    [GeneratedRegex(@"^/projects/(\d+)$")]
    private static partial Regex ProjectAddress();
}
