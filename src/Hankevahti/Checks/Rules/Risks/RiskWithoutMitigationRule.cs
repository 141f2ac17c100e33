namespace Hankevahti.Checks.Rules.Risks;

/// <summary>A risk named but not prepared for; one finding lists every such risk.</summary>
public sealed class RiskWithoutMitigationRule : Rule
{
    public override string Code => "HV-RISK-002";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Riskiltä puuttuu varautuminen", "Risk without mitigation");
    public override Localized Explanation => new(
        "Suunnitelmassa kerrotaan kunkin riskin kohdalla, miten riskiin varaudutaan tai miten sitä pienennetään.",
        "For each risk the plan says how the project prepares for it or reduces it.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var risks = RiskList.Real(context.Plan);
        var missing = risks.Where(x => (x.Risk.Mitigations ?? []).All(RiskList.IsBlank)).ToList();
        if (missing.Count == 0)
        {
            yield break;
        }
        yield return Found(
            RiskList.Place(context, missing, "mitigations"),
            RiskList.Missing(missing, risks.Count, "kuvaus varautumisesta", "a mitigation"),
            new("Kerro kunkin riskin kohdalla, millä toimenpiteillä riskiä pienennetään tai miten sen toteutumiseen varaudutaan.",
                "For each risk, say what the project does to reduce it or to prepare for it."));
    }
}
