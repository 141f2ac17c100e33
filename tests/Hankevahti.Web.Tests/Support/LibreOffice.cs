using System.Diagnostics;

namespace Hankevahti.Web.Tests.Support;

/// <summary>
/// LibreOffice as a reader of the documents the app writes: converts a file to plain text, which fails when the
/// file does not open. Each conversion has a profile folder of its own, so tests running at once do not share one.
/// </summary>
public static class LibreOffice
{
    public const string InstallHint = "LibreOffice is needed to check the written .docx: apt-get install -y libreoffice-writer";

    /// <summary>The document's text, or an exception saying what went wrong (LibreOffice missing, the file refused).</summary>
    public static async Task<string> ToTextAsync(string file)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(InstallHint);
        var work = Path.Combine(Path.GetTempPath(), "hankevahti-soffice-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { $"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", work, file })
            {
                start.ArgumentList.Add(arg);
            }
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            var text = Path.Combine(work, Path.GetFileNameWithoutExtension(file) + ".txt");
            if (process.ExitCode != 0 || !File.Exists(text))
            {
                throw new InvalidOperationException($"LibreOffice did not convert {file} (exit {process.ExitCode}): {await output} {await error}");
            }
            return await File.ReadAllTextAsync(text);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // The temp folder is cleaned by the system in time.
            }
        }
    }
}
