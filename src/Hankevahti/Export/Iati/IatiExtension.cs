using System.Globalization;
using System.Xml.Linq;
using Hankevahti.Figures;
using Hankevahti.Following;
using Hankevahti.Plans;
using static Hankevahti.Export.Iati.IatiXml;

namespace Hankevahti.Export.Iati;

/// <summary>
/// What a Finnish state grant has and IATI has no element for, in Hankevahti's own namespace: the funding shares
/// (own funding and grant), the budget and actual costs per cost category, and the risks with their reassessments.
/// IATI 2.03 allows elements of another namespace at the end of iati-activity (xsd:any namespace="##other"), and
/// readers that do not know them skip them. Their schema is hankevahti-iati-1.xsd beside this file; docs/iati.md.
/// </summary>
public static class IatiExtension
{
    public static readonly XNamespace Ns = "https://hankevahti.fi/iati/1";
    public const string Prefix = "hv";

    public static IEnumerable<XElement> Write(IatiProject project)
    {
        var plan = project.Plan;
        yield return Funding(plan);
        yield return CostCategories(plan, project.FollowUp);
        var undated = plan.Budget.Lines.Where(l => l.Kind == FigureKind.Planned && l.Year is not (>= 1 and <= 9999)).Sum(l => l.Amount);
        if (undated != 0m)
        {
            // The planned lines without a year, which no IATI budget holds, so that the budgets and this add up to the plan's total.
            yield return new XElement(Ns + "budget-without-year", new XAttribute("amount", Money(undated)));
        }
        if (plan.Risks.Count > 0)
        {
            yield return Risks(plan, project.FollowUp);
        }
    }

    private static XElement Funding(Plan plan)
    {
        var funding = plan.Budget.Funding;
        return new XElement(Ns + "funding",
            new XAttribute("planned-total", Money(PlanFigures.Total(plan.Budget))),
            Optional("own-funding-share", funding.OwnFundingShare),
            Optional("own-funding", PlanFigures.OwnFunding(plan.Budget)),
            Optional("grant-share", funding.GrantShare),
            Optional("grant", PlanFigures.Grant(plan.Budget)),
            funding.OtherIncome.Select(i => new XElement(Ns + "other-income",
                new XAttribute("amount", Money(i.Amount)),
                i.Year is { } year ? new XAttribute("year", year.ToString(CultureInfo.InvariantCulture)) : null,
                Clean(i.Label))));
    }

    /// <summary>Every category with a planned or an actual amount, in the order of the state grant's categories.</summary>
    private static XElement CostCategories(Plan plan, FollowUp followUp)
    {
        var planned = PlanFigures.ByCategory(plan.Budget).ToDictionary(c => c.Category, c => c.Amount);
        var actual = followUp.Costs.GroupBy(c => c.Category).ToDictionary(g => g.Key, g => g.Sum(c => c.Amount));
        return new XElement(Ns + "cost-categories",
            Enum.GetValues<CostCategory>()
                .Where(c => planned.ContainsKey(c) || actual.ContainsKey(c))
                .Select(c => new XElement(Ns + "cost-category",
                    new XAttribute("code", FollowUpNames.Category(c)),
                    new XAttribute("planned", Money(planned.GetValueOrDefault(c))),
                    new XAttribute("actual", Money(actual.GetValueOrDefault(c))))));
    }

    private static XElement Risks(Plan plan, FollowUp followUp) =>
        new(Ns + "risks", plan.Risks.Select(risk => new XElement(Ns + "risk",
            new XAttribute("id", risk.Id),
            Clean(risk.Code) is { Length: > 0 } code ? new XAttribute("code", code) : null,
            Rating("likelihood", risk.Likelihood),
            Rating("impact", risk.Impact),
            Rating("score", PlanFigures.Score(risk)),
            new XElement(Ns + "title", Lang(PlanLanguage), Clean(risk.Title) is { Length: > 0 } title ? title : risk.Id),
            risk.Mitigations.Select(Clean).Where(m => m.Length > 0).Select(m => new XElement(Ns + "mitigation", Lang(PlanLanguage), m)),
            followUp.Risks.Where(a => a.RiskId == risk.Id).OrderBy(a => a.PeriodCode, StringComparer.Ordinal)
                .Select(a => new XElement(Ns + "assessment",
                    new XAttribute("period", a.PeriodCode),
                    new XAttribute("likelihood", a.Likelihood),
                    new XAttribute("impact", a.Impact))))));

    /// <summary>A 1–5 rating, possibly a range: its low and high ends as two attributes.</summary>
    private static IEnumerable<XAttribute> Rating(string name, RiskRating? rating)
    {
        if (rating?.Min is { } min)
        {
            yield return new XAttribute(name + "-min", Money(min));
            yield return new XAttribute(name + "-max", Money(rating.Max ?? min));
        }
    }

    private static XAttribute? Optional(string name, decimal? value) => value is { } v ? new XAttribute(name, Money(v)) : null;
}
