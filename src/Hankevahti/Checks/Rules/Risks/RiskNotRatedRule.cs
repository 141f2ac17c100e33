using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Risks;

/// <summary>
/// Risks without a likelihood or an impact. When the plan rates some risks, the unrated ones are gaps
/// (warning); when it rates none, its template asked for no rating and the finding is a remark (info).
/// Risks missing both get one finding, not two.
/// </summary>
public sealed class RiskNotRatedRule : Rule
{
    public override string Code => "HV-RISK-003";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Riskin todennäköisyys tai vaikutus puuttuu", "Risk without likelihood or impact");
    public override Localized Explanation => new(
        "Riskeille arvioidaan todennäköisyys ja vaikutus, jotta merkittävimmät riskit erottuvat ja varautuminen kohdistuu niihin.",
        "Risks are rated by likelihood and impact so that the most serious ones stand out and get the preparation.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var risks = RiskList.Real(context.Plan);
        var noLikelihood = risks.Where(x => !IsRated(x.Risk.Likelihood)).ToList();
        var noImpact = risks.Where(x => !IsRated(x.Risk.Impact)).ToList();
        if (noLikelihood.Count == 0 && noImpact.Count == 0)
        {
            yield break;
        }
        var noneRated = risks.All(x => !IsRated(x.Risk.Likelihood) && !IsRated(x.Risk.Impact));
        var severity = noneRated ? FindingSeverity.Info : FindingSeverity.Warning;
        var hint = noneRated ? HintNoneRated : HintSomeRated;
        if (noLikelihood.Select(x => x.Index).SequenceEqual(noImpact.Select(x => x.Index)))
        {
            yield return Found(RiskList.Place(context, noLikelihood, "likelihood"),
                RiskList.Missing(noLikelihood, risks.Count, "arvio todennäköisyydestä ja vaikutuksesta", "a likelihood or impact"),
                hint, severity);
            yield break;
        }
        if (noLikelihood.Count > 0)
        {
            yield return Found(RiskList.Place(context, noLikelihood, "likelihood"),
                RiskList.Missing(noLikelihood, risks.Count, "arvio todennäköisyydestä", "a likelihood"), hint, severity);
        }
        if (noImpact.Count > 0)
        {
            yield return Found(RiskList.Place(context, noImpact, "impact"),
                RiskList.Missing(noImpact, risks.Count, "arvio vaikutuksesta", "an impact"), hint, severity);
        }
    }

    private static readonly Localized HintSomeRated = new(
        "Arvioi näidenkin riskien todennäköisyys ja vaikutus samalla asteikolla kuin muut riskit.",
        "Rate these risks' likelihood and impact on the same scale as the other risks.");

    private static readonly Localized HintNoneRated = new(
        "Arvioi kunkin riskin todennäköisyys ja vaikutus (esim. asteikolla 1–5), jotta merkittävimmät riskit erottuvat.",
        "Rate each risk's likelihood and impact (e.g. on a scale of 1–5) so that the most serious ones stand out.");

    /// <summary>A number or the plan's own word ("Todennäköinen") both count as a rating.</summary>
    private static bool IsRated(RiskRating? rating) =>
        rating is not null && (rating.Min is not null || rating.Max is not null || !RiskList.IsBlank(rating.Text));
}
