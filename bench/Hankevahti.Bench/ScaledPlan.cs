using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Hankevahti.Bench;

/// <summary>
/// A plan made of one seed repeated N times, built at run time into a temp file (seed text never goes
/// into the repository). Copy k (0-based) has its numbered headings offset by k × the largest heading
/// number of the seed ("2 Osa-alue 1 – …" → "12 …" in copy 2 of a plan whose chapters go to 10), and
/// the part number right after the heading number's label offset by k × the largest such number
/// ("Osa-alue 1" → "Osa-alue 5" when the seed has parts 1–4), so that every copy's parts stay distinct
/// instead of merging with the first copy's.
/// </summary>
internal static partial class ScaledPlan
{
    // A numbered heading written as a plain line: "2 Osa-alue 1 – Title", "1.2 Tausta", "3. Toimenpiteet".
    // Up to three digits so that a date or a year at a line's start is not taken for a chapter; a space,
    // not a tab, before the text, since a tab starts a table cell.
    [GeneratedRegex(@"^(?<num>\d{1,3})(?<dots>(?:\.\d+)*\.?[ ]+)(?:(?<label>\p{L}[\p{L}-]*[ ]+)(?<code>\d{1,3})(?=\b))?", RegexOptions.Multiline)]
    private static partial Regex NumberedHeading();

    public static string Build(string seedText, int copies)
    {
        var maxNumber = 0;
        var maxCode = 0;
        foreach (Match m in NumberedHeading().Matches(seedText))
        {
            maxNumber = Math.Max(maxNumber, int.Parse(m.Groups["num"].Value, CultureInfo.InvariantCulture));
            if (m.Groups["code"].Success)
            {
                maxCode = Math.Max(maxCode, int.Parse(m.Groups["code"].Value, CultureInfo.InvariantCulture));
            }
        }
        var text = new StringBuilder(seedText.Length * copies + copies);
        for (var k = 0; k < copies; k++)
        {
            if (k == 0)
            {
                text.Append(seedText);
            }
            else
            {
                var copy = k;
                text.Append(NumberedHeading().Replace(seedText, m =>
                    (int.Parse(m.Groups["num"].Value, CultureInfo.InvariantCulture) + copy * maxNumber).ToString(CultureInfo.InvariantCulture)
                    + m.Groups["dots"].Value
                    + (m.Groups["code"].Success
                        ? m.Groups["label"].Value + (int.Parse(m.Groups["code"].Value, CultureInfo.InvariantCulture) + copy * maxCode).ToString(CultureInfo.InvariantCulture)
                        : "")));
            }
            if (!seedText.EndsWith('\n'))
            {
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    /// <summary>Writes the N× plan beside the other temp files as UTF-8 and returns its path.</summary>
    public static string Write(string seedPath, int copies, string folder)
    {
        var seed = File.ReadAllText(seedPath);
        var path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(seedPath)}-x{copies}.txt");
        File.WriteAllText(path, Build(seed, copies), new UTF8Encoding(false));
        return path;
    }
}
