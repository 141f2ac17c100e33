using System.Text.RegularExpressions;

namespace Hankevahti.Checks.Rules.Goals;

/// <summary>
/// Writes runs of consecutive codes as a range ("1.1.1–1.1.20", "A–E"), so that a finding about twenty
/// actions names all of them in a few characters.
/// </summary>
internal static partial class CodeRuns
{
    [GeneratedRegex(@"^(?<prefix>.*?)(?<n>\d+)$")]
    private static partial Regex Numbered();

    public static IReadOnlyList<string> Compress(IReadOnlyList<string> codes)
    {
        var result = new List<string>();
        var i = 0;
        while (i < codes.Count)
        {
            var j = i;
            while (j + 1 < codes.Count && Follows(codes[j], codes[j + 1]))
            {
                j++;
            }
            // Two in a row read better as a pair than as a range.
            if (j - i >= 2)
            {
                result.Add($"{codes[i]}–{codes[j]}");
            }
            else
            {
                result.AddRange(codes.Skip(i).Take(j - i + 1));
            }
            i = j + 1;
        }
        return result;
    }

    /// <summary>"1.1.2" follows "1.1.1"; "B" follows "A".</summary>
    private static bool Follows(string a, string b)
    {
        if (a.Length == 1 && b.Length == 1 && char.IsLetter(a[0]) && b[0] == a[0] + 1)
        {
            return true;
        }
        var x = Numbered().Match(a);
        var y = Numbered().Match(b);
        return x.Success && y.Success && x.Groups["prefix"].Value == y.Groups["prefix"].Value
            && x.Groups["n"].Value.Length < 9 && y.Groups["n"].Value.Length < 9
            && int.Parse(y.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) == int.Parse(x.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
    }
}
