using System.Text.RegularExpressions;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Risks;

/// <summary>
/// The risks the rules look at, with their index in the plan, and how findings name them. A risk row with
/// no title and no description is an empty template row, not a risk whose owner or rating is missing.
/// </summary>
internal static partial class RiskList
{
    public static IReadOnlyList<(Risk Risk, int Index)> Real(Plan plan) =>
        (plan.Risks ?? []).Select((r, i) => (r, i))
            .Where(x => x.r is { } r && (!IsBlank(r.Title) || !IsBlank(r.Description)))
            .ToList();

    /// <summary>Empty, or a mark or placeholder standing for nothing yet: "–", "?", "NN", "tarkentuu myöhemmin".</summary>
    public static bool IsBlank(string? text) =>
        string.IsNullOrWhiteSpace(text) || Placeholder().IsMatch(text.Trim());

    [GeneratedRegex(@"^([-–—?…x.]+|n\.?\s?n\.?|xx+|tbd|tba|nimetään\b.*|tarkentuu\b.*|täsmentyy\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    /// <summary>"R2 «Sähköisen asiointipalvelun toimitus…»", or the beginning of the title when the plan gives no codes.</summary>
    public static string Label(Risk risk)
    {
        var title = CheckContext.Shorten(IsBlank(risk.Title) ? risk.Description : risk.Title, 50);
        return IsBlank(risk.Code) ? $"«{title}»" : $"{risk.Code!.Trim()} «{title}»";
    }

    public static string Labels(IEnumerable<(Risk Risk, int Index)> risks) => string.Join("; ", risks.Select(x => Label(x.Risk)));

    /// <summary>A place for a finding about several risks: the first one's row, in the risks section.</summary>
    public static FindingPlace Place(CheckContext context, IReadOnlyList<(Risk Risk, int Index)> risks, string property)
    {
        var first = risks[0];
        var path = risks.Count == 1 ? $"risks[{first.Index}].{property}" : "risks";
        return context.Place(path, first.Risk.Source, null, "risks");
    }

    /// <summary>
    /// "4 riskiltä puuttuu vastuutaho (riskejä yhteensä 7): …" — one message for one, some or all of the risks.
    /// <paramref name="whatEn"/> comes with its article ("an owner") for "None of the risks has an owner".
    /// </summary>
    public static Localized Missing(IReadOnlyList<(Risk Risk, int Index)> missing, int total, string whatFi, string whatEn)
    {
        var list = Labels(missing);
        var bare = whatEn[(whatEn.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        if (missing.Count == 1)
        {
            return new($"Riskiltä {list} puuttuu {whatFi}.", $"Risk {list} has no {bare}.");
        }
        if (missing.Count == total)
        {
            // Naming every risk would only repeat the risk table.
            return new($"Kaikilta riskeiltä ({total}) puuttuu {whatFi}.", $"None of the {total} risks has {whatEn}.");
        }
        return new($"{missing.Count} riskiltä puuttuu {whatFi} (riskejä yhteensä {total}): {list}.", $"{missing.Count} of the {total} risks have no {bare}: {list}.");
    }
}
