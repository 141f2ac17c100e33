using System.Globalization;
using System.Text.RegularExpressions;

namespace Hankevahti.Models;

/// <summary>
/// The period of an adoption record or of a matrix: a month ("2026-03") or a whole year ("2026"). For ordering, a
/// period stands at its LAST month (<see cref="Key"/>): a record for a year says where the organisation stood by the
/// end of that year, and "as of 2026" means as of December 2026. So a record "2026" is not yet counted as of 2026-06.
/// </summary>
public readonly partial record struct ModelPeriod(int Year, int? Month) : IComparable<ModelPeriod>
{
    /// <summary>Months since year 0 of the period's last month: what SQL compares (model_adoptions.period_key).</summary>
    public int Key => Year * 12 + (Month ?? 12) - 1;

    public int CompareTo(ModelPeriod other) => Key != other.Key ? Key.CompareTo(other.Key) : (Month is null).CompareTo(other.Month is null);

    public override string ToString() => Month is { } m ? $"{Year:D4}-{m:D2}" : Year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>"yyyy-MM" or "yyyy", years 2000–2100 (a model spreading before or long after that is a typing error).</summary>
    public static bool TryParse(string? text, out ModelPeriod period)
    {
        period = default;
        var match = Shape().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return false;
        }
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        int? month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
        if (year is < 2000 or > 2100 || month is < 1 or > 12)
        {
            return false;
        }
        period = new ModelPeriod(year, month);
        return true;
    }

    public static ModelPeriod Parse(string text) =>
        TryParse(text, out var p) ? p : throw new FormatException($"period '{text}': expected a month (yyyy-MM) or a year (yyyy)");

    [GeneratedRegex(@"^(?<y>\d{4})(-(?<m>\d{1,2}))?$")]
    private static partial Regex Shape();
}
