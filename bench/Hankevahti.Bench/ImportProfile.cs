using System.Diagnostics;
using Hankevahti.Import;
using Hankevahti.Reading.Text;

namespace Hankevahti.Bench;

/// <summary>
/// `import-profile FILE...`: where the import's time goes, stage by stage (read, outline, each recogniser,
/// section text, coverage), the median of warm runs per stage. The stages are PlanImporter's, called one
/// by one; a stage that grows faster than the file is where a super-linear cost hides.
/// </summary>
internal static class ImportProfile
{
    public static int Run(string[] args)
    {
        var runs = Options.Int(args, "--runs", 15);
        foreach (var path in args.Skip(1).Where(File.Exists))
        {
            var bytes = File.ReadAllBytes(path);
            var name = Path.GetFileName(path);
            var stages = new Dictionary<string, List<double>>();
            for (var i = 0; i < runs + 3; i++)
            {
                var times = Once(bytes, name);
                if (i >= 3)
                {
                    foreach (var (stage, ms) in times)
                    {
                        (stages.TryGetValue(stage, out var list) ? list : stages[stage] = []).Add(ms);
                    }
                }
            }
            // The minimum beside the median: on a shared machine the fastest run is the one least disturbed.
            Console.WriteLine($"{name} ({bytes.Length / 1024.0:0.0} KB), ms of {runs} warm runs:  {"median",9} {"min",9}");
            var total = 0.0;
            var totalMin = 0.0;
            foreach (var (stage, list) in stages)
            {
                var median = Stats.Median([.. list]);
                total += median;
                totalMin += list.Min();
                Console.WriteLine($"  {stage,-40} {median,9:0.00} {list.Min(),9:0.00}");
            }
            Console.WriteLine($"  {"sum",-40} {total,9:0.00} {totalMin,9:0.00}");
        }
        return 0;
    }

    private static List<(string Stage, double Ms)> Once(byte[] bytes, string name)
    {
        var times = new List<(string, double)>();
        var watch = Stopwatch.StartNew();
        var read = PlanTextReader.Read(bytes, name);
        times.Add(("read", watch.Elapsed.TotalMilliseconds));
        watch.Restart();
        var root = Outline.Build(read.Blocks, read.Origin);
        var context = new ImportContext(name, read, root);
        times.Add(("outline", watch.Elapsed.TotalMilliseconds));
        // Built on first use by whichever recogniser asks first; timed on its own so that it is not charged to that one.
        watch.Restart();
        _ = context.Scan;
        times.Add(("block scan", watch.Elapsed.TotalMilliseconds));
        foreach (var recogniser in Recognisers.Default)
        {
            watch.Restart();
            recogniser.Run(context);
            times.Add((recogniser.GetType().Name, watch.Elapsed.TotalMilliseconds));
        }
        watch.Restart();
        context.Plan = context.Plan with { Sections = SectionText.Build(context) };
        times.Add(("section text", watch.Elapsed.TotalMilliseconds));
        watch.Restart();
        Coverage.Measure(context, PlanImporter.FormatName(read.Origin));
        times.Add(("coverage", watch.Elapsed.TotalMilliseconds));
        return times;
    }
}
