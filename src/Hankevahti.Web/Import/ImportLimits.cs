using System.Globalization;
using Hankevahti.Reading;
using Microsoft.Extensions.Configuration;

namespace Hankevahti.Web.Import;

/// <summary>
/// What uploads may cost the server, from configuration (docs/limits.md, "Uploads"): how much one
/// document may hold, how many are read at once and how many may wait, how many pdftotext processes
/// run, how much memory the previews kept may take and how long they are kept. Eight 19 MB uploads
/// once took the server to 3.6 GB for ten minutes; each of these bounds one of the ways that happened.
/// </summary>
public sealed record ImportLimits
{
    public const string ImportsSection = "Limits:Imports";
    public const string ReadSection = "Limits:Read";
    public const string MemoryKey = "Limits:Memory:Megabytes";

    public static ImportLimits Default { get; } = new();

    /// <summary>Uploads read at once; reading a large plan takes a core for seconds.</summary>
    public int Concurrent { get; init; } = 2;

    /// <summary>Uploads that may wait for their turn beyond those; each holds its file (at most 20 MB) while it waits.</summary>
    public int Waiting { get; init; } = 8;

    /// <summary>pdftotext processes at once (<see cref="Reading.Pdf.PdfProcesses"/>).</summary>
    public int PdfProcesses { get; init; } = Reading.Pdf.PdfProcesses.DefaultLimit;

    /// <summary>
    /// The server's memory budget. Half of it is for uploads (files waiting, being read, and previews
    /// kept, by their estimated size); the other half is the app itself, its caches and its pages.
    /// </summary>
    public int MemoryMegabytes { get; init; } = 1024;

    /// <summary>How long a preview nobody saved is kept.</summary>
    public TimeSpan PreviewLifetime { get; init; } = TimeSpan.FromHours(2);

    /// <summary>
    /// How long the upload form waits for its upload to be read before it sends the browser to the
    /// preview page, which says the import is waiting or being read and refreshes itself. A plan of
    /// ordinary size is read well within it, so its problems still come back beside the file field.
    /// </summary>
    public TimeSpan FormWait { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Previews kept at most, whatever their size.</summary>
    public int MaxPreviews { get; init; } = 16;

    public ReadLimits Read { get; init; } = ReadLimits.Default;

    public long UploadBudgetBytes => MemoryMegabytes * 1024L * 1024L / 2;

    public static ImportLimits From(IConfiguration configuration)
    {
        var d = Default;
        var imports = configuration.GetSection(ImportsSection);
        var read = configuration.GetSection(ReadSection);
        return new ImportLimits
        {
            Concurrent = Int(imports, "Concurrent", d.Concurrent),
            Waiting = Int(imports, "Waiting", d.Waiting),
            PdfProcesses = Int(imports, "PdfProcesses", d.PdfProcesses),
            MaxPreviews = Int(imports, "Previews", d.MaxPreviews),
            PreviewLifetime = Span(imports, "PreviewLifetime", d.PreviewLifetime),
            FormWait = Span(imports, "FormWait", d.FormWait),
            MemoryMegabytes = configuration[MemoryKey] is { } m ? Parse(MemoryKey, m) : d.MemoryMegabytes,
            Read = new ReadLimits
            {
                Words = Int(read, "Words", d.Read.Words),
                Characters = Int(read, "Characters", d.Read.Characters),
                Blocks = Int(read, "Blocks", d.Read.Blocks),
                Tables = Int(read, "Tables", d.Read.Tables),
            },
        };
    }

    /// <summary>Values that cannot be used, each naming its key; the app does not start with any.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>(Read.Problems(ReadSection));
        foreach (var (key, value, least) in new[]
        {
            ($"{ImportsSection}:Concurrent", Concurrent, 1),
            ($"{ImportsSection}:Waiting", Waiting, 0),
            ($"{ImportsSection}:PdfProcesses", PdfProcesses, 1),
            ($"{ImportsSection}:Previews", MaxPreviews, 1),
            (MemoryKey, MemoryMegabytes, 128),
        })
        {
            if (value < least)
            {
                problems.Add($"{key} is {value}; it must be at least {least}.");
            }
        }
        if (PreviewLifetime <= TimeSpan.Zero)
        {
            problems.Add($"{ImportsSection}:PreviewLifetime is {PreviewLifetime}; it must be a positive time such as 02:00:00.");
        }
        if (FormWait < TimeSpan.Zero || FormWait > TimeSpan.FromMinutes(1))
        {
            problems.Add($"{ImportsSection}:FormWait is {FormWait}; it must be between 00:00:00 and 00:01:00.");
        }
        return problems;
    }

    private static int Int(IConfigurationSection section, string key, int fallback) =>
        section[key] is { } value ? Parse($"{section.Path}:{key}", value) : fallback;

    private static int Parse(string key, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new InvalidOperationException($"Configuration {key} is \"{value}\"; expected a whole number.");

    private static TimeSpan Span(IConfigurationSection section, string key, TimeSpan fallback) =>
        section[key] is not { } value ? fallback
        : TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span) ? span
        : throw new InvalidOperationException($"Configuration {section.Path}:{key} is \"{value}\"; expected a time such as 02:00:00.");
}
