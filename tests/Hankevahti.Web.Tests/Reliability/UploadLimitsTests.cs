using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Tests.Fixtures;
using Hankevahti.Web.Shared;
using Hankevahti.Web.Tests.Support;
using Hankevahti.Web.Tests.Web;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Reliability;

/// <summary>
/// Uploads against the running app: a plan over a limit is refused with a message that names the
/// file, what it has and the limit; uploads beyond the readers wait and the page says so; beyond those
/// that may wait the server says it is busy; pdftotext never runs more often at once than configured;
/// and one upload is saved once however many times Save is pressed at once (on the code before, ten
/// presses at once made four projects).
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed partial class UploadLimitsTests
{
    private const string Seed = "001_6d6c3ec0957ecc99.txt";

    private static string SeedText() => File.ReadAllText(Path.Combine(SeedFiles.Folder, Seed));

    /// <summary>The real plan written <paramref name="times"/> times over: a long plan with real structure.</summary>
    internal static byte[] Repeated(int times) => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(SeedText() + "\n", times)));

    [Theory, BothProviders]
    public async Task Ten_presses_of_save_at_once_make_one_project_and_send_all_to_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = await RunningApp.StartAsync(database.Settings);
        using var client = new ImportFormClient(app.Address);
        await using var before = HankevahtiDb.Create(database.Settings);
        // The app loads its demo plan into an empty database.
        var projects = await before.Projects.CountAsync();
        for (var trial = 0; trial < 3; trial++)
        {
            var preview = await client.UploadToPreviewAsync($"kerta{trial}.txt", Repeated(1));
            var form = ImportFormClient.Token((await client.GetAsync(preview)).Html);
            var start = new TaskCompletionSource();
            var presses = Enumerable.Range(0, 10).Select(async _ =>
            {
                await start.Task;
                using var response = await client.PostWithTokenAsync(form, "/import/preview?handler=New", [new("t", preview.Split("t=")[1])]);
                return (response.StatusCode, Location: response.Headers.Location?.OriginalString);
            }).ToList();
            start.SetResult();
            var answers = await Task.WhenAll(presses);

            Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
            Assert.Single(answers.Select(a => a.Location).Distinct());
            await using var db = HankevahtiDb.Create(database.Settings);
            Assert.Equal(projects + trial + 1, await db.Projects.CountAsync());
        }
    }

    public static TheoryData<string, Func<byte[]>, string[], Func<string, string>> OverLimit() => new()
    {
        // The defect's own case: a 19 MB text plan, refused from its bytes before any reading.
        { "iso.txt", () => Repeated(160), [], file => Expected("OverLimitCharacters", file, Characters(Repeated(160)), 2_000_000) },
        // Many short words within the characters: the word count refuses it.
        { "sanat.txt", () => Repeated(1), ["--Limits:Read:Words=5000"], file => Expected("OverLimitWords", file, Words(Repeated(1)), 5000) },
        // A PDF: its extracted text is counted before it is parsed.
        { "pdf.pdf", () => HostilePdf.Build(2000), ["--Limits:Read:Characters=10000"], file => $"Tiedostossa {file} on [0-9\\s]+ merkkiä tekstiä; yhdessä suunnitelmassa saa olla enintään 10\\s000 merkkiä. Tiedostoa ei luettu." },
        // What the reader made: paragraphs and headings, then tables.
        { "kappaleet.txt", () => Repeated(1), ["--Limits:Read:Blocks=100"], file => $"Tiedostossa {file} on [0-9\\s]+ kappaletta, otsikkoa ja luettelon kohtaa; yhdessä suunnitelmassa saa olla enintään 100. Tiedostoa ei tuotu." },
        { "taulukot.txt", () => Repeated(1), ["--Limits:Read:Tables=1"], file => $"Tiedostossa {file} on [0-9\\s]+ taulukkoa; yhdessä suunnitelmassa saa olla enintään 1. Tiedostoa ei tuotu." },
    };

    [Theory, MemberData(nameof(OverLimit))]
    public async Task A_plan_over_a_limit_is_refused_with_a_message_naming_the_file_what_it_has_and_the_limit(string file, Func<byte[]> content, string[] configuration, Func<string, string> message)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = await RunningApp.StartAsync(database.Settings, configuration);
        using var client = new ImportFormClient(app.Address);

        using var response = await client.UploadAsync(file, content());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("^" + message(file) + "$", ImportFormClient.UploadError(html));
    }

    [Fact]
    public async Task Uploads_beyond_the_readers_wait_and_the_preview_page_says_so_until_it_is_ready()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        // One reader, and a form that does not wait for it: every upload goes to its preview page at once,
        // and those behind the first are shown waiting (or, by the time the page is asked for, being read).
        await using var app = await RunningApp.StartAsync(database.Settings, "--Limits:Imports:Concurrent=1", "--Limits:Imports:FormWait=00:00:00");
        var uploads = await Task.WhenAll(Enumerable.Range(0, 3).Select(async i =>
        {
            // A browser each: one antiforgery cookie each.
            using var client = new ImportFormClient(app.Address);
            using var response = await client.UploadAsync($"pitka{i}.txt", Repeated(12));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var preview = response.Headers.Location!.OriginalString;
            return (Preview: preview, First: WebUtility.HtmlDecode((await client.GetAsync(preview)).Html));
        }));

        var waited = uploads.Where(u => u.First.Contains("data-state=\"waiting\"", StringComparison.Ordinal) || u.First.Contains("data-state=\"reading\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(waited);
        Assert.All(waited, u =>
        {
            Assert.Contains("<meta http-equiv=\"refresh\" content=\"2\">", u.First);
            Assert.Matches("Tiedosto pitka[0-2].txt odottaa lukemista: ennen sitä jonossa on [0-2] tuontia.|Tiedostoa pitka[0-2].txt luetaan ja tuodaan.", u.First);
        });
        using var reader = new ImportFormClient(app.Address);
        foreach (var (preview, _) in uploads)
        {
            // As the page's refresh would: until the preview is there.
            var deadline = DateTime.UtcNow.AddMinutes(3);
            string page;
            while ((page = WebUtility.HtmlDecode((await reader.GetAsync(preview)).Html)).Contains("data-state=", StringComparison.Ordinal))
            {
                Assert.True(DateTime.UtcNow < deadline, $"{preview} still not read after three minutes");
                await Task.Delay(200);
            }
            Assert.Contains("<h1>Tuonnin esikatselu</h1>", page);
        }
    }

    [Fact]
    public async Task Past_the_uploads_that_may_wait_the_server_says_it_is_busy_and_keeps_nothing()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = await RunningApp.StartAsync(database.Settings, "--Limits:Imports:Concurrent=1", "--Limits:Imports:Waiting=0");
        using var client = new ImportFormClient(app.Address);
        using var other = new ImportFormClient(app.Address);
        // The first upload must still hold the only slot when the second comes: a PDF whose text takes
        // pdftotext seconds to place does, however fast the importer itself has become (a long text plan no
        // longer did: it was read within the half second).
        var first = client.UploadAsync("ensin.pdf", HostilePdf.Build(30_000));
        await Task.Delay(500);

        using var second = await other.UploadAsync("toinen.txt", Repeated(1));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        var html = WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync());
        Assert.Equal("Palvelin lukee nyt muita tiedostoja (0 odottaa vuoroaan). Tuo tiedosto toinen.txt uudelleen hetken kuluttua.", ImportFormClient.UploadError(html));
        (await first).Dispose();
    }

    [Fact]
    public async Task Parallel_hostile_pdfs_never_run_more_pdftotext_processes_than_the_limit()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = await RunningApp.StartAsync(database.Settings, "--Limits:Imports:Concurrent=4", "--Limits:Imports:PdfProcesses=1");
        var pdf = HostilePdf.Build(30_000);
        using var watch = new ChildProcessWatch(Environment.ProcessId, "pdftotext");

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            using var client = new ImportFormClient(app.Address);
            using var response = await client.UploadAsync($"vihamielinen{i}.pdf", pdf);
            return response.StatusCode;
        }));
        // The form waits a few seconds; those still queued are read after it answered.
        await WaitUntilNoneAsync(watch);

        Assert.All(answers, a => Assert.True(a is HttpStatusCode.OK or HttpStatusCode.Redirect, $"answered {a}"));
        Assert.Equal(1, watch.Most);
    }

    private static async Task WaitUntilNoneAsync(ChildProcessWatch watch)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        var quiet = 0;
        while (quiet < 10 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            quiet = watch.Now == 0 ? quiet + 1 : 0;
        }
    }

    private static string Expected(string key, string file, long found, long limit) => Regex.Escape(key switch
    {
        "OverLimitCharacters" => $"Tiedostossa {file} on {Fi.Number(found)} merkkiä tekstiä; yhdessä suunnitelmassa saa olla enintään {Fi.Number(limit)} merkkiä. Tiedostoa ei luettu.",
        _ => $"Tiedostossa {file} on {Fi.Number(found)} sanaa; yhdessä suunnitelmassa saa olla enintään {Fi.Number(limit)} sanaa. Tiedostoa ei luettu.",
    });

    private static long Characters(byte[] utf8) => Encoding.UTF8.GetString(utf8).Length;

    private static long Words(byte[] utf8) => WordPattern().Count(Encoding.UTF8.GetString(utf8));

    [GeneratedRegex("[^ \\t\\n\\r\\f\\v]+")]
    private static partial Regex WordPattern();

}
