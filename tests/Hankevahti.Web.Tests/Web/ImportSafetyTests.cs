using System.Net;
using System.Text;
using Hankevahti.Web.Plans;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web;

/// <summary>
/// Text from an imported file reaches the page as text: a tag written in the file shows as its
/// characters on the preview and on the saved project's pages, and never becomes markup.
/// </summary>
public sealed class ImportSafetyTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    // An invented plan: the template's headings, with markup in the project's name, a section's text and a risk.
    private const string Plan =
        "Hanke <b>bold</b> testi\n\n" +
        "1 Hankkeen tarve\n\n" +
        "Tarve on <script>alert(1)</script> suuri ja <b>bold</b> kasvava.\n\n" +
        "2 Toimenpiteet\n\n" +
        "Toimenpide A: Kokeilu <b>bold</b>\n\n" +
        "3 Riskit\n\n" +
        "Riski: Aikataulu <script>alert(1)</script> venyy\n" +
        "- Kuvaus: <b>bold</b> viive\n" +
        "- Todennäköisyys: suuri\n" +
        "- Vaikutus: suuri\n" +
        "- Varautuminen: seuranta\n";

    [Fact]
    public async Task Markup_in_an_imported_file_is_shown_only_as_text_on_the_preview_and_the_saved_pages()
    {
        using var client = new ImportFormClient(fixture.App.Address);
        var preview = await client.UploadToPreviewAsync("merkit.txt", Encoding.UTF8.GetBytes(Plan));
        var (status, html) = await client.GetAsync(preview);

        Assert.Equal(HttpStatusCode.OK, status);
        // The source text shows the file's lines as they are, the tags written out.
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", html);
        AssertNoMarkupFromTheFile(html, "preview");

        using var saved = await client.PostAsync(preview, "/import/preview?handler=New", [new("t", preview.Split("t=")[1])]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var project = saved.Headers.Location!.OriginalString;
        var id = int.Parse(project["/projects/".Length..]);

        // The whole plan: every part of the stored plan on one page.
        var (projectStatus, projectHtml) = await client.GetAsync(project + "/plan");
        Assert.Equal(HttpStatusCode.OK, projectStatus);
        // The risk's title and the section's text keep the script tag as text.
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", projectHtml);
        AssertNoMarkupFromTheFile(projectHtml, project + "/plan");
        var (_, overviewHtml) = await client.GetAsync(project);
        AssertNoMarkupFromTheFile(overviewHtml, project);
        // Every part page there is (the pages grow part by part): none shows the file's tags as markup.
        foreach (var part in PlanParts.All)
        {
            var (partStatus, partHtml) = await client.GetAsync(part.Url(id));
            if (partStatus == HttpStatusCode.OK)
            {
                AssertNoMarkupFromTheFile(partHtml, part.Url(id));
            }
        }
    }

    private static void AssertNoMarkupFromTheFile(string html, string page)
    {
        Assert.False(html.Contains("<b>bold</b>", StringComparison.OrdinalIgnoreCase), $"{page} shows <b> as markup");
        Assert.False(html.Contains("<script>alert", StringComparison.OrdinalIgnoreCase), $"{page} shows <script> as markup");
        Assert.False(html.Contains("<b>", StringComparison.OrdinalIgnoreCase), $"{page} has a <b> tag");
    }
}
