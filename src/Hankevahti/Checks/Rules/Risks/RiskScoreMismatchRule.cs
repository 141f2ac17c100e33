using Hankevahti.Figures;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Risks;

/// <summary>
/// A stated risk score that is not likelihood × impact. Ratings may be ranges: "8–12" for 4 × 2–3 is right,
/// and so is a single score at either end of the range (the plan took the best or the worst case).
/// </summary>
public sealed class RiskScoreMismatchRule : Rule
{
    public override string Code => "HV-RISK-004";
    public override FindingSeverity Severity => FindingSeverity.Error;
    public override Localized Title => new("Riskin pistemäärä ei ole todennäköisyys × vaikutus", "Risk score is not likelihood × impact");
    public override Localized Explanation => new(
        "Riskin pistemäärä (riskiluku) on todennäköisyyden ja vaikutuksen tulo. Väärä pistemäärä antaa riskistä väärän kuvan.",
        "A risk's score is its likelihood times its impact; a wrong score misstates how serious the risk is.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var wrong = new List<(Risk Risk, int Index, string Stated, string Product)>();
        foreach (var (risk, index) in RiskList.Real(context.Plan))
        {
            // Ratings read from words ("Merkittävä") sit on the vocabulary's scale, which may not be the one the plan
            // scored on; comparing them with its stated score could only give a false error.
            if (risk.Likelihood?.FromWords == true || risk.Impact?.FromWords == true)
            {
                continue;
            }
            if (risk.StatedScore is not { } stated || Range(stated) is not { } s || PlanFigures.Score(risk) is not { } score || Range(score) is not { } c)
            {
                continue;
            }
            var agrees = s == c || (s.Min == s.Max && (s.Min == c.Min || s.Min == c.Max));
            if (!agrees)
            {
                wrong.Add((risk, index, Say(s), $"{Say(risk.Likelihood!)} × {Say(risk.Impact!)} = {Say(c)}"));
            }
        }
        var hint = new Localized("Korjaa pistemäärä tai arviot niin, että pistemäärä on todennäköisyys kertaa vaikutus.",
            "Correct the score or the ratings so that the score is likelihood times impact.");
        if (wrong.Count >= AggregateFrom)
        {
            // One cause (a table scored some other way) should not give an error per row.
            var list = string.Join("; ", wrong.Select(w => $"{RiskList.Label(w.Risk)}: {w.Stated} ≠ {w.Product}"));
            yield return Found(context.Place("risks", wrong[0].Risk.Source, null, "risks"),
                new($"{wrong.Count} riskin pistemäärä ei ole todennäköisyys × vaikutus: {list}.",
                    $"{wrong.Count} risks state a score that is not likelihood × impact: {list}."),
                hint);
            yield break;
        }
        foreach (var (risk, index, stated, product) in wrong)
        {
            yield return Found(
                context.Place($"risks[{index}].statedScore", risk.Source, risk.StatedScore!.Text, "risks"),
                new($"Riskin {RiskList.Label(risk)} pistemääräksi on ilmoitettu {stated}, mutta todennäköisyys × vaikutus on {product}.",
                    $"Risk {RiskList.Label(risk)} states a score of {stated}, but likelihood × impact is {product}."),
                hint);
        }
    }

    /// <summary>From this many wrong scores on, one finding lists them all.</summary>
    private const int AggregateFrom = 3;

    private static (decimal Min, decimal Max)? Range(RiskRating rating) =>
        (rating.Min ?? rating.Max) is { } min ? (min, rating.Max ?? min) : null;

    private static string Say(RiskRating rating) => Range(rating) is { } r ? Say(r) : rating.Text ?? "?";

    private static string Say((decimal Min, decimal Max) r) =>
        r.Min == r.Max ? Checks.Say.NumberFi(r.Min) : $"{Checks.Say.NumberFi(r.Min)}–{Checks.Say.NumberFi(r.Max)}";
}
