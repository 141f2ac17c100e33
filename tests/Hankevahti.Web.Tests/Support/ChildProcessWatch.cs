namespace Hankevahti.Web.Tests.Support;

/// <summary>
/// Counts a process's children of one name from /proc, every few milliseconds while it lives: how
/// many run now and the most seen at once. Linux only, as the servers these tests watch.
/// </summary>
internal sealed class ChildProcessWatch : IDisposable
{
    private readonly int parent;
    private readonly string name;
    private readonly CancellationTokenSource stop = new();
    private readonly Thread sampler;
    private int now;
    private int most;

    public ChildProcessWatch(int parent, string name)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("ChildProcessWatch reads /proc: the reliability tests run on Linux.");
        }
        this.parent = parent;
        this.name = name;
        sampler = new Thread(Sample) { IsBackground = true, Name = $"watch {name}" };
        sampler.Start();
    }

    public int Now => Volatile.Read(ref now);
    public int Most => Volatile.Read(ref most);

    private void Sample()
    {
        while (!stop.IsCancellationRequested)
        {
            var count = Count(parent, name);
            Volatile.Write(ref now, count);
            if (count > Volatile.Read(ref most))
            {
                Volatile.Write(ref most, count);
            }
            Thread.Sleep(5);
        }
    }

    /// <summary>The children of <paramref name="parent"/> called <paramref name="name"/> running now.</summary>
    public static int Count(int parent, string name)
    {
        var count = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                // /proc/PID/stat: "pid (comm) state ppid …"; comm may hold spaces, so it is read up to the last ')'.
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var close = stat.LastIndexOf(')');
                var open = stat.IndexOf('(');
                if (open < 0 || close < open)
                {
                    continue;
                }
                var fields = stat[(close + 2)..].Split(' ');
                if (stat[(open + 1)..close] == name && fields.Length > 1 && int.Parse(fields[1]) == parent)
                {
                    count++;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                // Not a process, or one that ended while it was read.
            }
        }
        return count;
    }

    public void Dispose()
    {
        stop.Cancel();
        sampler.Join();
        stop.Dispose();
    }
}
