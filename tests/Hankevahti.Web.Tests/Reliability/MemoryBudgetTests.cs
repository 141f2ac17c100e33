using System.Net;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Tests.Fixtures;
using Hankevahti.Web.Tests.Support;
using Hankevahti.Web.Tests.Web;
using Xunit.Abstractions;

namespace Hankevahti.Web.Tests.Reliability;

/// <summary>
/// The server as `hankevahti serve` runs it, its memory read from the operating system while uploads
/// arrive. Eight 19 MB text plans at once once took it to 3.6 GB, where it stayed ten minutes later.
/// Now the same eight are refused from their bytes, eight plans just under the limits wait for the
/// readers in turn, the server stays under its memory budget (the default 1 GB) throughout, and once
/// the previews expire it is back within 100 MB of where it started.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class MemoryBudgetTests(ITestOutputHelper output)
{
    private const long Budget = 1024L * 1024 * 1024;
    private const long Settle = 100L * 1024 * 1024;

    [Fact]
    public async Task Eight_huge_and_eight_large_uploads_at_once_stay_under_the_budget_and_the_memory_comes_back()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        // A short lifetime, so that the previews expire within the test; the rest are the defaults.
        await using var server = await ServerProcess.StartAsync(database.Settings, "--Limits:Imports:PreviewLifetime=00:00:15");
        // Eight browsers signed in before anything is measured: signing in (a password hash each) would otherwise
        // spread the uploads out in time, and they must arrive at once.
        var browsers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => SignedInAsync(server)));
        try
        {
            await RunAsync(server, browsers);
        }
        finally
        {
            foreach (var browser in browsers)
            {
                browser.Dispose();
            }
        }
    }

    private async Task RunAsync(ServerProcess server, ImportFormClient[] browsers)
    {
        await WarmUpAsync(browsers[0]);
        var start = server.WorkingSetBytes();
        using var peak = new PeakMemory(server);

        // 19 MB each: over the characters a plan may have, refused with the exact message before any reading.
        var huge = UploadLimitsTests.Repeated(160);
        var refused = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => UploadAsync(browsers[i], $"iso{i}.txt", huge)));
        Assert.All(refused, r =>
        {
            Assert.Equal(HttpStatusCode.OK, r.Status);
            Assert.Matches("^Tiedostossa iso[0-7].txt on 1[89]\\s[0-9]{3}\\s[0-9]{3} merkkiä tekstiä; yhdessä suunnitelmassa saa olla enintään 2\\s000\\s000 merkkiä. Tiedostoa ei luettu.$", r.Error);
        });
        var afterHuge = peak.Most;

        // Just under the limits (1.8 M characters, 170 000 words): read two at a time, the rest wait and their page says so.
        var large = UploadLimitsTests.Repeated(15);
        var queued = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => UploadAsync(browsers[i], $"suuri{i}.txt", large)));
        Assert.All(queued, q => Assert.Equal(HttpStatusCode.Redirect, q.Status));
        var waitingPages = 0;
        foreach (var q in queued)
        {
            var page = await ReadyAsync(browsers[0], q.Location!, () => waitingPages++);
            Assert.Contains("<h1>Tuonnin esikatselu</h1>", page);
        }
        Assert.True(waitingPages > 0, "no upload was shown as waiting or being read");
        var afterLarge = peak.Most;

        // The previews expire; the server gives their memory back. First past their lifetime (15 s from their
        // last reading above): memory may settle sooner than that, and the expiry is what is asserted after it.
        await Task.Delay(TimeSpan.FromSeconds(20));
        var deadline = DateTime.UtcNow.AddSeconds(90);
        long now;
        while ((now = server.WorkingSetBytes()) > start + Settle && DateTime.UtcNow < deadline)
        {
            await Task.Delay(1000);
        }
        var (status, gone) = await browsers[0].GetAsync(queued[0].Location!);

        output.WriteLine($"start {Mb(start)}, peak with 8 × 19 MB {Mb(afterHuge)}, peak with 8 large {Mb(afterLarge)}, after expiry {Mb(now)}; budget {Mb(Budget)}");
        Assert.True(peak.Most < Budget, $"the server reached {Mb(peak.Most)}, over the budget of {Mb(Budget)}");
        Assert.True(now <= start + Settle, $"after the previews expired the server holds {Mb(now)}, more than 100 MB over its start of {Mb(start)}");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Esikatselua ei enää ole", WebUtility.HtmlDecode(gone));
    }

    private static string Mb(long bytes) => $"{bytes / (1024 * 1024)} MB";

    // What a user does first: the pages are compiled and the caches filled before "the start" is read.
    private static async Task WarmUpAsync(ImportFormClient browser)
    {
        foreach (var path in new[] { "/", "/import", "/projects" })
        {
            for (var i = 0; i < 3; i++)
            {
                await browser.GetAsync(path);
            }
        }
        await UploadAsync(browser, "lammitys.txt", UploadLimitsTests.Repeated(1));
        await Task.Delay(2000);
    }

    // The empty database gets the demo and its accounts: each client is the demo's project manager in a browser of its own.
    private static async Task<ImportFormClient> SignedInAsync(ServerProcess server)
    {
        var client = new ImportFormClient(server.Address);
        await client.SignInAsync(Manager, await server.DemoPasswordAsync(Manager));
        return client;
    }

    private const string Manager = "projektipaallikko@" + Hankevahti.Web.Shared.DemoAccounts.Domain;

    /// <summary>Asks for the preview as its page's refresh would, until it is there; counts the pages that said it waits.</summary>
    private static async Task<string> ReadyAsync(ImportFormClient client, string preview, Action waited)
    {
        var deadline = DateTime.UtcNow.AddMinutes(4);
        while (true)
        {
            var page = WebUtility.HtmlDecode((await client.GetAsync(preview)).Html);
            if (!page.Contains("data-state=", StringComparison.Ordinal))
            {
                return page;
            }
            waited();
            Assert.True(DateTime.UtcNow < deadline, $"{preview} still not read after four minutes");
            await Task.Delay(500);
        }
    }

    private static async Task<(HttpStatusCode Status, string? Location, string Error)> UploadAsync(ImportFormClient client, string file, byte[] content)
    {
        using var response = await client.UploadAsync(file, content);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, response.Headers.Location?.OriginalString, ImportFormClient.UploadError(html));
    }


    /// <summary>The most memory the server held, sampled every 20 ms.</summary>
    private sealed class PeakMemory : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly Task sampler;
        private long most;

        public PeakMemory(ServerProcess server)
        {
            sampler = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var now = server.WorkingSetBytes();
                    if (now > Interlocked.Read(ref most))
                    {
                        Interlocked.Exchange(ref most, now);
                    }
                    await Task.Delay(20);
                }
            });
        }

        public long Most => Interlocked.Read(ref most);

        public void Dispose()
        {
            stop.Cancel();
            sampler.Wait();
            stop.Dispose();
        }
    }
}
