using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Serialization;

namespace Hankevahti.Web.Tests.Support;

/// <summary>An e-mail as maildev's REST API (GET /api/email) gives it: the fields the tests read.</summary>
public sealed record CaughtMail(
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("to")] IReadOnlyList<CaughtAddress> To,
    [property: JsonPropertyName("from")] IReadOnlyList<CaughtAddress> From,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("html")] string? Html);

public sealed record CaughtAddress([property: JsonPropertyName("address")] string Address, [property: JsonPropertyName("name")] string? Name);

/// <summary>
/// A real SMTP server that keeps what it is sent, for the reminder tests: npm maildev (from the repository's
/// package-lock.json, `node node_modules/maildev/dist/bin/maildev.js`) on two free 127.0.0.1 ports, SMTP and its
/// REST API, its mails in a folder of its own. Disposing it kills it and deletes the folder.
/// </summary>
public sealed class MailDev : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly string folder;
    private readonly StringBuilder output = new();
    private readonly HttpClient api;

    private MailDev(Process process, string folder, int smtpPort, int webPort)
    {
        this.process = process;
        this.folder = folder;
        SmtpPort = smtpPort;
        api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/") };
    }

    public int SmtpPort { get; }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static string Script => Path.Combine(SeedFiles.RepoRoot(), "node_modules", "maildev", "dist", "bin", "maildev.js");

    public static async Task<MailDev> StartAsync()
    {
        var root = SeedFiles.RepoRoot();
        Assert.True(File.Exists(Script), $"maildev is missing from {root}/node_modules: run `npm ci` there (building Hankevahti.Web does it)");
        var folder = Path.Combine(Path.GetTempPath(), $"hankevahti-maildev-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        // maildev takes no port 0: free ports are asked of the system and given to it (a race with another process is unlikely and fails loudly).
        var (smtp, web) = (FreePort(), FreePort());
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        foreach (var arg in new[] { Script, "--smtp", $"{smtp}", "--ip", "127.0.0.1", "--web", $"{web}", "--web-ip", "127.0.0.1", "--mail-directory", folder })
        {
            start.ArgumentList.Add(arg);
        }
        var mailDev = new MailDev(new Process { StartInfo = start, EnableRaisingEvents = true }, folder, smtp, web);
        try
        {
            await mailDev.RunAsync();
            return mailDev;
        }
        catch
        {
            await mailDev.DisposeAsync();
            throw;
        }
    }

    private async Task RunAsync()
    {
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data is null ? null : "stderr: " + e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            Assert.Fail("node is needed: apt-get install nodejs npm");
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow + StartTimeout;
        // Ready when the API answers and the SMTP port takes a connection; node on a loaded machine may take seconds.
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, $"maildev exited with {(process.HasExited ? process.ExitCode : 0)}:\n{Output}");
            if (await ApiUpAsync() && await SmtpUpAsync())
            {
                return;
            }
            await Task.Delay(200);
        }
        Assert.Fail($"maildev did not start in {StartTimeout.TotalSeconds} s:\n{Output}");
    }

    private async Task<bool> ApiUpAsync()
    {
        try
        {
            using var response = await api.GetAsync("api/healthz");
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private async Task<bool> SmtpUpAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, SmtpPort);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Every mail received so far.</summary>
    public async Task<IReadOnlyList<CaughtMail>> MailsAsync() =>
        await api.GetFromJsonAsync<List<CaughtMail>>("api/email") ?? [];

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.Append(line).Append('\n');
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        api.Dispose();
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            await process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
            // Never started: there is nothing to kill.
        }
        process.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the dying process: the temporary folder is left to the system.
        }
    }

    public override string ToString() => $"maildev SMTP 127.0.0.1:{SmtpPort}";
}
