using System.Diagnostics;
using System.Text;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Reading.Docx;

/// <summary>
/// The fixture plan written out by real word processors at test time: pandoc (markdown → .docx) and
/// LibreOffice (HTML → .docx → .pdf). Made once per test run in a private temp folder; a missing
/// tool fails the test with the Debian package to install.
/// </summary>
internal static class GeneratedDocuments
{
    public const string FixtureName = "kotona-kotoisasti";

    private static readonly Lazy<string> dir = new(() =>
    {
        var d = Path.Combine(Path.GetTempPath(), $"hankevahti-docs-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(d);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(d, recursive: true);
            }
            catch (IOException)
            {
                // A LibreOffice process still closing may hold a file; the temp folder is cleaned eventually.
            }
        };
        return d;
    });

    private static readonly Lazy<string> pandocDocx = new(() =>
    {
        var output = Path.Combine(dir.Value, "pandoc.docx");
        Run("pandoc", "pandoc", ["-f", "markdown", "-t", "docx", "-o", output, FixturePath(".md")]);
        return output;
    });

    private static readonly Lazy<string> libreOfficeDocx = new(() =>
    {
        var html = Path.Combine(dir.Value, "libreoffice.html");
        File.Copy(FixturePath(".html"), html);
        Soffice("docx:MS Word 2007 XML", html);
        return Path.Combine(dir.Value, "libreoffice.docx");
    });

    private static readonly Lazy<string> libreOfficePdf = new(() =>
    {
        var docx = LibreOfficeDocx;
        var source = Path.Combine(dir.Value, "fromdocx.docx");
        File.Copy(docx, source, overwrite: true);
        Soffice("pdf", source);
        return Path.Combine(dir.Value, "fromdocx.pdf");
    });

    private static readonly Lazy<string> encryptedPdf = new(() =>
    {
        var source = Path.Combine(dir.Value, "encrypted.docx");
        File.Copy(LibreOfficeDocx, source, overwrite: true);
        Soffice("pdf:writer_pdf_Export:{\"EncryptFile\":{\"type\":\"boolean\",\"value\":\"true\"},\"DocumentOpenPassword\":{\"type\":\"string\",\"value\":\"salasana\"}}", source);
        return Path.Combine(dir.Value, "encrypted.pdf");
    });

    public static string FixturePath(string ext) => RepoFiles.Path("tests", "Hankevahti.Tests", "Fixtures", FixtureName + ext);

    public static string PandocDocx => pandocDocx.Value;

    public static string LibreOfficeDocx => libreOfficeDocx.Value;

    public static string LibreOfficePdf => libreOfficePdf.Value;

    /// <summary>The same PDF protected with an open password.</summary>
    public static string EncryptedPdf => encryptedPdf.Value;

    public static string Writer(string name) => name switch
    {
        "pandoc" => PandocDocx,
        "libreoffice" => LibreOfficeDocx,
        _ => throw new ArgumentException(name),
    };

    /// <summary>
    /// The fixture as a Word text export: the markdown's pipe tables become tab-separated rows
    /// (separator rows dropped), everything else stays as written.
    /// </summary>
    public static byte[] TextForm()
    {
        var sb = new StringBuilder();
        foreach (var line in File.ReadAllLines(FixturePath(".md")))
        {
            var t = line.Trim();
            if (t.StartsWith('|') && t.EndsWith('|'))
            {
                var cells = t[1..^1].Split('|').Select(c => c.Trim()).ToList();
                if (cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':')))
                {
                    continue;
                }
                sb.Append(string.Join('\t', cells)).Append('\n');
            }
            else
            {
                sb.Append(line).Append('\n');
            }
        }
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    // A private profile per run so parallel test runs do not fight over LibreOffice's lock.
    private static readonly object sofficeLock = new();

    private static void Soffice(string format, string input) => Soffice(format, dir.Value, [input]);

    /// <summary>
    /// Converts <paramref name="inputs"/> with LibreOffice into <paramref name="outDir"/>, all in one run
    /// (starting LibreOffice is most of the cost); outputs keep the inputs' names with the new extension.
    /// </summary>
    internal static void Soffice(string format, string outDir, IReadOnlyList<string> inputs, string? inputFilter = null)
    {
        lock (sofficeLock)
        {
            var profile = new Uri(Path.Combine(dir.Value, "lo-profile")).AbsoluteUri;
            string[] filter = inputFilter is null ? [] : [$"--infilter={inputFilter}"];
            Run("soffice", "libreoffice-writer",
                [$"-env:UserInstallation={profile}", "--headless", "--norestore", .. filter, "--convert-to", format, "--outdir", outDir, .. inputs]);
            foreach (var input in inputs)
            {
                var expected = Path.Combine(outDir, Path.GetFileNameWithoutExtension(input) + "." + format.Split(':')[0]);
                if (!File.Exists(expected))
                {
                    throw new InvalidOperationException($"soffice did not write {expected}.");
                }
            }
        }
    }

    public static void RequireTool(string tool, string package)
    {
        if (!OnPath(tool))
        {
            Assert.Fail($"{tool} was not found on PATH; install Debian's {package} (apt-get install {package}).");
        }
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(d => File.Exists(Path.Combine(d, tool)));

    internal static void Run(string tool, string package, IReadOnlyList<string> args)
    {
        RequireTool(tool, package);
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish in 3 minutes.");
        }
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({p.ExitCode}): {stderr.Result}{stdout.Result}");
        }
    }
}
