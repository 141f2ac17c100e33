using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;

namespace Hankevahti.Import.Money;

/// <summary>
/// A person's share of the project as plans write it: "100 %", "0,5 htv", "2 htkk", "6 kk", "1 x 20 %, 12 kk".
/// The first unit found in the order htv, htkk, %, kk, hours gives the value; the text keeps all of it.
/// </summary>
public static partial class Allocations
{
    public static bool TryParse(string? text, out Allocation allocation)
    {
        allocation = new Allocation();
        var s = CleanText.Cell(text);
        if (s.Length == 0 || s.Length > 80)
        {
            return false;
        }
        foreach (var (pattern, unit) in Units)
        {
            var m = pattern.Match(s);
            if (m.Success && Amounts.TryParseNumber(m.Groups["n"].Value, out var value))
            {
                allocation = new Allocation { Value = value, Unit = unit, Text = s };
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the text holds nothing but allocations and joining words, so that placing it in Allocation.Text loses nothing.</summary>
    public static bool IsOnlyAllocation(string? text)
    {
        var rest = Leftover().Replace(CleanText.Cell(text).ToLowerInvariant(), " ");
        return rest.Trim(' ', ',', '/', '(', ')', '.', '+', '-', '–').Length == 0;
    }

    private static readonly (Regex Pattern, AllocationUnit Unit)[] Units =
    [
        (new Regex(@"(?<n>\d+(,\d+)?)\s*(htv|henkilötyövuo)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), AllocationUnit.PersonYears),
        (new Regex(@"(?<n>\d+(,\d+)?)\s*(htkk|henkilötyökuuka|htk\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), AllocationUnit.PersonMonths),
        (new Regex(@"(?<n>\d+(,\d+)?)\s*%", RegexOptions.CultureInvariant), AllocationUnit.Percent),
        (new Regex(@"(?<n>\d+(,\d+)?)\s*(kk|kuukautta|kuukauden)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), AllocationUnit.PersonMonths),
        (new Regex(@"(?<n>\d+(,\d+)?)\s*(h|tuntia|tuntia/vko|t)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), AllocationUnit.Hours),
    ];

    [GeneratedRegex(@"\d+(,\d+)?\s*(htv|henkilötyövuotta|henkilötyövuosi|htkk|henkilötyökuukautta|%|kk|kuukautta|kuukauden|h|tuntia|t)?\b|\bx\b|\bja\b|\bkoko\b|hankkeen ajan|ajan|vko|/v|/kk|\bper\b|vuodessa|viikossa")]
    private static partial Regex Leftover();
}
