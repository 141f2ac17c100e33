using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Hankevahti.Storage.Database;

namespace Hankevahti.Web.Tests.Support;

/// <summary>
/// The real server as a child process: `dotnet Hankevahti.Cli.dll serve` on a 127.0.0.1 port of its
/// own, over the given database, reached over HTTP. Unlike <see cref="RunningApp"/> it can be killed
/// (SIGKILL, nothing flushed or disposed) and its memory read from the operating system, for the crash
/// and memory parts of the reliability suite. Disposing it kills it.
/// </summary>
/// <remarks>
/// The ProjectReference to src/Hankevahti.Cli puts Hankevahti.Cli.dll, with its runtimeconfig.json and
/// deps.json, beside the test assembly, so the child is the build of the same configuration as the tests.
/// </remarks>
public sealed partial class ServerProcess : IAsyncDisposable
{
    public const string CliAssembly = "Hankevahti.Cli.dll";

    // Enough to show why a start failed or what the server logged before a failure, without letting a
    // long run's log grow without bound.
    private const int KeptLines = 2000;

    private readonly Process process;
    private readonly Queue<string> lines = new();
    private readonly TaskCompletionSource<Uri> serving = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerProcess(Process process)
    {
        this.process = process;
    }

    /// <summary>The child's process id, as /proc and `kill` know it.</summary>
    public int Pid { get; private set; }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:40123/.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>A client on <see cref="Address"/> that follows no redirects and keeps no cookies: a test sees exactly what the server answered.</summary>
    public HttpClient Http { get; private set; } = null!;

    public bool HasExited => process.HasExited;

    /// <summary>The demo's accounts (address → password) that serve printed on its first run on an empty database.</summary>
    public IReadOnlyDictionary<string, string> DemoAccounts
    {
        get
        {
            lock (lines)
            {
                return demoAccounts.ToDictionary();
            }
        }
    }

    private readonly Dictionary<string, string> demoAccounts = [];

    /// <summary>
    /// The password of the demo account <paramref name="email"/>. serve prints the accounts just after the
    /// serving line, so they may still be on their way when the start has returned: waits up to ten seconds.
    /// </summary>
    public async Task<string> DemoPasswordAsync(string email)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            if (DemoAccounts.TryGetValue(email, out var password))
            {
                return password;
            }
            Assert.True(DateTime.UtcNow < deadline, $"serve printed no demo account {email}:\n{Output}");
            await Task.Delay(50);
        }
    }

    /// <summary>What the server wrote to standard output and standard error so far (the last lines), to show in failure messages.</summary>
    public string Output
    {
        get
        {
            lock (lines)
            {
                return string.Join('\n', lines);
            }
        }
    }

    /// <summary>
    /// Starts the server on <paramref name="settings"/> and returns once it answers HTTP.
    /// SQLite is passed as `--data DIR`, PostgreSQL as the environment variable ConnectionStrings__Postgres,
    /// the two ways `hankevahti serve` is pointed at a database.
    /// </summary>
    /// <param name="arguments">More arguments for serve, ASP.NET Core configuration among them: "--Limits:Text:Title=20".</param>
    public static Task<ServerProcess> StartAsync(DatabaseSettings settings, params string[] arguments) =>
        StartAsync(settings, arguments, new Dictionary<string, string?>());

    /// <param name="arguments">More arguments for serve, ASP.NET Core configuration among them: "--Limits:Text:Title=20".</param>
    /// <param name="environment">Environment variables to set for the child; a null value removes one it would inherit.</param>
    public static async Task<ServerProcess> StartAsync(DatabaseSettings settings, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, CliAssembly);
        Assert.True(File.Exists(cli), $"{cli} is missing: build the tests with `dotnet build` (the test project's ProjectReference to src/Hankevahti.Cli puts it there)");

        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            // serve reads ./appsettings.json: from the Cli's own folder there is none to change the database behind the test's back.
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(cli);
        start.ArgumentList.Add("serve");
        // Port 0: the server binds a free port itself and prints it, so no other test on the machine can take it in between.
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.ArgumentList.Add("--Logging:LogLevel:Default=Warning");
        // Neither an inherited variable nor the developer's environment may choose another database.
        start.Environment.Remove("ConnectionStrings__Postgres");
        start.Environment.Remove(DatabaseSettings.DataEnvironmentVariable);
        start.Environment.Remove("ASPNETCORE_URLS");
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            start.ArgumentList.Add("--data");
            start.ArgumentList.Add(Path.GetDirectoryName(settings.SqliteFile)!);
        }
        else
        {
            start.Environment["ConnectionStrings__Postgres"] = settings.ConnectionString;
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var server = new ServerProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        try
        {
            await server.RunAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task RunAsync()
    {
        process.OutputDataReceived += (_, e) => Keep(e.Data, "");
        process.ErrorDataReceived += (_, e) => Keep(e.Data, "stderr: ");
        process.Start();
        Pid = process.Id;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Migrations, the demo seed and JIT on a loaded machine take seconds; a minute means it is stuck.
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(serving.Task, exited, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(first == serving.Task, (first == exited ? $"the server exited with {process.ExitCode}" : "the server did not start in 60 s") + $":\n{Output}");
        Address = serving.Task.Result;
        Http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = Address,
            // Not a measure of speed: a request the server never answers must fail the test, not hang it.
            Timeout = TimeSpan.FromSeconds(60),
        };
        // The sign-in page answers everyone, with or without accounts (the front page sends to it once there are some).
        using var response = await Http.GetAsync("/account/sign-in");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /account/sign-in answered {(int)response.StatusCode}:\n{Output}");
    }

    private void Keep(string? line, string prefix)
    {
        if (line is null)
        {
            return;
        }
        lock (lines)
        {
            // "  projektipaallikko@demo.invalid   PASSWORD  Project manager": printed after the serving line, once.
            if (prefix.Length == 0 && DemoAccountLine().Match(line) is { Success: true } account)
            {
                demoAccounts[account.Groups[1].Value] = account.Groups[2].Value;
            }
            lines.Enqueue(prefix + line);
            if (lines.Count > KeptLines)
            {
                lines.Dequeue();
            }
        }
        // "hankevahti: serving http://127.0.0.1:40123 on SQLite …" comes once the server takes requests.
        if (prefix.Length == 0 && ServingLine().Match(line) is { Success: true } m)
        {
            serving.TrySetResult(new Uri(m.Groups[1].Value));
        }
    }

    /// <summary>
    /// The server's resident memory in bytes (VmRSS in /proc/PID/status): what the process holds in RAM
    /// as the operating system counts it, managed heap, native memory and mapped code together.
    /// Linux only.
    /// </summary>
    public long WorkingSetBytes()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("WorkingSetBytes reads /proc/PID/status, which only Linux has");
        }
        // "VmRSS:	  147580 kB"
        var line = File.ReadLines($"/proc/{Pid}/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>Kills the server at once (SIGKILL: no shutdown, nothing flushed) and waits until it is gone.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
            // Never started: there is nothing to kill.
        }
        Http?.Dispose();
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    public override string ToString() => $"server {Pid} at {Address}";

    /// <summary>The `dotnet` running the tests, so that the child uses the same runtime; plain `dotnet` from PATH otherwise.</summary>
    internal static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }
        return Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
    }

    [GeneratedRegex(@"^  (\S+@demo\.invalid)\s+(\S+)\s")]
    private static partial Regex DemoAccountLine();

    [GeneratedRegex(@"^hankevahti: serving (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ServingLine();
}
