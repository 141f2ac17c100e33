using System.Diagnostics;
using System.Text.Json;
using Hankevahti.Import;
using Hankevahti.Reading.Text;

namespace Hankevahti.Bench;

/// <summary>One file's warm import time: the median of the timed runs, with its size and any import error.</summary>
internal sealed record ProbeFigure(string File, long Bytes, int Runs, double MedianMs, string? Error);

/// <summary>
/// The import measurement itself: <c>PlanTextReader.Read</c> + <c>PlanImporter.Import</c> on a text
/// file, warm. The text reader directly, not <c>DocumentReader</c>, so that the repeated plans of the
/// scaling rows are not refused by the read limits. This file uses only those two calls because it is
/// also compiled against a baseline commit (BaselineRun) and run there as a child process that prints
/// its figures as JSON: before and after are then the same code measured on the same machine in one run.
/// </summary>
internal static class ImportProbe
{
    /// <summary>Child-process entry (Program.cs sends "import-probe" here): <c>import-probe --runs N --warmup N FILE...</c> → a JSON array on stdout.</summary>
    public static int Run(string[] args)
    {
        var runs = IntOption(args, "--runs", 15);
        var warmup = IntOption(args, "--warmup", 3);
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                i++;
            }
            else if (args[i] != "import-probe")
            {
                files.Add(args[i]);
            }
        }
        var figures = files.Select(f => Measure(f, runs, warmup)).ToList();
        Console.WriteLine(JsonSerializer.Serialize(figures));
        return 0;
    }

    /// <summary>
    /// Warm-up: at least <paramref name="warmup"/> runs and 1 s, but no more than one run past 1 s (a
    /// plan that takes seconds is warm after one). Timed: <paramref name="runs"/> runs, fewer (at least
    /// 3) once they have taken 20 s, so the large scaling plans keep the run short.
    /// </summary>
    public static ProbeFigure Measure(string path, int runs, int warmup)
    {
        var bytes = File.ReadAllBytes(path);
        var name = Path.GetFileName(path);
        string? error = null;
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 1 || (i < warmup && warm.Elapsed < TimeSpan.FromSeconds(2)) || warm.Elapsed < TimeSpan.FromSeconds(1); i++)
        {
            error = Once(bytes, name);
        }
        var times = new List<double>();
        var total = Stopwatch.StartNew();
        while (times.Count < runs && (times.Count < 3 || total.Elapsed < TimeSpan.FromSeconds(20)))
        {
            var watch = Stopwatch.StartNew();
            Once(bytes, name);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        var mid = times.Count / 2;
        var median = times.Count % 2 == 1 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
        return new ProbeFigure(name, bytes.LongLength, times.Count, median, error);
    }

    private static string? Once(byte[] bytes, string name) => PlanImporter.Import(PlanTextReader.Read(bytes, name), name).Error;

    private static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) && v > 0 ? v : fallback;
    }
}
