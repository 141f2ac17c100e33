using System.Diagnostics;
using Hankevahti.Import;
using Hankevahti.Reading;
using Hankevahti.Versions;
using Hankevahti.Versions.Diff;

namespace Hankevahti.Bench;

/// <summary>
/// `diff` mode: the diff of two versions of each seed (<see cref="PlanDiff.Compare"/>, what `hankevahti diff`
/// and the compare page do once both plans are read), warm, median and p95. The second version is the
/// first with a budget line moved to another part, a risk renamed and a section's text changed.
/// Target: under 50 ms for each seed.
/// </summary>
internal static class DiffBench
{
    public static int Run(string[] args)
    {
        var runs = Options.Int(args, "--runs", 50);
        var warmup = Options.Int(args, "--warmup", 5);
        var documents = Documents.Find(args.Skip(1).ToArray()).Where(d => d.IsSeed).ToList();
        if (documents.Count == 0)
        {
            Console.Error.WriteLine("no seeds found (../shared/seeds or HANKEVAHTI_SEEDS)");
            return 1;
        }
        Console.WriteLine($"warm diff of two versions: median and p95 of {runs} runs after at least {warmup} warm-up runs and 1 s");
        Console.WriteLine();
        // The peer in the same run: writing both plans' canonical JSON, the least any comparison of two versions does.
        Console.WriteLine($"{"document",-34} {"items",6} {"median ms",10} {"p95 ms",8} {"JSON ms",8} {"ratio",6} {"parts",6}  result");
        var ok = true;
        foreach (var doc in documents)
        {
            var read = DocumentReader.Read(File.ReadAllBytes(doc.Path), Path.GetFileName(doc.Path));
            var imported = PlanImporter.Import(read, Path.GetFileName(doc.Path));
            if (imported.Plan is null)
            {
                Console.WriteLine($"{doc.Label,-34} import failed");
                ok = false;
                continue;
            }
            var before = PlanIds.Fill(imported.Plan);
            var after = Changed(before);
            var items = PlanIds.All(before).Count;
            PlanDiffResult? diff = null;
            var warm = Stopwatch.StartNew();
            for (var i = 0; i < warmup || warm.Elapsed < TimeSpan.FromSeconds(1); i++)
            {
                diff = PlanDiff.Compare(before, after);
            }
            var times = new double[runs];
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                diff = PlanDiff.Compare(before, after);
                times[i] = watch.Elapsed.TotalMilliseconds;
            }
            var median = Stats.Median(times);
            var p95 = times.OrderBy(t => t).ElementAt((int)Math.Ceiling(runs * 0.95) - 1);
            var json = new double[runs];
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                Hankevahti.Json.PlanJson.Serialize(before);
                Hankevahti.Json.PlanJson.Serialize(after);
                json[i] = watch.Elapsed.TotalMilliseconds;
            }
            var jsonMedian = Stats.Median(json);
            var met = median < 50 && p95 < 50;
            ok &= met;
            Console.WriteLine($"{doc.Label,-34} {items,6} {median,10:0.00} {p95,8:0.00} {jsonMedian,8:0.00} {median / jsonMedian,5:0.0}× {diff!.Parts.Count,6}  {(met ? "< 50 ms OK" : "< 50 ms MISSED")}");
        }
        Console.WriteLine();
        Console.WriteLine(ok ? "all targets met" : "some targets missed");
        Documents.Cleanup();
        return ok ? 0 : 2;
    }

    private static Hankevahti.Plans.Plan Changed(Hankevahti.Plans.Plan plan)
    {
        var copy = PlanIds.Copy(plan);
        var index = copy.Budget.Lines.FindIndex(l => l.PartCode is not null);
        if (index >= 0 && copy.Budget.Lines.Select(l => l.PartCode).FirstOrDefault(c => c is not null && c != copy.Budget.Lines[index].PartCode) is { } other)
        {
            copy.Budget.Lines[index] = copy.Budget.Lines[index] with { PartCode = other };
        }
        if (copy.Risks.Count > 0)
        {
            copy.Risks[0] = copy.Risks[0] with { Title = copy.Risks[0].Title + " (muutettu)" };
        }
        if (copy.Sections.Count > 0)
        {
            copy.Sections[0] = copy.Sections[0] with { Text = copy.Sections[0].Text + "\n\nLisätty kappale." };
        }
        return copy;
    }
}
