using System.Diagnostics;
using System.Text;
using Hankevahti.Storage.Database;

namespace Hankevahti.Web.Tests.Support;

/// <summary>
/// The `hankevahti` command as a child process (`dotnet Hankevahti.Cli.dll`), pointed at a database as a user would
/// point it: SQLite by --data DIR, PostgreSQL by the environment variable ConnectionStrings__Postgres (which an
/// in-process run could not set without changing every other test's environment).
/// </summary>
public static class CliProcess
{
    public static async Task<CliResult> RunAsync(DatabaseSettings settings, string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo(ServerProcess.DotnetHost())
        {
            RedirectStandardInput = true,
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
        start.Environment.Remove("ConnectionStrings__Postgres");
        start.Environment.Remove(DatabaseSettings.DataEnvironmentVariable);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            start.ArgumentList.Add("--data");
            start.ArgumentList.Add(Path.GetDirectoryName(settings.SqliteFile)!);
        }
        else
        {
            start.Environment["ConnectionStrings__Postgres"] = settings.ConnectionString;
        }
        using var process = Process.Start(start)!;
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, (await output).ReplaceLineEndings("\n"), (await error).ReplaceLineEndings("\n"));
    }
}
