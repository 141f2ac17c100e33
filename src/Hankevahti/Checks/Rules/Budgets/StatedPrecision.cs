using System.Text.RegularExpressions;

namespace Hankevahti.Checks.Rules.Budgets;

/// <summary>
/// How exactly a figure was written: "2,02 M€" in prose means anything from 2 015 000 to 2 025 000, so a
/// comparison must not call a 3 000 € difference an error. Amounts written in full are exact to the euro.
/// </summary>
internal static partial class StatedPrecision
{
    /// <summary>Half of the last written digit's worth, in euros; 0 when the text is plain euros or unknown.</summary>
    public static decimal Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0m;
        }
        var m = Scaled().Match(text);
        if (!m.Success)
        {
            return 0m;
        }
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        var scale = unit.StartsWith('m') ? 1_000_000m : 1_000m;
        var decimals = m.Groups["dec"].Success ? m.Groups["dec"].Value.Length : 0;
        var step = scale;
        for (var i = 0; i < decimals; i++)
        {
            step /= 10m;
        }
        return step / 2m;
    }

    [GeneratedRegex(@"\d(?:[,.](?<dec>\d+))?\s*(?<unit>milj|M€|Me|M\b|t€|k€|te\b|tuhat)", RegexOptions.CultureInvariant)]
    private static partial Regex Scaled();
}
