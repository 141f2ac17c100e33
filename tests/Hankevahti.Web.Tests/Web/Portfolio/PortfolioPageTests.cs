using System.Globalization;
using System.Net;
using System.Text;
using Hankevahti.Demo;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Hankevahti.Web.Tests.Web.Portfolio;

/// <summary>
/// The portfolio pages through HTTP: they answer with the figures of the projects the user may see (a funder official
/// of one programme sees none of another's, in pages and exports), a bad filter is shown back with a message, and the
/// exports' totals equal their rows and the database's sums.
/// </summary>
public sealed class PortfolioPageTests : IAsyncLifetime
{
    private readonly TempDataFolder data = new();
    private RunningApp app = null!;
    private int own;
    private int other;
    private int third;
    private const string ThirdName = "Kolmas hanke";
    private static readonly Plan Demo = DemoPlan.Load();
    private const string OtherName = "Toisen ohjelman hanke";

    public async Task InitializeAsync()
    {
        // Another programme's project (RRF, named by an alias) beside the demo's; stored before the start, so the demo is stored after.
        other = await data.StoreAsync(Demo with { Project = Demo.Project with { Name = OtherName, Programme = Demo.Project.Programme! with { Key = "kestavan-kasvun-ohjelma", Name = "Kestävän kasvun ohjelma" } } });
        // A third project of the same programme under its own key and another name: one programme, not two.
        third = await data.StoreAsync(Demo with { Project = Demo.Project with { Name = ThirdName, Programme = Demo.Project.Programme! with { Key = "rrf", Name = "RRF" } } });
        app = await RunningApp.StartAsync(data.Settings);
        own = await data.StoreAsync(Demo);
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            var line = 0;
            foreach (var project in new[] { own, own, other })
            {
                db.ActualCosts.Add(new ActualCostRow
                {
                    ProjectId = project, Organisation = Demo.Organisations[0].Name, Voucher = "T" + ++line, Line = 1, BookedOn = new DateOnly(2025, 6, 1),
                    Account = "4000", Category = "personnelHired", Amount = 1000.25m * line,
                });
            }
            await db.SaveChangesAsync();
        }
        await Support.People.AddUserAsync(app.App, "rahoittaja-a@test.invalid", "funder:" + Demo.Project.Programme!.Key);
        await Support.People.AddUserAsync(app.App, "rahoittaja-rrf@test.invalid", "funder:rrf");
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        data.Dispose();
    }

    private async Task<SignedInClient> AsAsync(string email)
    {
        var client = new SignedInClient(app.Address);
        using var signedIn = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    private async Task<decimal> SqlAsync(Func<HankevahtiDb, Task<decimal>> sum)
    {
        await using var db = HankevahtiDb.Create(data.Settings);
        return await sum(db);
    }

    // The CSV's rows as fields, the byte-order mark checked and dropped.
    private static List<string[]> Csv(byte[] bytes)
    {
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(';')).ToList();
    }

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, new NumberFormatInfo { NumberDecimalSeparator = "," });

    [Fact]
    public async Task A_funder_sees_their_programmes_figures_and_none_of_another_programme_in_pages_and_exports()
    {
        using var funder = await AsAsync("rahoittaja-a@test.invalid");
        var budget = await SqlAsync(db => db.PlanBudgetLines.Where(l => l.ProjectId == own && l.Kind == "planned").SumAsync(l => l.Amount));
        var actual = await SqlAsync(db => db.ActualCosts.Where(c => c.ProjectId == own).SumAsync(c => c.Amount));

        foreach (var path in new[] { "/portfolio", "/portfolio/programmes", "/portfolio/regions", "/portfolio/organisations", "/portfolio/years", "/portfolio/projects?figure=budget" })
        {
            using var response = await funder.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.DoesNotContain(OtherName, html);
            Assert.DoesNotContain("Suomen kestävän kasvun ohjelma", html);
        }
        var overview = WebUtility.HtmlDecode(await funder.GetStringAsync("/portfolio"));
        Assert.Contains(Demo.Project.Name, overview);
        Assert.Contains($"href=\"/projects/{own}\"", overview);

        foreach (var path in new[] { "/portfolio/programmes", "/portfolio/years", "/portfolio/organisations", "/portfolio/projects?figure=actual" })
        {
            var rows = Csv(await funder.Http.GetByteArrayAsync(path + (path.Contains('?') ? "&" : "?") + "format=csv"));
            var header = rows[0];
            var budgetColumn = Array.IndexOf(header, "Suunniteltu budjetti");
            var actualColumn = Array.IndexOf(header, "Toteutuneet kulut");
            Assert.DoesNotContain(rows, r => r[0] == OtherName);
            var body = rows.Skip(1).SkipLast(1).ToList();
            var total = rows[^1];
            // The total row is the sum of the rows, and (budget and spend are split, not copied, in these views) the database's sum.
            Assert.Equal(Number(total[budgetColumn]), body.Sum(r => Number(r[budgetColumn])));
            Assert.Equal(Number(total[actualColumn]), body.Sum(r => Number(r[actualColumn])));
            Assert.Equal(actual, Number(total[actualColumn]));
            if (!path.Contains("figure=actual"))
            {
                Assert.Equal(budget, Number(total[budgetColumn]));
            }
        }

        var xlsx = await funder.Http.GetByteArrayAsync("/portfolio/regions?format=xlsx");
        using var stream = new MemoryStream(xlsx);
        var sheet = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(Convert.ToDecimal(sheet[^1]["Toteutuneet kulut"], CultureInfo.InvariantCulture),
            sheet.SkipLast(1).Sum(r => Convert.ToDecimal(r["Toteutuneet kulut"], CultureInfo.InvariantCulture)));
        Assert.DoesNotContain(sheet, r => Equals(r["Alue"], OtherName));
    }

    [Fact]
    public async Task The_other_programmes_funder_sees_its_project_under_the_catalogues_name_whatever_the_plans_spelling()
    {
        using var funder = await AsAsync("rahoittaja-rrf@test.invalid");
        var html = WebUtility.HtmlDecode(await funder.GetStringAsync("/portfolio/programmes"));
        Assert.Contains("Suomen kestävän kasvun ohjelma (RRF)", html);
        Assert.DoesNotContain(Demo.Project.Name, html);
        var drill = WebUtility.HtmlDecode(await funder.GetStringAsync("/portfolio/projects?view=programmes&group=rrf&figure=projects"));
        Assert.Contains($"href=\"/projects/{other}\"", drill);
        Assert.Contains($"href=\"/projects/{third}\"", drill);
        Assert.DoesNotContain($"href=\"/projects/{own}\"", drill);
    }

    [Fact]
    public async Task The_project_lists_programme_filter_offers_a_programme_once_whatever_its_spelling_and_finds_every_spelling()
    {
        using var funder = await AsAsync("rahoittaja-rrf@test.invalid");
        var html = WebUtility.HtmlDecode(await funder.GetStringAsync("/"));
        var select = System.Text.RegularExpressions.Regex.Match(html, "<select id=\"programme\".*?</select>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Equal(["", "rrf"], System.Text.RegularExpressions.Regex.Matches(select, "<option value=\"([^\"]*)\"").Select(m => m.Groups[1].Value));
        Assert.Contains(">Suomen kestävän kasvun ohjelma (RRF)</option>", select);
        var filtered = WebUtility.HtmlDecode(await funder.GetStringAsync("/?programme=rrf"));
        Assert.Contains(OtherName, filtered);
        Assert.Contains(ThirdName, filtered);
        var programmes = WebUtility.HtmlDecode(await funder.GetStringAsync("/portfolio/programmes?format=csv"));
        Assert.Contains("Suomen kestävän kasvun ohjelma (RRF);2;", programmes);
    }

    [Theory]
    // Not a year at all.
    [InlineData("/portfolio/regions?year=kaksituhatta", "kaksituhatta")]
    // A programme the user may not see is answered as one that does not exist: the same message, nothing of it shown.
    [InlineData("/portfolio/programmes?programme=rrf", "rrf")]
    // A sort by a figure that does not exist.
    [InlineData("/portfolio/years?sort=onnellisuus", "onnellisuus")]
    // A drill-down of a figure that does not exist.
    [InlineData("/portfolio/projects?figure=onnellisuus", "onnellisuus")]
    public async Task A_bad_value_in_the_address_is_shown_back_with_a_message_not_an_error(string path, string value)
    {
        using var funder = await AsAsync("rahoittaja-a@test.invalid");
        using var response = await funder.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"”{value}” ei kelpaa", html);
        Assert.Contains("error-summary", html);
        // The rest of the view is shown: the funder's own project is still counted.
        Assert.DoesNotContain(OtherName, html);
    }

    [Fact]
    public async Task An_unknown_view_is_not_found_and_signed_out_readers_are_sent_to_sign_in()
    {
        using var funder = await AsAsync("rahoittaja-a@test.invalid");
        using var missing = await funder.GetAsync("/portfolio/galaxies");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var anonymous = new SignedInClient(app.Address);
        using var refused = await anonymous.GetAsync("/portfolio");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }
}
