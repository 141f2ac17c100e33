using System.Diagnostics;
using System.Net;
using System.Text;
using Hankevahti.Demo;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web.Following;

/// <summary>
/// Reminders end to end: `hankevahti reminders send` against a real SMTP sink (maildev on loopback), read back
/// through maildev's REST API; a second scan sends nothing; without SMTP nothing is sent and the app lists them;
/// the app's own background scan sends when SMTP is configured.
/// </summary>
public sealed class ReminderMailTests : IAsyncLifetime
{
    private readonly TempDataFolder data = new();
    private RunningApp app = null!;
    private int project;
    private readonly int lastYear = DateTime.Today.Year - 1;

    // The demo plan (programme rakenneuudistus, calendar-year periods without a due date) made to run from the start of
    // last year: last year's status report is due (its period has ended). One value waits for approval, one was
    // returned, a payment claim waits. The manager, an editor (not reminded) and a funder official of the programme.
    public async Task InitializeAsync()
    {
        project = await data.StoreAsync(DemoPlan.Load() with { Project = DemoPlan.Load().Project with { Name = "Hanke <b>&</b> muistutus" } });
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            var row = await db.Projects.SingleAsync(p => p.Id == project);
            row.PeriodStart = new DateOnly(lastYear, 1, 1);
            row.PeriodEnd = new DateOnly(lastYear + 2, 12, 31);
            row.Status = "running";
            var at = DateTimeOffset.UtcNow;
            db.IndicatorValues.AddRange(
                new IndicatorValueRow { ProjectId = project, IndicatorId = "M1", PeriodCode = $"{lastYear}", NumberValue = 3, Status = "submitted", Revision = 2, UpdatedAt = at },
                new IndicatorValueRow { ProjectId = project, IndicatorId = "M2", PeriodCode = $"{lastYear}", NumberValue = 4, Status = "returned", StatusReason = "väärä <yksikkö>", Revision = 3, UpdatedAt = at });
            db.PeriodReports.Add(new PeriodReportRow { ProjectId = project, Kind = "claim", PeriodCode = "", Status = "submitted", Revision = 2, UpdatedAt = at });
            await db.SaveChangesAsync();
        }
        app = await RunningApp.StartAsync(data.Settings);
        var manager = await Support.People.AddUserAsync(app.App, "manager@test.invalid");
        await Support.People.AddMemberAsync(app.App, project, manager, ProjectRole.Manager);
        var editor = await Support.People.AddUserAsync(app.App, "editor@test.invalid");
        await Support.People.AddMemberAsync(app.App, project, editor, ProjectRole.Editor);
        await Support.People.AddUserAsync(app.App, "funder@test.invalid", "funder:rakenneuudistus");
        await Support.People.AddUserAsync(app.App, "other-funder@test.invalid", "funder:rrf");
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        data.Dispose();
    }

    private string[] Expected() =>
    [
        $"manager@test.invalid Hankevahti: raportti erääntyy – Hanke <b>&</b> muistutus",
        "manager@test.invalid Hankevahti: arvo palautettu – Hanke <b>&</b> muistutus",
        "funder@test.invalid Hankevahti: arvo odottaa hyväksyntää – Hanke <b>&</b> muistutus",
        "funder@test.invalid Hankevahti: raportti odottaa hyväksyntää – Hanke <b>&</b> muistutus",
    ];

    private static string[] Describe(IEnumerable<CaughtMail> mails) =>
        mails.Select(m => $"{Assert.Single(m.To).Address} {m.Subject}").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task A_scan_mails_the_people_responsible_once_and_a_second_scan_sends_nothing()
    {
        await using var mailDev = await MailDev.StartAsync();
        var smtp = Smtp(mailDev);

        var dry = await RunCliAsync(smtp, "reminders", "send", "--dry-run");
        Assert.True(dry.ExitCode == 0, dry.Out + dry.Error);
        Assert.Contains("dry run: 4 e-mails would be sent", dry.Out);
        Assert.Empty(await mailDev.MailsAsync());

        var first = await RunCliAsync(smtp, "reminders", "send");
        Assert.True(first.ExitCode == 0, first.Out + first.Error + mailDev.Output);
        Assert.Contains("4 sent, 0 failed", first.Out);
        Assert.Contains($"sent\treport_due\t{project}\tstatus:{lastYear}\tmanager@test.invalid", first.Out);
        var mails = await mailDev.MailsAsync();
        Assert.Equal(Expected().Order(StringComparer.Ordinal), Describe(mails));

        // The manager's report reminder: Finnish, then Swedish and English, with the link to the page; the data encoded in HTML.
        var due = mails.Single(m => m.Subject.Contains("raportti erääntyy"));
        Assert.Equal("reminders@test.invalid", Assert.Single(due.From).Address);
        var text = due.Text!;
        Assert.Contains($"Kausi {lastYear} päättyi 31.12.{lastYear}; hankkeen Hanke <b>&</b> muistutus tilanneraportti siltä ei ole vielä lähetetty.", text);
        Assert.True(text.IndexOf("Perioden", StringComparison.Ordinal) > text.IndexOf("tilanneraportti", StringComparison.Ordinal));
        Assert.True(text.IndexOf("status report", StringComparison.Ordinal) > text.IndexOf("lägesrapport", StringComparison.Ordinal));
        Assert.Contains($"https://plans.test.invalid/projects/{project}/reports/status/{lastYear}", text);
        Assert.Contains("Hanke &lt;b&gt;&amp;&lt;/b&gt; muistutus", due.Html);
        Assert.DoesNotContain("<b>&", due.Html);
        // The returned value carries the funder's reason, encoded in HTML too.
        var returned = mails.Single(m => m.Subject.Contains("arvo palautettu"));
        Assert.Contains("Syy: väärä <yksikkö>", returned.Text);
        Assert.Contains("&lt;yksikk", returned.Html);

        var second = await RunCliAsync(smtp, "reminders", "send");
        Assert.True(second.ExitCode == 0, second.Out + second.Error);
        Assert.Contains("0 sent, 0 failed", second.Out);
        Assert.Equal(4, (await mailDev.MailsAsync()).Count);
        await using var db = HankevahtiDb.Create(data.Settings);
        Assert.Equal(4, await db.RemindersSent.CountAsync());
    }

    [Fact]
    public async Task Without_SMTP_nothing_is_sent_and_the_app_lists_the_reminders_of_each_person()
    {
        var result = await RunCliAsync(new Dictionary<string, string>(), "reminders", "send");

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.Contains("no SMTP server is configured (Smtp:Host): nothing sent; 4 reminders due show in the app", result.Out);
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            Assert.Equal(0, await db.RemindersSent.CountAsync());
        }

        await Support.People.WaitUntilSignInIsAskedAsync(app);
        using var manager = new SignedInClient(app.Address);
        (await manager.SignInAsync("manager@test.invalid")).Dispose();
        var page = WebUtility.HtmlDecode(await manager.GetStringAsync("/reminders"));
        Assert.Contains("SMTP-palvelinta ei ole määritetty", page);
        Assert.Contains($"Kausi {lastYear} päättyi 31.12.{lastYear}; hankkeen Hanke <b>&</b> muistutus tilanneraportti", page);
        Assert.Contains("Rahoittaja palautti hankkeen Hanke <b>&</b> muistutus mittarin M2 arvon", page);
        Assert.DoesNotContain("odottaa hyväksyntää", page);
        // Encoded on the page: the project's name is text, not markup.
        Assert.DoesNotContain("Hanke <b>&</b>", await manager.GetStringAsync("/reminders"));

        using var funder = new SignedInClient(app.Address);
        (await funder.SignInAsync("funder@test.invalid")).Dispose();
        var funderPage = WebUtility.HtmlDecode(await funder.GetStringAsync("/reminders"));
        Assert.Contains("mittarin M1 arvo kaudelta", funderPage);
        Assert.Contains("maksatushakemus kaudelta (koko hanke) odottaa hyväksyntää", funderPage);
        Assert.DoesNotContain("päättyi", funderPage);

        // An editor, and the funder official of another programme, are reminded of nothing.
        using var editor = new SignedInClient(app.Address);
        (await editor.SignInAsync("editor@test.invalid")).Dispose();
        Assert.Contains("Ei muistutuksia.", await editor.GetStringAsync("/reminders"));
        using var other = new SignedInClient(app.Address);
        (await other.SignInAsync("other-funder@test.invalid")).Dispose();
        Assert.Contains("Ei muistutuksia.", await other.GetStringAsync("/reminders"));
    }

    // The app scans by itself when SMTP is configured (here every 2 s): the mails arrive, and once only.
    [Fact]
    public async Task The_app_scans_in_the_background_when_SMTP_is_configured()
    {
        await using var mailDev = await MailDev.StartAsync();
        await using var scanning = await RunningApp.StartAsync(data.Settings,
            [.. Smtp(mailDev).Select(kv => $"--{kv.Key.Replace("__", ":")}={kv.Value}"), "--Reminders:Interval=00:00:02"]);

        var watch = Stopwatch.StartNew();
        while ((await mailDev.MailsAsync()).Count < 4 && watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(250);
        }
        // Two more intervals: nothing is sent again.
        await Task.Delay(TimeSpan.FromSeconds(5));

        Assert.Equal(Expected().Order(StringComparer.Ordinal), Describe(await mailDev.MailsAsync()));
    }

    private static Dictionary<string, string> Smtp(MailDev mailDev) => new()
    {
        ["Smtp__Host"] = "127.0.0.1",
        ["Smtp__Port"] = $"{mailDev.SmtpPort}",
        ["Smtp__From"] = "Hankevahti <reminders@test.invalid>",
        // maildev speaks plain SMTP; a real server gets STARTTLS (the default).
        ["Smtp__UseTls"] = "false",
        ["App__BaseUrl"] = "https://plans.test.invalid",
    };

    // The CLI as a child process with its configuration in the environment, as an operator gives it (Smtp__Host…).
    private async Task<CliResult> RunCliAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(ServerProcess.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, ServerProcess.CliAssembly));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.ArgumentList.Add("--data");
        start.ArgumentList.Add(data.Path);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("Smtp__", StringComparison.Ordinal) || k.StartsWith("Reminders__", StringComparison.Ordinal) || k.StartsWith("App__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }
        start.Environment.Remove("ConnectionStrings__Postgres");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, (await output).ReplaceLineEndings("\n"), (await error).ReplaceLineEndings("\n"));
    }
}
