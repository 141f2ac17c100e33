using Hankevahti.Demo.Portfolio;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Portfolio;
using Hankevahti.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hankevahti.Web.Tests.Web.Portfolio;

/// <summary>
/// The app reads the portfolio's figures as soon as it has started, before anyone asks (Web/Portfolio/PortfolioWarmup):
/// at national scale the first page would otherwise wait half a minute or more. On both databases, since the stamp the
/// figures are kept by is taken differently on each.
/// </summary>
public sealed class PortfolioWarmupTests
{
    [Fact]
    public async Task On_SQLite_the_figures_are_read_before_the_first_page_is_asked()
    {
        using var data = new TempDataFolder();
        await AssertWarmedAsync(data.Settings);
    }

    [Fact]
    public async Task On_PostgreSQL_the_figures_are_read_before_the_first_page_is_asked()
    {
        await using var database = await PostgresTempDatabase.CreateAsync();
        await AssertWarmedAsync(database.Settings);
    }

    private static async Task AssertWarmedAsync(DatabaseSettings settings)
    {
        await GeneratedPortfolio.WriteAsync(settings, new PortfolioSpec(12, 3, GeneratedPortfolio.Today));
        // Twelve projects are below the default threshold: read ahead from 10.
        await using var app = await RunningApp.StartAsync(settings, "--Portfolio:ReadAheadFrom=10");
        // The app's own stamp: the figures are kept per database and stamp. No request is made until they are read.
        var changes = app.App.Services.GetRequiredService<DatabaseChanges>();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!PortfolioQuery.IsKept(new PortfolioStamp(settings, (await changes.StampAsync())!), GeneratedPortfolio.Today))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "the portfolio's figures were not read within a minute of the start");
            await Task.Delay(100);
        }
        var (status, _) = await app.GetPageAsync("/portfolio");
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
    }

    // Below the threshold nothing is read ahead: every test's app (and a small database's) starts without the read.
    [Fact]
    public async Task A_portfolio_below_the_threshold_is_not_read_ahead()
    {
        using var data = new TempDataFolder();
        await GeneratedPortfolio.WriteAsync(data.Settings, new PortfolioSpec(12, 3, GeneratedPortfolio.Today));
        await using var app = await RunningApp.StartAsync(data.Settings, "--Portfolio:ReadAheadFrom=13");
        var changes = app.App.Services.GetRequiredService<DatabaseChanges>();
        // Long enough for the twelve projects' read, had it started (the test above sees it within a second or two).
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.False(PortfolioQuery.IsKept(new PortfolioStamp(data.Settings, (await changes.StampAsync())!), GeneratedPortfolio.Today));
    }

    // A threshold that is no number stops the start with a message naming the key, as every other setting does.
    [Fact]
    public async Task A_threshold_that_is_no_number_stops_the_start_naming_the_key()
    {
        using var data = new TempDataFolder();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => RunningApp.StartAsync(data.Settings, "--Portfolio:ReadAheadFrom=many"));
        Assert.Contains("Portfolio:ReadAheadFrom must be a whole number", refused.Message);
    }
}
