namespace Hankevahti.Reading.Pdf;

/// <summary>
/// How many pdftotext processes this program runs at once. Each can take hundreds of megabytes on a
/// hostile PDF: eight uploads at once ran eight of them (1.6 GB). A reader waits here for a slot; the
/// web app sets the limit from its configuration, the command line keeps the default.
/// </summary>
public static class PdfProcesses
{
    public const int DefaultLimit = 2;
    public static readonly TimeSpan Wait = TimeSpan.FromMinutes(2);

    // Monitor rather than a semaphore: the limit can change while readers wait.
    private static readonly object Sync = new();
    private static int limit = DefaultLimit;
    private static int running;
    private static int peak;

    public static int Limit
    {
        get
        {
            lock (Sync)
            {
                return limit;
            }
        }
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            lock (Sync)
            {
                limit = value;
                Monitor.PulseAll(Sync);
            }
        }
    }

    /// <summary>The most that ran at once since the program started (for tests and the log).</summary>
    public static int Peak
    {
        get
        {
            lock (Sync)
            {
                return peak;
            }
        }
    }

    /// <summary>Takes a slot, waiting at most <paramref name="wait"/>; false when none came free.</summary>
    public static bool TryEnter(TimeSpan wait)
    {
        var deadline = Environment.TickCount64 + (long)wait.TotalMilliseconds;
        lock (Sync)
        {
            while (running >= limit)
            {
                var left = deadline - Environment.TickCount64;
                if (left <= 0)
                {
                    return false;
                }
                Monitor.Wait(Sync, TimeSpan.FromMilliseconds(left));
            }
            running++;
            peak = Math.Max(peak, running);
            return true;
        }
    }

    public static void Exit()
    {
        lock (Sync)
        {
            running--;
            Monitor.Pulse(Sync);
        }
    }
}
