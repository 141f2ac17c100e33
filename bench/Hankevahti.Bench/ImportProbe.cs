using System.Diagnostics;
using System.Text.Json;
using Hankevahti.Import;
using Hankevahti.Reading.Text;

namespace Hankevahti.Bench;

/// <summary>One file's warm import time: the median of the timed runs, with its size and any import error.</summary>
/// <param name="CpuMs">The median of the runs' CPU time of the importing thread (Linux thread CPU clock), or null where that cannot be read.</param>
internal sealed record ProbeFigure(string File, long Bytes, int Runs, double MedianMs, string? Error, double? CpuMs = null);

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
        var cpu = new List<double>();
        var total = Stopwatch.StartNew();
        while (times.Count < runs && (times.Count < 3 || total.Elapsed < TimeSpan.FromSeconds(20)))
        {
            var cpuBefore = ThreadCpuNs();
            var watch = Stopwatch.StartNew();
            Once(bytes, name);
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (cpuBefore is not null && ThreadCpuNs() is { } cpuAfter)
            {
                cpu.Add((cpuAfter - cpuBefore.Value) / 1e6);
            }
        }
        return new ProbeFigure(name, bytes.LongLength, times.Count, Median(times), error, cpu.Count == times.Count ? Median(cpu) : null);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    // On a shared machine the wall clock also counts the time other processes held the cores; the thread's
    // CPU clock does not. clock_gettime(CLOCK_THREAD_CPUTIME_ID) rather than /proc/thread-self/schedstat,
    // which only moves on scheduler ticks (4 ms here). The import runs on the calling thread; a background
    // GC's share is not in it.
    private static long? ThreadCpuNs()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        try
        {
            return clock_gettime(ThreadCpuTimeClock, out var t) == 0 ? t.Seconds * 1_000_000_000 + t.Nanoseconds : null;
        }
        catch (DllNotFoundException)
        {
            return null;
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
    }

    private const int ThreadCpuTimeClock = 3;

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    private static string? Once(byte[] bytes, string name) => PlanImporter.Import(PlanTextReader.Read(bytes, name), name).Error;

    private static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) && v > 0 ? v : fallback;
    }
}
