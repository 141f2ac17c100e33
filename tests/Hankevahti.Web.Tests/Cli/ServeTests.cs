using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Hankevahti.Demo;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Cli;

/// <summary>`hankevahti serve` run in-process: the web app on the CLI's database.</summary>
public sealed class ServeTests
{
    [Fact]
    public async Task Serve_shows_the_plans_stored_in_the_same_data_folder_and_stops_cleanly()
    {
        using var data = new TempDataFolder();
        var plan = DemoPlan.Load() with { Project = DemoPlan.Load().Project with { Name = "Ikäihmisten kotiutustiimi" } };
        var id = await data.StoreAsync(plan);
        var stdout = new SignallingWriter("serving ");
        var stderr = new StringWriter();
        using var stop = new CancellationTokenSource();

        var run = Hankevahti.Cli.Cli.RunAsync(
            ["serve", "--urls", "http://127.0.0.1:0", "--data", data.Path, "--Logging:LogLevel:Default=Warning"], stdout, stderr, stop.Token);
        var started = await Task.WhenAny(stdout.Seen, run, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(started == stdout.Seen, $"serve did not start: {stderr}");

        // "hankevahti: serving http://127.0.0.1:40123 on SQLite …": the address it really bound.
        var address = Regex.Match(stdout.Text, @"serving (http://127\.0\.0\.1:\d+)").Groups[1].Value;
        Assert.Contains(data.Path, stdout.Text);
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        var list = WebUtility.HtmlDecode(await http.GetStringAsync("/"));
        using var page = await http.GetAsync($"/projects/{id}");

        Assert.Contains("Ikäihmisten kotiutustiimi", list);
        Assert.DoesNotContain(DemoPlan.Load().Project.Name, list);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        await stop.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Empty(stderr.ToString());
    }

    /// <summary>Why each case: every interface (IPv4 and IPv6) is what `--urls` is given to share the app on a network.</summary>
    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://[::]:0")]
    public async Task Serve_on_every_interface_without_an_administrator_is_refused_with_how_to_make_one(string url)
    {
        using var data = new TempDataFolder();

        var result = await CliRun.RunAsync("serve", "--urls", url, "--data", data.Path, "--Logging:LogLevel:Default=None");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("hankevahti serve: not listening on ", result.Error);
        Assert.Contains("no administrator", result.Error);
        Assert.Contains("hankevahti users add EMAIL --role admin", result.Error);
    }

    // With an administrator the app may listen beyond this machine; it still says which host names it answers.
    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://[::]:0")]
    public async Task Serve_on_every_interface_with_an_administrator_starts_and_names_the_allowed_hosts(string url)
    {
        using var data = new TempDataFolder();
        await data.StoreAsync(Hankevahti.Demo.DemoPlan.Load());
        await using (var db = Hankevahti.Storage.Database.HankevahtiDb.Create(data.Settings))
        {
            var admin = new Hankevahti.Storage.People.UserAccount { Id = "a1", UserName = "admin@example.fi", NormalizedUserName = "ADMIN@EXAMPLE.FI", Email = "admin@example.fi", NormalizedEmail = "ADMIN@EXAMPLE.FI", CreatedAt = DateTimeOffset.UtcNow };
            db.Users.Add(admin);
            db.GlobalRoles.Add(new Hankevahti.Storage.People.GlobalRoleRow { UserId = "a1", Role = "admin", AddedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }
        var stdout = new SignallingWriter("serving ");
        var stderr = new StringWriter();
        using var stop = new CancellationTokenSource();

        var run = Hankevahti.Cli.Cli.RunAsync(["serve", "--urls", url, "--data", data.Path, "--Logging:LogLevel:Default=Warning"], stdout, stderr, stop.Token);
        var started = await Task.WhenAny(stdout.Seen, run, Task.Delay(TimeSpan.FromSeconds(60)));
        await stop.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.True(started == stdout.Seen, $"serve did not start: {stderr}");
        var warning = stderr.ToString();
        Assert.StartsWith("hankevahti: warning: ", warning);
        Assert.Contains("AllowedHosts", warning);
    }

    [Fact]
    public async Task Serve_on_an_address_already_taken_is_exit_1_with_one_line()
    {
        using var data = new TempDataFolder();
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = await CliRun.RunAsync("serve", "--urls", $"http://127.0.0.1:{port}", "--data", data.Path, "--Logging:LogLevel:Default=None");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"hankevahti: error: Failed to bind to address http://127.0.0.1:{port}", line);
    }

    [Fact]
    public async Task Serve_on_a_database_that_cannot_be_opened_is_exit_1_naming_the_database()
    {
        using var data = new TempDataFolder();
        var notAFolder = Path.Combine(data.Path, "file");
        await File.WriteAllTextAsync(notAFolder, "x");

        var result = await CliRun.RunAsync("serve", "--urls", "http://127.0.0.1:0", "--data", notAFolder, "--Logging:LogLevel:Default=None");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"hankevahti: error: database SQLite {Path.Combine(notAFolder, "hankevahti.db")}: ", line);
    }

    /// <summary>A writer that tells when a text has been written; safe to read while the app writes.</summary>
    private sealed class SignallingWriter(string awaited) : TextWriter
    {
        private readonly StringBuilder text = new();
        private readonly TaskCompletionSource seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override Encoding Encoding => Encoding.UTF8;
        public Task Seen => seen.Task;

        public string Text
        {
            get
            {
                lock (text)
                {
                    return text.ToString();
                }
            }
        }

        public override void Write(char value)
        {
            lock (text)
            {
                text.Append(value);
                if (text.ToString().Contains(awaited, StringComparison.Ordinal) && text[^1] == '\n')
                {
                    seen.TrySetResult();
                }
            }
        }

        public override void Write(string? value)
        {
            foreach (var c in value ?? "")
            {
                Write(c);
            }
        }

        public override Task WriteLineAsync(string? value)
        {
            Write(value + "\n");
            return Task.CompletedTask;
        }
    }
}
