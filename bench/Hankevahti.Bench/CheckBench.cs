using System.Diagnostics;
using Hankevahti.Checks;
using Hankevahti.Import;
using Hankevahti.Reading;

namespace Hankevahti.Bench;

/// <summary>
/// `check` mode: what `hankevahti check FILE` does once the process is up — read, import, check — per
/// document, warm, with the check alone beside it and its share of the whole as the ratio against the
/// import, its peer in the same run. Target: read + import + check under 100 ms for each seed.
/// </summary>
internal static class CheckBench
{
    public static int Run(string[] args)
    {
        var runs = Options.Int(args, "--runs", 30);
        var warmup = Options.Int(args, "--warmup", 5);
        var documents = Documents.Find(args.Skip(1).ToArray());
        if (documents.Count == 0)
        {
            Console.Error.WriteLine("no documents found (seeds in ../shared/seeds, fixtures in tests/Hankevahti.Tests/Fixtures)");
            return 1;
        }
        Console.WriteLine($"warm check: median of {runs} runs after at least {warmup} warm-up runs and 1 s; {RuleCatalog.All.Count} rules");
        Console.WriteLine();
        Console.WriteLine($"{"document",-34} {"read+import ms",15} {"check ms",9} {"total ms",9} {"check/import",13} {"findings",9}  result");
        var ok = true;
        foreach (var doc in documents)
        {
            var bytes = File.ReadAllBytes(doc.Path);
            var name = Path.GetFileName(doc.Path);
            CheckReport? report = null;
            var warm = Stopwatch.StartNew();
            for (var i = 0; i < warmup || warm.Elapsed < TimeSpan.FromSeconds(1); i++)
            {
                report = Once(bytes, name).Report;
            }
            var importTimes = new double[runs];
            var checkTimes = new double[runs];
            for (var i = 0; i < runs; i++)
            {
                var (_, import, check) = Once(bytes, name);
                importTimes[i] = import;
                checkTimes[i] = check;
            }
            var importMs = Stats.Median(importTimes);
            var checkMs = Stats.Median(checkTimes);
            var total = Stats.Median(importTimes.Zip(checkTimes, (a, b) => a + b).ToArray());
            var verdict = report is null ? "import failed" : doc.IsSeed ? total < 100 ? "< 100 ms OK" : "< 100 ms MISSED" : "";
            ok &= report is not null && (!doc.IsSeed || total < 100);
            var findings = report is null ? "" : $"{report.Errors}/{report.Warnings}/{report.Infos}";
            Console.WriteLine($"{doc.Label,-34} {importMs,15:0.00} {checkMs,9:0.00} {total,9:0.00} {checkMs / importMs,12:0.00}× {findings,9}  {verdict}");
        }
        Console.WriteLine();
        Console.WriteLine("findings: errors/warnings/info");
        Console.WriteLine(ok ? "all targets met" : "some targets missed");
        Documents.Cleanup();
        return ok ? 0 : 2;
    }

    private static (CheckReport? Report, double ImportMs, double CheckMs) Once(byte[] bytes, string name)
    {
        var watch = Stopwatch.StartNew();
        var read = DocumentReader.Read(bytes, name);
        var imported = PlanImporter.Import(read, name);
        var importMs = watch.Elapsed.TotalMilliseconds;
        if (imported.Plan is null)
        {
            return (null, importMs, 0);
        }
        watch.Restart();
        var report = PlanChecker.Check(imported.Plan, source: read);
        return (report, importMs, watch.Elapsed.TotalMilliseconds);
    }
}
