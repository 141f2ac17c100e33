using System.Net;
using Hankevahti.Demo;
using Hankevahti.Following.Reports;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Tests.Cli;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web.Following;

/// <summary>
/// The report pages through HTTP, in local-owner mode (no accounts), on the demo project (yearly periods 2026 and
/// 2027) with ledger rows inserted at test time: the list of periods, a claim's figures on the page and in its
/// .docx, the narrative kept over a stale save, and submit → return with a reason → resubmit → approve.
/// </summary>
public sealed class ReportsPageTests : IAsyncLifetime
{
    private readonly TempDataFolder data = new();
    private RunningApp app = null!;
    private SignedInClient browser = null!;
    private const string Claim = "/projects/1/reports/claim/2026";
    private const string Status = "/projects/1/reports/status/2026";

    public async Task InitializeAsync()
    {
        app = await RunningApp.StartAsync(data.Settings);
        browser = new SignedInClient(app.Address);
        await using var db = HankevahtiDb.Create(data.Settings);
        db.ActualCosts.AddRange(CliReportFixture.LedgerRows(1, DemoPlan.Load(), 300));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        browser.Dispose();
        await app.DisposeAsync();
        data.Dispose();
    }

    private static string Text(string html) => WebUtility.HtmlDecode(html).Replace('\u00A0', ' ');

    private async Task<decimal> SqlSumAsync()
    {
        await using var db = HankevahtiDb.Create(data.Settings);
        return await db.ActualCosts.Where(c => c.ProjectId == 1 && c.BookedOn.Year == 2026).SumAsync(c => c.Amount);
    }

    [Fact]
    public async Task The_list_shows_the_projects_periods_with_due_dates_and_links_to_each_report()
    {
        var html = Text(await browser.GetStringAsync("/projects/1/reports"));

        Assert.Contains("data-period=\"2026\"", html);
        Assert.Contains("data-period=\"2027\"", html);
        Assert.Contains($"href=\"{Status}\"", html);
        Assert.Contains($"href=\"{Claim}\"", html);
        Assert.Contains("href=\"/projects/1/reports/final\"", html);
    }

    // The acceptance item: the .docx opens in LibreOffice and holds the figures the page shows.
    [Fact]
    public async Task The_claims_total_on_the_page_is_in_the_downloaded_docx_which_LibreOffice_opens()
    {
        var total = ReportFormat.Money(await SqlSumAsync()).Replace('\u00A0', ' ');
        var page = Text(await browser.GetStringAsync(Claim));
        Assert.Contains(total, page);

        using var response = await browser.Http.GetAsync(Claim + "?handler=download&format=docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("maksatushakemus-1-2026.docx", response.Content.Headers.ContentDisposition?.FileName);
        var file = Path.Combine(data.Path, "claim.docx");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
        var text = (await LibreOffice.ToTextAsync(file)).Replace('\u00A0', ' ');
        Assert.Contains(total, text);

        using var xlsx = await browser.Http.GetAsync(Claim + "?handler=download&format=xlsx");
        Assert.Equal("attachment", xlsx.Content.Headers.ContentDisposition?.DispositionType);
    }

    // Two people write the narrative at once: the second save is refused, keeps what was typed and shows the stored text.
    [Fact]
    public async Task A_stale_narrative_save_keeps_the_typed_text_and_says_someone_saved_meanwhile()
    {
        using var first = await browser.PostAsync(Status, Status + "?handler=save", [new("Done", "Ensimmäinen teksti"), new("Revision", "0")]);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        using var stale = await browser.PostAsync(Status, Status + "?handler=save", [new("Done", "Toinen kirjoittaja"), new("Revision", "0")]);
        var html = Text(await stale.Content.ReadAsStringAsync());

        Assert.Contains(">Toinen kirjoittaja</textarea>", html);
        Assert.Contains("joku muu tallensi sen välillä", html);
        Assert.Contains("Ensimmäinen teksti", html);
        Assert.Contains("name=\"Revision\" value=\"1\"", html);
    }

    [Fact]
    public async Task A_report_is_submitted_returned_only_with_a_reason_resubmitted_and_approved()
    {
        using var submitted = await browser.PostAsync(Status, Status + "?handler=submit", []);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Contains("data-status=\"submitted\"", await browser.GetStringAsync(Status));

        using var noReason = await browser.PostAsync(Status, Status + "?handler=return", [new("Reason", " ")]);
        Assert.Contains("Kirjoita palautuksen syy.", Text(await noReason.Content.ReadAsStringAsync()));

        using var returned = await browser.PostAsync(Status, Status + "?handler=return", [new("Reason", "Mittarit puuttuvat")]);
        var returnedHtml = Text(await browser.GetStringAsync(Status));
        Assert.Contains("data-status=\"returned\"", returnedHtml);
        Assert.Contains("Mittarit puuttuvat", returnedHtml);

        await browser.PostAsync(Status, Status + "?handler=submit", []);
        using var approved = await browser.PostAsync(Status, Status + "?handler=approve", []);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var approvedHtml = Text(await browser.GetStringAsync(Status));
        Assert.Contains("data-status=\"approved\"", approvedHtml);
        Assert.DoesNotContain("handler=save", approvedHtml);
    }
}
