using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Costs;

/// <summary>
/// HV-COST-002: a part's cost estimate in prose ("Työpaketin 3.2 kustannusarvio … 117 000 €") disagrees
/// with the cost table: with the table row that costs the part, or, when the table costs a whole
/// investment or pillar on one row, with the sum of its work packages' estimates.
/// </summary>
public sealed class WorkEstimatesAgainstCostTableRule : Rule
{
    // An approximate estimate ("noin 1 100 000 €") may be off by this share of the table's figure and still be only a warning.
    private const decimal ApproximateShare = 0.02m;

    public override string Code => "HV-COST-002";
    public override FindingSeverity Severity => FindingSeverity.Error;

    public override Localized Title => new(
        "Työpaketin kustannusarvio ei täsmää kustannustaulukkoon",
        "Work package cost estimate disagrees with the cost table");

    public override Localized Explanation => new(
        "Työpakettien ja muiden osien tekstissä ilmoitetut kustannusarviot verrataan kustannustaulukon riveihin: osan omaan riviin tai, kun taulukko kustantaa koko investoinnin yhdellä rivillä, sen työpakettien arvioiden summaan.",
        "The cost estimates stated in the text of work packages and other parts are compared with the cost table: with the part's own row or, when the table costs a whole investment on one row, with the sum of its work packages' estimates.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var (mismatches, notInTable) = CostComparison.Of(context);
        foreach (var m in mismatches)
        {
            yield return m.OwnEstimate ? OwnEstimate(context, m) : Summed(context, m);
        }
        foreach (var e in notInTable)
        {
            yield return Found(
                context.Place(e.Path, e.Figure.Source, e.Figure.Text, "budget"),
                new($"{PartPaths.Name(e.Part.Part)}: kustannusarvio {Say.EurosFi(e.Value)}, mutta kustannustaulukossa ei ole sille eikä sen yläpuolisille osille riviä.",
                    $"{PartPaths.Name(e.Part.Part)}: the cost estimate is {Say.Euros(e.Value).En}, but the cost table has no row for it or for the parts above it."),
                new("Lisää osa kustannustaulukkoon tai poista kustannusarvio tekstistä.",
                    "Add the part to the cost table, or remove the estimate from the text."));
        }
    }

    private Finding OwnEstimate(CheckContext context, CostMismatch m)
    {
        var estimate = m.Estimates[^1];
        var name = PartPaths.Name(m.Part.Part);
        var values = m.Estimates.Select(e => e.Value).Distinct().ToList();
        var said = values.Count == 1
            ? new Localized($"kustannusarvio {Say.EurosFi(values[0])}", $"the cost estimate is {Say.Euros(values[0]).En}")
            : new Localized($"kustannusarviot {string.Join(" ja ", values.Select(Say.EurosFi))}", $"the cost estimates are {string.Join(" and ", values.Select(v => Say.Euros(v).En))}");
        var table = TableSide(m);
        var message = new Localized(
            $"{name}: {said.Fi}, mutta {table.Fi} (ero {Say.EurosFi(Math.Abs(m.TableAmount - estimate.Value))}).",
            $"{name}: {said.En}, but {table.En} (a difference of {Say.Euros(Math.Abs(m.TableAmount - estimate.Value)).En}).");
        return Found(context.Place(estimate.Path, estimate.Figure.Source, estimate.Figure.Text, "budget"),
            WithApproximation(message, m), Hint, SeverityOf(m));
    }

    private Finding Summed(CheckContext context, CostMismatch m)
    {
        var first = m.Rows[0];
        var parts = string.Join(" + ", m.Estimates.Select(e => $"{PartPaths.Name(e.Part.Part)} {Say.EurosFi(e.Value)}"));
        var partsEn = string.Join(" + ", m.Estimates.Select(e => $"{PartPaths.Name(e.Part.Part)} {Say.Euros(e.Value).En}"));
        var rows = m.Rows.Count == 1
            ? new Localized($"Kustannustaulukon rivillä {first.PartCode} on {Say.EurosFi(m.TableAmount)}", $"The cost table gives {first.PartCode} {Say.Euros(m.TableAmount).En}")
            : new Localized($"Kustannustaulukon riveillä {first.PartCode} ({m.Rows.Count} riviä) on yhteensä {Say.EurosFi(m.TableAmount)}",
                $"The cost table gives {first.PartCode} {Say.Euros(m.TableAmount).En} on {m.Rows.Count} rows");
        var packages = m.Estimates.All(e => e.Part.Part.Kind == WorkPartKind.WorkPackage)
            ? new Localized("työpakettien", "work packages'")
            : new Localized("osien", "parts'");
        var difference = Say.Euros(Math.Abs(m.TableAmount - m.EstimateSum));
        var without = m.Unestimated.Count == 0 ? new Localized("", "")
            : new Localized($" Ilman kustannusarviota: {string.Join(", ", m.Unestimated.Select(u => PartPaths.Name(u.Part)))}.",
                $" Without an estimate: {string.Join(", ", m.Unestimated.Select(u => PartPaths.Name(u.Part)))}.");
        var message = new Localized(
            $"{rows.Fi}, mutta sen {packages.Fi} kustannusarviot ovat yhteensä {Say.EurosFi(m.EstimateSum)} ({parts}); ero {difference.Fi}.{without.Fi}",
            $"{rows.En}, but its {packages.En} cost estimates add up to {Say.Euros(m.EstimateSum).En} ({partsEn}); a difference of {difference.En}.{without.En}");
        return Found(context.Place(first.Path, first.First.Line.Source, first.Label, "budget"),
            WithApproximation(message, m), Hint, SeverityOf(m));
    }

    private static Localized TableSide(CostMismatch m)
    {
        var row = m.Rows[0];
        if (m.Rows.Count == 1 && !string.IsNullOrWhiteSpace(row.Label))
        {
            var label = CheckContext.Shorten(row.Label, 60);
            return new($"kustannustaulukon rivillä ”{label}” ({row.PartCode}) on {Say.EurosFi(m.TableAmount)}",
                $"the cost table row “{label}” ({row.PartCode}) gives {Say.Euros(m.TableAmount).En}");
        }
        return new($"kustannustaulukossa osalle on {Say.EurosFi(m.TableAmount)}", $"the cost table gives the part {Say.Euros(m.TableAmount).En}");
    }

    private static Localized WithApproximation(Localized message, CostMismatch m)
    {
        if (!m.Approximate)
        {
            return message;
        }
        var parts = string.Join(", ", m.Estimates.Where(e => e.Approximate).Select(e => PartPaths.Name(e.Part.Part)).Distinct());
        return new(message.Fi + $" Likimääräisenä (”noin”) ilmoitettu: {parts}.", message.En + $" Stated as approximate (“noin”): {parts}.");
    }

    private FindingSeverity SeverityOf(CostMismatch m) =>
        m.Approximate && Math.Abs(m.TableAmount - m.EstimateSum) <= ApproximateShare * m.TableAmount ? FindingSeverity.Warning : Severity;

    private static readonly Localized Hint = new(
        "Tarkista, kumpi luku on oikea, ja korjaa kustannusarvio tai kustannustaulukko niin, että ne täsmäävät.",
        "Check which figure is right and correct the estimate or the cost table so that they agree.");
}
