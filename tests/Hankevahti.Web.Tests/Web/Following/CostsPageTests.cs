using System.Net;
using Hankevahti.Demo;
using Hankevahti.Figures;
using Hankevahti.Plans;
using Hankevahti.Web.Shared;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web.Following;

/// <summary>
/// The costs page through HTTP, in local-owner mode (no accounts): the table of budget against actual, the month's
/// grid keeping bad input, the forecast, and a transfer from request to the funder's decision.
/// </summary>
public sealed class CostsPageTests : IAsyncLifetime
{
    private readonly TempDataFolder data = new();
    private RunningApp app = null!;
    private SignedInClient browser = null!;
    private const string Page = "/projects/1/costs";
    private static readonly Plan Demo = DemoPlan.Load();
    private static readonly string Lead = Demo.Organisations[0].Name;

    public async Task InitializeAsync()
    {
        app = await RunningApp.StartAsync(data.Settings);
        browser = new SignedInClient(app.Address);
    }

    public async Task DisposeAsync()
    {
        browser.Dispose();
        await app.DisposeAsync();
        data.Dispose();
    }

    private static string Text(string html) => WebUtility.HtmlDecode(html);

    private static IEnumerable<KeyValuePair<string, string>> Grid(params (string? Part, string Category, string Amount)[] cells) =>
        cells.SelectMany((c, i) => new KeyValuePair<string, string>[]
        {
            new($"Entry[{i}].Part", c.Part ?? ""), new($"Entry[{i}].Category", c.Category), new($"Entry[{i}].Amount", c.Amount),
        });

    [Fact]
    public async Task The_table_shows_the_plans_budget_in_Finnish_money_and_links_to_the_import()
    {
        var html = Text(await browser.GetStringAsync(Page));

        Assert.Contains(Fi.Money(PlanFigures.Total(Demo.Budget)), html);
        Assert.Contains($"href=\"{Page}/import\"", html);
        Assert.Contains("<svg role=\"img\"", html);
    }

    [Fact]
    public async Task A_bad_amount_keeps_what_was_typed_and_says_what_was_expected_and_nothing_is_saved()
    {
        using var refused = await browser.PostAsync(Page, Page + "?handler=entry",
            [new("entryOrganisation", Lead), new("month", "2026-03"), .. Grid(("1.1", "personnelHired", "12 000,50"), ("1.2", "personnelHired", "12x"))]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = Text(await refused.Content.ReadAsStringAsync());
        Assert.Contains("value=\"12x\"", html);
        Assert.Contains("value=\"12 000,50\"", html);
        Assert.Contains("euromäärä", html);
        Assert.Contains(Fi.Money(0m), Text(await browser.GetStringAsync(Page)));
        Assert.DoesNotContain(Fi.Money(12_000.50m), Text(await browser.GetStringAsync(Page)));
    }

    [Fact]
    public async Task A_month_outside_the_project_is_refused_with_the_months_it_has()
    {
        using var refused = await browser.PostAsync(Page, Page + "?handler=entry",
            [new("entryOrganisation", Lead), new("month", "2030-01"), .. Grid(("1.1", "personnelHired", "1"))]);

        var html = Text(await refused.Content.ReadAsStringAsync());
        Assert.Contains("2030-01", html);
        Assert.Contains("1/2026–12/2027", html);
    }

    [Fact]
    public async Task Saved_costs_and_forecasts_show_in_the_table_and_the_grid_reads_them_back()
    {
        using (var saved = await browser.PostAsync(Page, Page + "?handler=entry",
            [new("entryOrganisation", Lead), new("month", "2026-03"), .. Grid(("1.1", "personnelHired", "12 000,50"), (null, "rents", "499,50"))]))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            // The page it goes back to says what was saved, once.
            var after = Text(await browser.GetStringAsync(saved.Headers.Location!.OriginalString));
            Assert.Contains("role=\"status\"", after);
        }
        using (var forecast = await browser.PostAsync(Page, Page + "?handler=forecast",
            [new("Forecast[0].Part", "1.1"), new("Forecast[0].Category", "personnelHired"), new("Forecast[0].Amount", "90 000"), new("Forecast[0].Note", "rekrytointi viivästyi")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, forecast.StatusCode);
        }

        var html = Text(await browser.GetStringAsync(Page));
        Assert.Contains(Fi.Money(12_500m), html); // the actual total
        Assert.Contains(Fi.Money(90_000m), html);
        var grid = Text(await browser.GetStringAsync($"{Page}?entryOrganisation={Uri.EscapeDataString(Lead)}&month=2026-03"));
        Assert.Contains($"value=\"{FormValues.Amount(12_000.50m)}\"", grid);
        // Filtered to another organisation, the lead's costs are not there.
        var other = Text(await browser.GetStringAsync($"{Page}?organisation={Uri.EscapeDataString(Demo.Organisations[1].Name)}"));
        Assert.DoesNotContain(Fi.Money(12_500m), other);
    }

    [Fact]
    public async Task A_transfer_needs_a_reason_waits_for_the_funder_and_once_approved_moves_budget()
    {
        var transfer = new KeyValuePair<string, string>[]
        {
            new("Transfer.FromPart", "1.1"), new("Transfer.ToPart", "1.2"), new("Transfer.FromCategory", "personnelHired"),
            new("Transfer.ToCategory", ""), new("Transfer.Amount", "1 000"),
        };
        using (var refused = await browser.PostAsync(Page, Page + "?handler=transfer", [.. transfer, new("Transfer.Reason", " ")]))
        {
            var html = Text(await refused.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("value=\"1 000\"", html);
            Assert.Contains("Perustelu", html);
        }
        using (var recorded = await browser.PostAsync(Page, Page + "?handler=transfer", [.. transfer, new("Transfer.Reason", "Palkkaus siirtyi")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        }
        // The structural reform's profile sets no threshold: the funder decides every transfer.
        var page = Text(await browser.GetStringAsync(Page));
        Assert.Contains("data-status=\"submitted\"", page);

        using (var noReason = await browser.PostAsync(Page, Page + "?handler=decide", [new("Decision.TransferId", "1"), new("Decision.Decision", "return")]))
        {
            Assert.Contains("Palautuksen syy", Text(await noReason.Content.ReadAsStringAsync()));
        }
        using (var approved = await browser.PostAsync(Page, Page + "?handler=decide", [new("Decision.TransferId", "1"), new("Decision.Decision", "approve")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }
        using (var again = await browser.PostAsync(Page, Page + "?handler=decide", [new("Decision.TransferId", "1"), new("Decision.Decision", "return"), new("Decision.Reason", "x")]))
        {
            Assert.Contains("jo päätetty", Text(await again.Content.ReadAsStringAsync()));
        }
        Assert.Contains("data-status=\"approved\"", Text(await browser.GetStringAsync(Page)));
        var part = PlanFigures.Total(Demo.Budget, partCode: "1.2");
        Assert.Contains(Fi.Money(part + 1_000m), Text(await browser.GetStringAsync(Page)));
    }

    [Fact]
    public async Task An_unknown_organisation_in_the_filter_is_named_with_the_ones_expected()
    {
        var html = Text(await browser.GetStringAsync($"{Page}?organisation=Ei+ole"));

        Assert.Contains("Ei ole", html);
        Assert.Contains(Lead, html);
        Assert.Contains(Fi.Money(PlanFigures.Total(Demo.Budget)), html);
    }
}
