using System.Text.RegularExpressions;

namespace Hankevahti.Import.Common;

/// <summary>Finnish dates as plans write them: "28.4.2020", "1.9.2026"; placeholders like "pp.kk.vvvv" are not dates.</summary>
public static partial class Dates
{
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }
        var m = DatePattern().Match(text.Trim());
        if (!m.Success)
        {
            return false;
        }
        var d = int.Parse(m.Groups[1].Value);
        var mo = int.Parse(m.Groups[2].Value);
        var y = int.Parse(m.Groups[3].Value);
        if (y < 100)
        {
            y += 2000;
        }
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return false;
        }
        date = new DateOnly(y, mo, d);
        return true;
    }

    /// <summary>Finds the first date anywhere in the text.</summary>
    public static bool TryFind(string? text, out DateOnly date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }
        foreach (Match m in AnyDate().Matches(text))
        {
            if (TryParse(m.Value, out date))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"^([0-9]{1,2})\.\s?([0-9]{1,2})\.\s?([0-9]{4}|[0-9]{2})$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b[0-9]{1,2}\.\s?[0-9]{1,2}\.\s?([0-9]{4}|[0-9]{2})\b")]
    private static partial Regex AnyDate();
}
