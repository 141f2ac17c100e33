using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Hankevahti.Import.Corrections;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web;

/// <summary>The preview's correction form as plain form posts (no script): antiforgery, apply, the title, and what a save stores.</summary>
public sealed partial class ImportCorrectionsPageTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private static byte[] Plan(string title) => Encoding.UTF8.GetBytes(
        $"{title} Hankesuunnitelma\n\n" +
        "1 Hankkeen tarve\nPyöräilijät tarvitsevat huoltopisteen kirjaston pihaan.\n\n" +
        "2 Toimenpiteet\nRakennetaan huoltopiste ja pidetään huoltopäiviä.\n\n" +
        "3 Menot\n" +
        "Menolaji\tSumma yhteensä (e)\n" +
        "Pumppu ja työkalutaulu\t2 400\n" +
        "Huoltopäivien ohjaajat\t5 600\n" +
        "Kaikki yhteensä\t8 000\n");

    private ImportFormClient NewClient() => new(fixture.App.Address);

    private static string KindField(string html) => KindName().Match(html).Groups[1].Value;

    [Fact]
    public async Task Apply_without_the_antiforgery_token_is_refused()
    {
        using var client = NewClient();
        var preview = await client.UploadToPreviewAsync("pyorapiste-a.txt", Plan("Pyöräpiste A"));
        using var response = await client.PostWithTokenAsync("", "/import/preview?handler=Apply", [new("t", preview.Split("t=")[1])]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Applied_corrections_show_in_the_preview_and_are_saved_with_the_version()
    {
        using var client = NewClient();
        var preview = await client.UploadToPreviewAsync("pyorapiste-b.txt", Plan("Pyöräpiste B"));
        var token = preview.Split("t=")[1];
        var html = (await client.GetAsync(preview)).Html;
        var kind = KindField(html);
        Assert.StartsWith("kind:0:", kind);
        Assert.Contains($"data-figure=\"budgetTotal\">ei löytynyt<", html);

        var column = kind.Replace("kind:", "col:");
        using (var apply = await client.PostAsync(preview, "/import/preview?handler=Apply",
            [new("t", token), new("TitleChoice", "typed"), new("TitleText", "Kirjaston pyöräpiste"), new(kind, "budget"), new($"{column}:0", "label"), new($"{column}:1", "amount"),
             // A role that is not a budget column's is ignored, not stored.
             new($"{column}:2", "likelihood")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, apply.StatusCode);
            Assert.Equal($"/import/preview?t={token}#corrections", apply.Headers.Location!.OriginalString);
        }
        html = (await client.GetAsync(preview)).Html;
        Assert.Contains($"data-figure=\"budgetTotal\">{Hankevahti.Web.Shared.Fi.Money(8_000m).Replace("\u00A0", "&#xA0;")}<", html);
        Assert.Contains("<dd>Kirjaston pyöräpiste</dd>", html);
        // What was recognised per part, and from which lines.
        Assert.Matches("<tr data-part=\"budgetLine\">\\s*<th scope=\"row\">kustannusrivi</th>\\s*<td class=\"num\">2</td>\\s*<td>rivi 11; rivi 12</td>", html);
        Assert.Matches("<tr data-part=\"statedFigure\">\\s*<th scope=\"row\">[^<]+</th>\\s*<td class=\"num\">1</td>\\s*<td>rivi 13</td>", html);
        Assert.Contains("data-code=\"import.corrected.title\"", html);
        Assert.Matches("<option value=\"budget\" selected=\"selected\">", html);

        using var save = await client.PostAsync(preview, "/import/preview?handler=New", [new("t", token)]);
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        var id = int.Parse(Regex.Match(save.Headers.Location!.OriginalString, @"/projects/(\d+)$").Groups[1].Value);
        await using var db = HankevahtiDb.Create(fixture.Data.Settings);
        var version = await db.PlanVersions.AsNoTracking().SingleAsync(v => v.ProjectId == id);
        Assert.Equal("pyorapiste-b.txt", version.SourceFile);
        var stored = ImportCorrections.FromJson(version.ImportCorrections)!;
        Assert.Equal("Kirjaston pyöräpiste", stored.Title);
        var table = Assert.Single(stored.Tables);
        Assert.Equal(kind["kind:".Length..], table.Table);
        Assert.Equal(new Dictionary<int, string> { [0] = "label", [1] = "amount" }, table.Columns);
    }

    [Fact]
    public async Task A_typed_title_too_long_is_an_error_beside_its_field()
    {
        using var client = NewClient();
        var preview = await client.UploadToPreviewAsync("pyorapiste-c.txt", Plan("Pyöräpiste C"));
        using var response = await client.PostAsync(preview, "/import/preview?handler=Apply",
            [new("t", preview.Split("t=")[1]), new("TitleChoice", "typed"), new("TitleText", new string('x', 301))]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"title-text\"", html);
        Assert.Matches("id=\"title-text\"[^>]*aria-invalid=\"true\"", html);
        Assert.Contains("href=\"#title-text\"", html);
    }

    [GeneratedRegex("name=\"(kind:[^\"]+)\"")]
    private static partial Regex KindName();
}
