using System.Text.RegularExpressions;
using Hankevahti.Plans;

namespace Hankevahti.Vocabulary;

/// <summary>What a budget row is, from its label.</summary>
public enum BudgetRowKind
{
    /// <summary>Not a row this recogniser understands; it stays in the section text.</summary>
    Unknown,
    /// <summary>One cost category (kustannuslaji): its amounts become budget lines.</summary>
    Category,
    /// <summary>A group of categories ("Henkilöstökulut, joista", "Palvelujen ostot yhteensä") that the rows below break down.</summary>
    Group,
    /// <summary>The total of the table (Kokonaiskulut, Yhteensä).</summary>
    Total,
    OwnFunding,
    Grant,
}

/// <summary>The groups whose rows a "joista" row breaks down.</summary>
public enum CostGroup { None, Personnel, Services, Investments }

/// <summary>A label read: what the row is, its category, its group, and a share written into it ("Omarahoitus 20 %").</summary>
public sealed record BudgetRowLabel(BudgetRowKind Kind, CostCategory Category, CostGroup Group, decimal? Share, string? ShareText);

/// <summary>
/// The cost-category vocabulary of the state grant budget template and its real variants. The first
/// pattern that matches wins, so narrower wordings ("muut palvelujen ostot", "aineettomat") come before
/// the broader ones they contain ("palvelu", "aine").
/// </summary>
public static partial class CostCategories
{
    private static readonly (Regex Pattern, CostCategory Category)[] Words =
    [
        (Re(@"siirr|siirto|työpanos"), CostCategory.PersonnelTransferred),
        (Re(@"aineeton|aineettom"), CostCategory.InvestmentIntangible),
        (Re(@"kone|laite|laitteet|kalust"), CostCategory.InvestmentMachinery),
        (Re(@"muu(t|ut)? investoin|investoin"), CostCategory.InvestmentOther),
        (Re(@"matka|matkust|majoitu"), CostCategory.ServicesTravel),
        (Re(@"koulutu"), CostCategory.ServicesTraining),
        (Re(@"muu(t)? (palvelu|ostopalvelu)|muut palvelujen|muut palveluiden|muut ostot"), CostCategory.ServicesOther),
        (Re(@"asiantuntija|ostopalvelu|palvelujen ostot|palveluiden ostot|palveluostot|palvelut"), CostCategory.ServicesExpert),
        (Re(@"henkilöstö|henkilösto|palkka|palkat|palkkaus|palkkakustannu|palkattu|palkattav|sivukulu"), CostCategory.PersonnelHired),
        (Re(@"^aineet|aineet,|tarvike|tarvikkeet|tavarat"), CostCategory.Materials),
        (Re(@"vuokra|tilakustann|toimitila"), CostCategory.Rents),
        (Re(@"^muut|muut kulut|muut kustannukset|muut menot"), CostCategory.Other),
    ];

    /// <summary>Reads a row label; Unknown when it is not a budget row.</summary>
    public static BudgetRowLabel Classify(string label)
    {
        var t = Normalise(label);
        if (t.Length == 0)
        {
            return new(BudgetRowKind.Unknown, CostCategory.Other, CostGroup.None, null, null);
        }
        var (share, shareText) = Share(label);
        var funding = FundingWords.OfLabel(t);
        if (funding == FundingKind.OwnFunding)
        {
            return new(BudgetRowKind.OwnFunding, CostCategory.Other, CostGroup.None, share, shareText);
        }
        if (funding == FundingKind.Grant)
        {
            return new(BudgetRowKind.Grant, CostCategory.Other, CostGroup.None, share, shareText);
        }
        if (share is not null)
        {
            // A share on any other row (a category "40 %") is not a cost row we can read.
            return new(BudgetRowKind.Unknown, CostCategory.Other, CostGroup.None, null, null);
        }
        var group = GroupOf(t);
        if (group != CostGroup.None)
        {
            return new(BudgetRowKind.Group, GroupCategory(group), group, null, null);
        }
        if (TotalLabel().IsMatch(t))
        {
            return new(BudgetRowKind.Total, CostCategory.Other, CostGroup.None, null, null);
        }
        if (Category(t) is { } category)
        {
            return new(BudgetRowKind.Category, category, CostGroup.None, null, null);
        }
        return new(BudgetRowKind.Unknown, CostCategory.Other, CostGroup.None, null, null);
    }

    /// <summary>The category a label names, or null.</summary>
    public static CostCategory? Category(string label)
    {
        var t = Normalise(label);
        if (t.Length > 80)
        {
            // Long texts are prose, not a category row.
            return null;
        }
        foreach (var (pattern, category) in Words)
        {
            if (pattern.IsMatch(t))
            {
                return category;
            }
        }
        return null;
    }

    /// <summary>Whether a category belongs to a group, so that the rows under a "joista" row are recognised as its breakdown.</summary>
    public static bool InGroup(CostCategory category, CostGroup group) => group switch
    {
        CostGroup.Personnel => category is CostCategory.PersonnelHired or CostCategory.PersonnelTransferred,
        CostGroup.Services => category is CostCategory.ServicesExpert or CostCategory.ServicesTravel or CostCategory.ServicesTraining or CostCategory.ServicesOther,
        CostGroup.Investments => category is CostCategory.InvestmentIntangible or CostCategory.InvestmentMachinery or CostCategory.InvestmentOther,
        _ => false,
    };

    /// <summary>
    /// The category a group row's amount gets when it has to stand as a line itself (its breakdown rows are
    /// empty in that column): the template's default member of the group.
    /// </summary>
    public static CostCategory GroupCategory(CostGroup group) => group switch
    {
        CostGroup.Personnel => CostCategory.PersonnelHired,
        CostGroup.Services => CostCategory.ServicesExpert,
        CostGroup.Investments => CostCategory.InvestmentOther,
        _ => CostCategory.Other,
    };

    private static CostGroup GroupOf(string t)
    {
        // "joista/josta" marks a breakdown; "yhteensä" on a category word marks a group sum ("Palvelujen ostot yhteensä").
        var breakdown = Breakdown().IsMatch(t);
        var sum = t.Contains("yhteensä", StringComparison.Ordinal) || t.Contains("yht.", StringComparison.Ordinal);
        if (!breakdown && !sum)
        {
            // A bare "Henkilöstökulut" or "Investoinnit" heads its breakdown as well when rows of the group follow;
            // the table reader decides that from the rows, so here it is a plain category.
            return CostGroup.None;
        }
        if (t.StartsWith("henkilöstö", StringComparison.Ordinal) || t.Contains("henkilöstökulu", StringComparison.Ordinal)
            || t.Contains("henkilöstökustannu", StringComparison.Ordinal) || t.Contains("henkilöstömenot", StringComparison.Ordinal)
            || t.StartsWith("palkka", StringComparison.Ordinal))
        {
            return CostGroup.Personnel;
        }
        if (t.Contains("investoin", StringComparison.Ordinal))
        {
            return CostGroup.Investments;
        }
        if (t.Contains("palvelu", StringComparison.Ordinal) || t.Contains("ostot", StringComparison.Ordinal))
        {
            return CostGroup.Services;
        }
        return CostGroup.None;
    }

    /// <summary>The group a plain category heads when rows of that group follow it ("Henkilöstökulut" above "Palkattu henkilöstö").</summary>
    public static CostGroup GroupHeadedBy(string label)
    {
        var t = Normalise(label);
        if (t.StartsWith("henkilöstökulu", StringComparison.Ordinal) || t.StartsWith("henkilöstökustannu", StringComparison.Ordinal)
            || t.StartsWith("henkilöstömeno", StringComparison.Ordinal))
        {
            return CostGroup.Personnel;
        }
        if (t.StartsWith("investoin", StringComparison.Ordinal))
        {
            return CostGroup.Investments;
        }
        if (t.StartsWith("palvelujen ostot", StringComparison.Ordinal) || t.StartsWith("ostopalvelut", StringComparison.Ordinal)
            || t.StartsWith("palveluiden ostot", StringComparison.Ordinal))
        {
            return CostGroup.Services;
        }
        return CostGroup.None;
    }

    private static (decimal?, string?) Share(string label)
    {
        var found = Amounts.FindPercents(label);
        return found.Count > 0 ? (found[0].Amount.Value / 100m, found[0].Amount.Text) : (null, null);
    }

    private static string Normalise(string label) => CleanText.Key(CleanText.Cell(label)).TrimEnd(':', '.', ' ');

    private static Regex Re(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);

    [GeneratedRegex(@",?\s*\b(joista|josta)\b")]
    private static partial Regex Breakdown();

    [GeneratedRegex(@"^(kokonaiskulut|kokonaiskustannukset|kokonaisbudjetti|yhteensä|kaikki yhteensä|kulut yhteensä|kustannukset yhteensä|menot yhteensä|budjetti yhteensä|hankkeen kokonaiskustannukset|hankkeen kustannukset yhteensä)\b")]
    private static partial Regex TotalLabel();
}
