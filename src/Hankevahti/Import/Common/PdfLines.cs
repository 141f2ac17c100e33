using System.Text;

namespace Hankevahti.Import.Common;

/// <summary>
/// Joins the visual lines of PDF text back into running text. A line ending in a hyphen after a
/// letter or digit runs on without a space and keeps the hyphen ("sote-" + "keskus" → "sote-keskus"),
/// except before a conjunction, where the hyphen ends a shortened compound ("sosiaali-" + "ja terveys…").
/// </summary>
public static class PdfLines
{
    public static string Join(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            Append(sb, line);
        }
        return sb.ToString();
    }

    public static void Append(StringBuilder sb, string line)
    {
        if (line.Length == 0)
        {
            return;
        }
        if (sb.Length > 0 && !RunsOn(sb, line))
        {
            sb.Append(' ');
        }
        sb.Append(line);
    }

    private static bool RunsOn(StringBuilder sb, string next) =>
        sb[^1] == '-' && sb.Length > 1 && char.IsLetterOrDigit(sb[^2]) && !SuspendedCompound(next);

    private static bool SuspendedCompound(string next) =>
        next.StartsWith("ja ", StringComparison.Ordinal) || next.StartsWith("tai ", StringComparison.Ordinal) || next.StartsWith("sekä ", StringComparison.Ordinal);
}
