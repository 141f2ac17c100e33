using System.Globalization;

namespace Hankevahti.Bench;

/// <summary>
/// `import` mode: per seed, the warm import time (text reader + importer) before — at a baseline commit —
/// and after — this tree —, both measured in child processes of the same run; then how the cost grows
/// with a plan made of seed 001 repeated 10× and 100× (<see cref="ScaledPlan"/>). Targets: each seed
/// under 50 ms warm; 10× in at most 12× and 100× in at most 150× the time of one. Exit code 0 when all
/// are met, 2 when one is missed, 1 when the bench could not run.
/// </summary>
internal static class ImportBench
{
    private static readonly (int Copies, double Limit)[] Scales = [(10, 12), (100, 150)];

    public static int Run(string[] args)
    {
        var runs = Options.Int(args, "--runs", 15);
        var warmup = Options.Int(args, "--warmup", 5);
        var given = Options.String(args, "--baseline");
        var skipBaseline = args.Contains("--no-baseline");
        var root = Documents.Root();
        var seedsFolder = Documents.Seeds(root);
        if (seedsFolder is null)
        {
            Console.Error.WriteLine("no seeds: set HANKEVAHTI_SEEDS or put them in ../shared/seeds");
            return 1;
        }
        var seeds = Directory.GetFiles(seedsFolder, "*.txt").Order().ToList();
        // Seed 001 by default (numbered headings as plain lines); --scale-seed PREFIX picks another.
        var scalePrefix = Options.String(args, "--scale-seed") ?? "001_";
        var scaleSeed = seeds.FirstOrDefault(s => Path.GetFileName(s).StartsWith(scalePrefix, StringComparison.Ordinal)) ?? seeds.FirstOrDefault();
        if (scaleSeed is null)
        {
            Console.Error.WriteLine($"no seed plans (*.txt) in {seedsFolder}");
            return 1;
        }
        var folder = Path.Combine(Path.GetTempPath(), $"hankevahti-bench-import-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            var scaled = Scales.Select(s => ScaledPlan.Write(scaleSeed, s.Copies, folder)).ToList();
            var files = seeds.Concat(scaled).ToList();

            string? commit = null;
            List<ProbeFigure>? before = null;
            if (!skipBaseline)
            {
                commit = BaselineRun.Resolve(root, given);
                if (commit is null)
                {
                    Console.Error.WriteLine($"baseline commit {given ?? "(default)"} not found");
                    return 1;
                }
                Console.WriteLine($"before: {commit[..10]} {BaselineRun.Subject(root, commit)}");
                var command = BaselineRun.Build(root, commit, folder);
                before = command is null ? null : BaselineRun.Measure(command, files, runs, warmup);
                if (before is null)
                {
                    Console.Error.WriteLine("the baseline could not be built or measured; its column is left empty");
                }
            }
            Console.WriteLine($"after:  this tree ({BaselineRun.Describe(root)})");
            var after = BaselineRun.Measure(BaselineRun.Current(), files, runs, warmup);
            if (after is null)
            {
                return 1;
            }
            // The machine is shared: the load says how much the medians were disturbed.
            var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
            Console.WriteLine($"{Environment.ProcessorCount} cores, load average {load} at the end of the measurements");
            Console.WriteLine($"warm import (PlanTextReader.Read + PlanImporter.Import): median of up to {runs} runs (at least 3; fewer past 20 s) after at least {warmup} warm-up runs and 1 s; each side in its own process");
            Console.WriteLine();
            var byCpu = after.All(f => f.CpuMs is not null) && (before is null || before.All(f => f.CpuMs is not null));
            Console.WriteLine(byCpu
                ? "judged on cpu ms: the importing thread's time on a CPU (the wall-clock ms beside it also counts the time other processes held the cores); ratios and MB/s from cpu ms"
                : "judged on wall-clock ms (the thread's CPU time cannot be read here)");
            Console.WriteLine();
            var ok = true;
            Console.WriteLine($"{"seed",-28} {"KB",7} {"before ms",10} {"after ms",9} {"before cpu",11} {"after cpu",10} {"after/before",13} {"MB/s before",12} {"MB/s after",11}  result");
            for (var i = 0; i < seeds.Count; i++)
            {
                var a = after[i];
                var b = before?[i];
                var pass = a.Error is null && Judged(a, byCpu) <= 50;
                ok &= pass;
                var verdict = a.Error is not null ? $"FAIL import error: {a.Error}" : pass ? "PASS ≤ 50 ms warm" : "FAIL ≤ 50 ms warm";
                Console.WriteLine($"{Path.GetFileName(seeds[i]),-28} {a.Bytes / 1024.0,7:0.0} {Ms(b?.MedianMs),10} {a.MedianMs,9:0.00} {Ms(b?.CpuMs),11} {Ms(a.CpuMs),10} {Ratio(a, b, byCpu),13} {Mbps(b, byCpu),12} {Mbps(a, byCpu),11}  {verdict}");
            }
            Console.WriteLine();
            Console.WriteLine($"scaling: {Path.GetFileName(scaleSeed)} repeated, numbered headings and part numbers offset per copy (built at run time, not stored)");
            Console.WriteLine($"{"plan",-28} {"KB",7} {"before ms",10} {"after ms",9} {"before cpu",11} {"after cpu",10} {"runs",5} {"before ×1",10} {"after ×1",9} {"MB/s after",11}  result");
            var one = after[seeds.IndexOf(scaleSeed)];
            var oneBefore = before?[seeds.IndexOf(scaleSeed)];
            Console.WriteLine($"{"1×",-28} {one.Bytes / 1024.0,7:0.0} {Ms(oneBefore?.MedianMs),10} {one.MedianMs,9:0.00} {Ms(oneBefore?.CpuMs),11} {Ms(one.CpuMs),10} {one.Runs,5} {(oneBefore is null ? "" : "1.0×"),10} {"1.0×",9} {Mbps(one, byCpu),11}");
            for (var s = 0; s < Scales.Length; s++)
            {
                var a = after[seeds.Count + s];
                var b = before?[seeds.Count + s];
                var growth = Judged(a, byCpu) / Judged(one, byCpu);
                var growthBefore = b is null || oneBefore is null ? "" : $"{Judged(b, byCpu) / Judged(oneBefore, byCpu):0.0}×";
                var pass = a.Error is null && growth <= Scales[s].Limit;
                ok &= pass;
                var verdict = a.Error is not null ? $"FAIL import error: {a.Error}" : $"{(pass ? "PASS" : "FAIL")} ≤ {Scales[s].Limit}× one";
                Console.WriteLine($"{Scales[s].Copies + "×",-28} {a.Bytes / 1024.0,7:0.0} {Ms(b?.MedianMs),10} {a.MedianMs,9:0.00} {Ms(b?.CpuMs),11} {Ms(a.CpuMs),10} {a.Runs,5} {growthBefore,10} {growth,8:0.0}× {Mbps(a, byCpu),11}  {verdict}");
            }
            Console.WriteLine();
            Console.WriteLine(ok ? "all targets met" : "some targets missed");
            return ok ? 0 : 2;
        }
        finally
        {
            BaselineRun.Remove(root, folder);
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Judged(ProbeFigure f, bool byCpu) => byCpu ? f.CpuMs!.Value : f.MedianMs;

    private static string Ms(double? ms) => ms is null ? "" : ms.Value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Ratio(ProbeFigure a, ProbeFigure? b, bool byCpu) =>
        b is null ? "" : (Judged(a, byCpu) / Judged(b, byCpu)).ToString("0.00", CultureInfo.InvariantCulture) + "×";

    private static string Mbps(ProbeFigure? f, bool byCpu) =>
        f is null ? "" : (f.Bytes / (1024.0 * 1024.0) / (Judged(f, byCpu) / 1000.0)).ToString("0.00", CultureInfo.InvariantCulture);
}
