using System.Diagnostics;

namespace Hankevahti.Bench;

internal sealed record Document(string Label, string Path, bool IsSeed);

/// <summary>
/// The documents measured: the seeds from ../shared/seeds and the fixture plan written to .docx at
/// start-up by pandoc and by LibreOffice (as the tests do), or the files given on the command line.
/// </summary>
internal static class Documents
{
    private static string? temp;

    public static List<Document> Find(string[] args)
    {
        var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && File.Exists(a)).ToList();
        if (files.Count > 0)
        {
            return files.Select(f => new Document(Path.GetFileName(f), f, false)).ToList();
        }
        var root = Root();
        var list = new List<Document>();
        var seeds = Seeds(root);
        if (seeds is not null)
        {
            list.AddRange(Directory.GetFiles(seeds, "*.txt").Order().Select(f => new Document("seed " + Path.GetFileName(f), f, true)));
        }
        temp = Path.Combine(Path.GetTempPath(), $"hankevahti-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(temp);
        var fixtures = Path.Combine(root, "tests", "Hankevahti.Tests", "Fixtures");
        var md = Path.Combine(fixtures, "kotona-kotoisasti.md");
        var html = Path.Combine(fixtures, "kotona-kotoisasti.html");
        var pandocDocx = Path.Combine(temp, "pandoc.docx");
        if (Run("pandoc", ["-f", "markdown", "-t", "docx", "-o", pandocDocx, md]))
        {
            list.Add(new Document("fixture (pandoc).docx", pandocDocx, false));
        }
        var htmlCopy = Path.Combine(temp, "libreoffice.html");
        File.Copy(html, htmlCopy, overwrite: true);
        var profile = new Uri(Path.Combine(temp, "lo-profile")).AbsoluteUri;
        if (Run("soffice", [$"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "docx:MS Word 2007 XML", "--outdir", temp, htmlCopy]))
        {
            list.Add(new Document("fixture (LibreOffice).docx", Path.Combine(temp, "libreoffice.docx"), false));
        }
        return list;
    }

    public static void Cleanup()
    {
        if (temp is not null && Directory.Exists(temp))
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hankevahti.slnx")))
            {
                return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }

    // HANKEVAHTI_SEEDS when set (as for the tests), else ../shared/seeds beside the repository, or higher up when run from a git worktree.
    public static string? Seeds(string root)
    {
        if (Environment.GetEnvironmentVariable("HANKEVAHTI_SEEDS") is { Length: > 0 } configured)
        {
            return Directory.Exists(configured) ? configured : null;
        }
        for (var dir = new DirectoryInfo(root).Parent; dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(path))
            {
                return path;
            }
        }
        return null;
    }

    public static bool Run(string tool, IReadOnlyList<string> args)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        try
        {
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                p.Kill(entireProcessTree: true);
                Console.Error.WriteLine($"{tool} timed out");
                return false;
            }
            _ = stdout.Result;
            if (p.ExitCode != 0)
            {
                Console.Error.WriteLine($"{tool} failed: {stderr.Result}");
                return false;
            }
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine($"{tool} not found; install Debian's {(tool == "soffice" ? "libreoffice-writer" : tool)}");
            return false;
        }
    }
}

/// <summary>pandoc's conversion of the same .docx, timed as a whole process the way a user would run it.</summary>
internal static class Pandoc
{
    public static double? Median(string docx, int runs)
    {
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            if (!Documents.Run("pandoc", ["-f", "docx", "-t", "markdown", docx]))
            {
                return null;
            }
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        return Stats.Median(times);
    }
}
