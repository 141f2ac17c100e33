using System.Diagnostics;
using System.Globalization;
using Hankevahti.Bench;
using Hankevahti.Import;
using Hankevahti.Reading;

// Import speed per document, warm, against pandoc's own reading of the same .docx; with "check" first,
// the speed of read + import + check (CheckBench); with "import" first, the seeds before (a baseline
// commit) and after, and how the cost grows with the plan's size (ImportBench).
// A Stopwatch harness rather than BenchmarkDotNet: it runs in seconds and needs no extra package.
if (args.Length > 0 && args[0] == "check")
{
    return CheckBench.Run(args);
}
if (args.Length > 0 && args[0] == "save")
{
    return SaveBench.Run(args);
}
if (args.Length == 5 && args[0] == "ledger-probe")
{
    return LedgerBench.RunProbe(args);
}
if (args.Length > 0 && args[0] == "ledger")
{
    return LedgerBench.Run(args);
}
if (args.Length > 0 && args[0] == "portfolio")
{
    return PortfolioBench.Run(args);
}
if (args.Length > 0 && args[0] == "reports")
{
    return ReportBench.Run(args);
}
if (args.Length > 0 && args[0] == "diff")
{
    return DiffBench.Run(args);
}
if (args.Length > 0 && args[0] == "import")
{
    return ImportBench.Run(args);
}
if (args.Length == 4 && args[0] == "scaled-plan")
{
    // scaled-plan SEED N FOLDER: writes the N× plan the import mode measures, to look at or profile it.
    Console.WriteLine(ScaledPlan.Write(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args[3]));
    return 0;
}
if (args.Length > 0 && args[0] == "import-profile")
{
    return ImportProfile.Run(args);
}
if (args.Length > 0 && args[0] == "import-probe")
{
    return ImportProbe.Run(args);
}
var runs = Options.Int(args, "--runs", 30);
var warmup = Options.Int(args, "--warmup", 5);
var pandocRuns = Options.Int(args, "--pandoc-runs", 5);

var documents = Documents.Find(args);
if (documents.Count == 0)
{
    Console.Error.WriteLine("no documents found (seeds in ../shared/seeds, fixtures in tests/Hankevahti.Tests/Fixtures)");
    return 1;
}

Console.WriteLine($"warm import: median of {runs} runs after at least {warmup} warm-up runs and 1 s; pandoc -f docx -t markdown: median of {pandocRuns} runs");
Console.WriteLine();
Console.WriteLine($"{"document",-34} {"KB",7} {"read ms",8} {"import ms",10} {"MB/s",8} {"pandoc ms",10} {"ratio",7}  result");
var ok = true;
foreach (var doc in documents)
{
    var bytes = File.ReadAllBytes(doc.Path);
    var name = Path.GetFileName(doc.Path);
    string? error = null;
    var warm = Stopwatch.StartNew();
    for (var i = 0; i < warmup || warm.Elapsed < TimeSpan.FromSeconds(1); i++)
    {
        error = PlanImporter.Import(DocumentReader.Read(bytes, name), name).Error;
    }
    var times = new double[runs];
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        PlanImporter.Import(DocumentReader.Read(bytes, name), name);
        times[i] = watch.Elapsed.TotalMilliseconds;
    }
    var median = Stats.Median(times);
    var readTimes = new double[runs];
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        DocumentReader.Read(bytes, name);
        readTimes[i] = watch.Elapsed.TotalMilliseconds;
    }
    var readMedian = Stats.Median(readTimes);
    var mbps = bytes.Length / (1024.0 * 1024.0) / (median / 1000.0);
    var line = $"{doc.Label,-34} {bytes.Length / 1024.0,7:0.0} {readMedian,8:0.00} {median,10:0.00} {mbps,8:0.0}";
    var verdicts = new List<string>();
    if (error is not null)
    {
        verdicts.Add($"import error: {error}");
    }
    if (doc.IsSeed)
    {
        var pass = median < 50;
        ok &= pass;
        verdicts.Add(pass ? "< 50 ms OK" : "< 50 ms MISSED");
    }
    if (doc.Path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
    {
        var pandoc = Pandoc.Median(doc.Path, pandocRuns);
        if (pandoc is null)
        {
            line += $" {"n/a",10} {"n/a",7}";
            verdicts.Add("pandoc not found (apt-get install pandoc)");
            ok = false;
        }
        else
        {
            var ratio = pandoc.Value / median;
            line += $" {pandoc.Value,10:0.0} {ratio,6:0}×";
            var pass = ratio >= 10;
            ok &= pass;
            verdicts.Add(pass ? "≥ 10× pandoc OK" : "≥ 10× pandoc MISSED");
        }
    }
    else
    {
        line += $" {"",10} {"",7}";
    }
    Console.WriteLine($"{line}  {string.Join("; ", verdicts)}");
}
Console.WriteLine();
Console.WriteLine(ok ? "all targets met" : "some targets missed");
Documents.Cleanup();
return ok ? 0 : 2;

namespace Hankevahti.Bench
{
    internal static class Options
    {
        public static int Int(string[] args, string name, int fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
        }

        public static string? String(string[] args, string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
    }

    internal static class Stats
    {
        public static double Median(double[] values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            var mid = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }
    }
}
