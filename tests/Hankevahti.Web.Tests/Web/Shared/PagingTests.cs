using System.Net;
using System.Text.RegularExpressions;
using Hankevahti.Demo.Portfolio;
using Hankevahti.Web.Shared;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web.Shared;

/// <summary>
/// The paging of long lists: which page an address asks for, and the project list, the portfolio's overview and its
/// drill-down on a generated portfolio of more projects than a page holds (every project on exactly one page, the
/// other choices of the address kept by the links, the totals covering every page).
/// </summary>
public sealed partial class PagingTests : IAsyncLifetime
{
    private const int Projects = Paging.DefaultSize + 30;
    private readonly TempDataFolder data = new();
    private RunningApp app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        // Stored before the start, so the app adds no demo plan: the database holds exactly these projects.
        await GeneratedPortfolio.WriteAsync(data.Settings, new PortfolioSpec(Projects, 23, GeneratedPortfolio.Today));
        app = await RunningApp.StartAsync(data.Settings);
        client = new HttpClient { BaseAddress = app.Address };
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
        data.Dispose();
    }

    /// <summary>Why each case exists, what the address gives, how many rows there are, and the page and problem expected.</summary>
    public static TheoryData<string, string?, int, int, bool> Requests => new()
    {
        { "no page in the address is the first", null, 250, 1, false },
        { "a page in range is that page", "2", 250, 2, false },
        { "the last page, partly full", "3", 250, 3, false },
        { "past the last (the list shrank since the link was made): the last, not an error", "99", 250, 3, false },
        { "spaces around a number, as a hand-typed address may have", " 2 ", 250, 2, false },
        { "zero is no page", "0", 250, 1, true },
        { "a negative number is no page", "-1", 250, 1, true },
        { "a sign is not part of a page number", "+2", 250, 1, true },
        { "not a number", "x", 250, 1, true },
        { "too large for a number: refused, not an overflow", "99999999999", 250, 1, true },
        { "an empty list still has its one (empty) page", "5", 0, 1, false },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void The_page_an_address_asks_for(string why, string? requested, int total, int expected, bool expectedBad)
    {
        var paging = Paging.Of(requested, total, out var bad, size: 100);
        Assert.True(expected == paging.Number, why);
        Assert.True(expectedBad == bad, why);
        Assert.InRange(paging.From, 0, Math.Max(total, 0));
        Assert.Equal(Math.Min(paging.Skip + 100, total), paging.To);
    }

    [Fact]
    public void A_link_to_the_first_page_is_the_address_itself_and_others_add_the_page_to_the_query()
    {
        Assert.Equal("/portfolio?sort=budget", Paging.Link("/portfolio?sort=budget", 1));
        Assert.Equal("/portfolio?sort=budget&page=3", Paging.Link("/portfolio?sort=budget", 3));
        Assert.Equal("/?page=2", Paging.Link("/", 2));
    }

    /// <summary>Each list: why it is paged, its address, and the pattern that finds a shown project's id in a row.</summary>
    public static TheoryData<string, string, string> Lists => new()
    {
        { "the front page lists every project the user may see", "/?sort=name", RowPattern },
        { "the portfolio's overview has a row per project", "/portfolio?sort=budget&order=desc", RowPattern },
        { "the drill-down behind the whole portfolio's project count", "/portfolio/projects?figure=projects", DrillPattern },
    };

    private const string RowPattern = """<th scope="row">\s*<a href="/projects/(\d+)">""";
    private const string DrillPattern = """<tr data-project="(\d+)">""";

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Every_project_is_on_exactly_one_page_and_the_links_keep_the_address(string why, string address, string pattern)
    {
        var first = await GetAsync(address);
        var second = await GetAsync(Paging.Link(address, 2));
        var ids = Ids(first, pattern);
        Assert.True(Paging.DefaultSize == ids.Count, why);
        Assert.Equal(Projects - Paging.DefaultSize, Ids(second, pattern).Count);
        Assert.Equal(Projects, ids.Concat(Ids(second, pattern)).Distinct().Count());
        // The next page's link keeps the sorting and filters; the second page leads back.
        Assert.Contains($"href=\"{WebUtility.HtmlEncode(Paging.Link(address, 2))}\" rel=\"next\"", first);
        Assert.Contains($"href=\"{WebUtility.HtmlEncode(address)}\" rel=\"prev\"", second);
        Assert.DoesNotContain("rel=\"next\"", second);
        // A page past the last is the last; a page that is no number is the first, and the page says why.
        Assert.Equal(Ids(second, pattern), Ids(await GetAsync(Paging.Link(address, 99)), pattern));
        var bad = await GetAsync(address + (address.Contains('?') ? "&" : "?") + "page=kolmas");
        Assert.Equal(ids, Ids(bad, pattern));
        Assert.Contains("kolmas", bad);
    }

    [Theory]
    [InlineData("/portfolio")]
    [InlineData("/portfolio/projects?figure=budget")]
    public async Task The_total_row_covers_every_page(string address)
    {
        var totals = Totals(await GetAsync(address));
        Assert.NotEmpty(totals);
        Assert.Equal(totals, Totals(await GetAsync(Paging.Link(address, 2))));
        // The export of the view is all of its rows, not a page.
        var csv = await client.GetStringAsync(address + (address.Contains('?') ? "&" : "?") + "format=csv");
        Assert.True(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > Projects, "the export holds every project");
    }

    private async Task<string> GetAsync(string address)
    {
        using var response = await client.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static List<int> Ids(string html, string pattern) =>
        Regex.Matches(html, pattern).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static List<string> Totals(string html) =>
        TotalCell().Matches(html).Select(m => m.Groups[1].Value.Trim()).ToList();

    [GeneratedRegex("""<td class="num" data-total="[^"]+">\s*(?:<a[^>]*>)?([^<]*)""")]
    private static partial Regex TotalCell();
}
