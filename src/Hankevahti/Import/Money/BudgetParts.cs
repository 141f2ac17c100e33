using System.Text.RegularExpressions;
using Hankevahti.Import.Common;

namespace Hankevahti.Import.Money;

/// <summary>
/// The part a budget belongs to, from the headings above it: "Liite 4: Taloussuunnitelma osa-alue 4" or a
/// "Kustannukset" section under "Osa-alue 2 – …" is for osa-alue 4, coded by its number as the work
/// structure codes parts; a section under "Työpaketti 1.4A" is for that work package.
/// </summary>
public static partial class BudgetParts
{
    public static string? PartFor(SectionNode section)
    {
        for (var s = section; s is not null && s.Level > 0; s = s.Parent)
        {
            if (PartNumber(s.Title) is { } number)
            {
                return number;
            }
            if (s.Kind == SectionKinds.WorkPackage && s.Number is not null)
            {
                return s.Number;
            }
        }
        return null;
    }

    /// <summary>The number in "osa-alue 1", "Osa-alueen 3", "osa-alue 2 –"; null when the text names no part.</summary>
    public static string? PartNumber(string text)
    {
        var m = PartPattern().Match(CleanText.Key(text));
        return m.Success ? m.Groups[1].Value.ToUpperInvariant() : null;
    }

    /// <summary>
    /// The organisation a budget is for when its heading or title row names one of the plan's organisations
    /// (co-implementers often give a budget each); the name is returned as the organisations list has it.
    /// </summary>
    public static string? OrganisationNamed(ImportContext context, string text)
    {
        var key = CleanText.Key(text);
        foreach (var o in context.Plan.Organisations)
        {
            foreach (var name in new[] { o.Name, o.ShortName })
            {
                if (!string.IsNullOrWhiteSpace(name) && Regex.IsMatch(key, $@"(^|[\s(:–-]){Regex.Escape(CleanText.Key(name))}($|[\s):,–-])"))
                {
                    return o.Name;
                }
            }
        }
        return null;
    }

    /// <summary>The label a stated figure names its table by: "Liite 1" for an annex, the section number ("7.2") otherwise.</summary>
    public static string? TableLabel(SectionNode section)
    {
        for (var s = section; s is not null && s.Level > 0; s = s.Parent)
        {
            var title = CleanText.Squeeze(CleanText.StripEmphasis(s.Title));
            var annex = AnnexPattern().Match(title);
            if (annex.Success)
            {
                return $"Liite {annex.Groups[1].Value}";
            }
            if (s.Number is not null)
            {
                return s.Number;
            }
        }
        return null;
    }

    [GeneratedRegex(@"\bosa-alue(?:en|elle|essa|tta)?\s+(\d{1,2}[a-z]?)\b")]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"^Liite\s+(\d+[A-Z]?)", RegexOptions.IgnoreCase)]
    private static partial Regex AnnexPattern();
}
