using Hankevahti.Text;

namespace Hankevahti.Cli;

/// <summary>
/// A progress bar on standard error while several files are imported. On a terminal it redraws one
/// line; when standard error is a file or a test's writer it writes one line per file instead, so
/// logs stay readable. A single file needs no progress.
/// </summary>
internal sealed class ImportProgress(TextWriter error, int total)
{
    private const int Width = 24;
    private readonly bool interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
    private bool drawn;

    public void Starting(int index, string file)
    {
        if (total < 2)
        {
            return;
        }
        var filled = Width * index / total;
        var line = $"[{new string('#', filled)}{new string('.', Width - filled)}] {index + 1}/{total} {TerminalText.Visible(Path.GetFileName(file))}";
        if (interactive)
        {
            error.Write("\r" + line.PadRight(Math.Min(Console.WindowWidth - 1, 100))[..Math.Min(line.Length, 99)]);
            drawn = true;
        }
        else
        {
            error.WriteLine(line);
        }
    }

    /// <summary>Ends the redrawn line before other output goes to standard error.</summary>
    public void Clear()
    {
        if (drawn)
        {
            error.WriteLine();
            drawn = false;
        }
    }

    public void Done()
    {
        if (total < 2)
        {
            return;
        }
        if (interactive)
        {
            error.Write("\r" + $"[{new string('#', Width)}] {total}/{total} done".PadRight(60));
            error.WriteLine();
            drawn = false;
        }
        else
        {
            error.WriteLine($"[{new string('#', Width)}] {total}/{total} done");
        }
    }
}
