namespace Hankevahti.Checks.Rules.Risks;

/// <summary>A risk nobody answers for is a risk nobody watches; one finding lists every such risk.</summary>
public sealed class RiskWithoutOwnerRule : Rule
{
    public override string Code => "HV-RISK-001";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Riskiltä puuttuu vastuutaho", "Risk without an owner");
    public override Localized Explanation => new(
        "Jokaiselle riskille nimetään vastuutaho, joka seuraa riskiä ja käynnistää varautumistoimet. Ilman vastuutahoa riski jää seuraamatta.",
        "Every risk needs an owner who watches it and starts the mitigation; without one nobody does.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var risks = RiskList.Real(context.Plan);
        var missing = risks.Where(x => RiskList.IsBlank(x.Risk.Owner)).ToList();
        if (missing.Count == 0)
        {
            yield break;
        }
        yield return Found(
            RiskList.Place(context, missing, "owner"),
            RiskList.Missing(missing, risks.Count, "vastuutaho", "an owner"),
            new("Nimeä kullekin riskille vastuutaho (henkilö, rooli tai ryhmä), joka seuraa riskiä ja vastaa varautumistoimista.",
                "Name an owner (a person, role or group) for each risk who watches it and answers for the mitigation."));
    }
}
