using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Hankevahti.Plans;
using Hankevahti.Reading.Text;

namespace Hankevahti.Reading.Pdf;

/// <summary>
/// Reads a PDF through poppler's pdftotext (default reading-order output, as in the PDF text family)
/// and hands the text to the text reader; form feeds give each block its page number.
/// </summary>
public static class PdfReader
{
    public const long MaxBytes = 20L * 1024 * 1024;
    public const string DefaultTool = "pdftotext";
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private const int MaxTextChars = 20 * 1024 * 1024;

    public static ReadResult Read(byte[] bytes, string file) => Read(bytes, file, DefaultTool, ReadLimits.Default);

    public static ReadResult Read(byte[] bytes, string file, ReadLimits limits) => Read(bytes, file, DefaultTool, limits);

    /// <param name="tool">pdftotext's path or name; tests point it elsewhere to check the missing-tool error.</param>
    public static ReadResult Read(byte[] bytes, string file, string tool) => Read(bytes, file, tool, ReadLimits.Default);

    private static ReadResult Read(byte[] bytes, string file, string tool, ReadLimits limits)
    {
        if (bytes.LongLength > MaxBytes)
        {
            return Fail(file, $"the file is {bytes.LongLength / (1024 * 1024)} MB, over the limit of {MaxBytes / (1024 * 1024)} MB");
        }
        if (!IsPdf(bytes))
        {
            return Fail(file, "is not a PDF file (no %PDF header)");
        }
        // A folder of our own (mode 0700 on Unix), so other users of the machine cannot read the plan.
        string? folder = null;
        try
        {
            folder = Directory.CreateTempSubdirectory("hankevahti-pdf-").FullName;
            var temp = Path.Combine(folder, "plan.pdf");
            File.WriteAllBytes(temp, bytes);
            var (text, error) = ExtractInTurn(tool, temp);
            if (text is null)
            {
                return Fail(file, error!);
            }
            if (limits.OfText(text) is { } over)
            {
                return new ReadResult([], [new ReadMessage(Severity.Error, over.Describe(file), new SourceRef { File = file }, ImportNoteCodes.ReadOverLimit)]) { Origin = DocumentOrigin.Pdf, OverLimit = over };
            }
            if (text.Replace("\f", "").Trim().Length == 0)
            {
                return Fail(file, "has no text layer (a scanned PDF?); pdftotext found no text");
            }
            // pdftotext's own output: the PDF-text mode of the text reader (no blank-line doubling to detect here).
            var read = PlanTextReader.Read(new UTF8Encoding(false).GetBytes(text), file, DocumentOrigin.PdfText);
            return PdfPages.Assign(read, text) with { Origin = DocumentOrigin.Pdf };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(file, $"could not be passed to pdftotext ({e.Message})");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Readers report, they do not throw: whatever went wrong becomes the one-line reason.
            return Fail(file, $"could not be read ({e.GetType().Name}: {e.Message})");
        }
        finally
        {
            try
            {
                if (folder is not null)
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A leftover temp folder is harmless; the import result matters more.
            }
        }
    }

    private static void StopQuietly(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // It ended between the check and the kill, or cannot be killed; either way we stop waiting for it.
        }
    }

    public static bool IsPdf(byte[] bytes)
    {
        // The header may follow a little junk; readers accept it within the first kilobyte.
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        return head.Contains("%PDF-", StringComparison.Ordinal);
    }

    private static (string? Text, string? Error) ExtractInTurn(string tool, string path)
    {
        if (!PdfProcesses.TryEnter(PdfProcesses.Wait))
        {
            return (null, $"could not be read: pdftotext was busy with other files for {PdfProcesses.Wait.TotalMinutes:0} minutes; try again later");
        }
        try
        {
            return Extract(tool, path);
        }
        finally
        {
            PdfProcesses.Exit();
        }
    }

    private static (string? Text, string? Error) Extract(string tool, string path)
    {
        var psi = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var arg in new[] { "-enc", "UTF-8", "-eol", "unix", path, "-" })
        {
            psi.ArgumentList.Add(arg);
        }
        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new Win32Exception("not started");
        }
        catch (Win32Exception)
        {
            return (null, "pdftotext was not found; install Debian's poppler-utils (apt-get install poppler-utils)");
        }
        using (process)
        {
            // Read with a cap: a small PDF can expand into gigabytes of text, and we stop it at the limit
            // instead of holding it all in memory first.
            var overLimit = false;
            var stdout = Task.Run(() =>
            {
                var sb = new StringBuilder();
                var buffer = new char[16 * 1024];
                int n;
                while ((n = process.StandardOutput.Read(buffer, 0, buffer.Length)) > 0)
                {
                    if (sb.Length + n > MaxTextChars)
                    {
                        overLimit = true;
                        StopQuietly(process);
                        break;
                    }
                    sb.Append(buffer, 0, n);
                }
                return sb.ToString();
            });
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                StopQuietly(process);
                return (null, $"pdftotext did not finish within {Timeout.TotalSeconds:0} s");
            }
            process.WaitForExit();
            var text = stdout.GetAwaiter().GetResult();
            var err = stderr.GetAwaiter().GetResult();
            if (overLimit)
            {
                return (null, $"gives more than {MaxTextChars / (1024 * 1024)} M characters of text, over the limit for one plan");
            }
            if (process.ExitCode != 0)
            {
                var reason = err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .LastOrDefault(l => l.Contains("Error", StringComparison.OrdinalIgnoreCase)) ?? err.Trim();
                var what = err.Contains("password", StringComparison.OrdinalIgnoreCase) ? "is encrypted" : "is damaged or unreadable";
                return (null, $"{what} (pdftotext: {(reason.Length == 0 ? $"exit code {process.ExitCode}" : reason)})");
            }
            if (text.Length > MaxTextChars)
            {
                return (null, $"gives over {MaxTextChars / (1024 * 1024)} M characters of text, over the limit");
            }
            return (text, null);
        }
    }

    private static ReadResult Fail(string file, string reason) =>
        new([], [new ReadMessage(Severity.Error, $"{file}: {reason}.", new SourceRef { File = file }, ImportNoteCodes.ReadFailed)]) { Origin = DocumentOrigin.Pdf };
}
