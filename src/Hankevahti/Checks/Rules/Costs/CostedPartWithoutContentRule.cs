using Hankevahti.Checks.Rules.Sections;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Costs;

/// <summary>
/// HV-COST-004: the cost table costs a part that the plan leaves empty: no title, description, actions
/// or parts under it, and an empty section ("4.1 PILARI 3: -" costed at 800 000 €).
/// </summary>
public sealed class CostedPartWithoutContentRule : Rule
{
    public override string Code => "HV-COST-004";
    public override FindingSeverity Severity => FindingSeverity.Error;

    public override Localized Title => new(
        "Kustannettu osa on kuvaamatta",
        "Costed part is not described");

    public override Localized Explanation => new(
        "Kustannustaulukko varaa rahaa osalle, jonka osio on tyhjä eikä osalla ole nimeä, toimenpiteitä eikä alaosia. Rahoittaja ei voi hyväksyä kustannuksia työlle, jota ei ole kuvattu.",
        "The cost table sets money aside for a part whose section is empty and which has no title, actions or parts under it. A funder cannot approve costs for work that is not described.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        foreach (var group in CostRows.Of(context).Where(r => r.Part is not null).GroupBy(r => r.Part!.Path, StringComparer.Ordinal))
        {
            var part = group.First().Part!;
            var amount = group.Sum(r => r.Amount);
            if (amount <= 0 || !IsEmpty(context, part))
            {
                continue;
            }
            var section = HeadingSection(context, part);
            var name = PartPaths.Name(part.Part);
            var labels = group.Select(r => r.Label).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => CheckContext.Shorten(l, 60)).ToList();
            var rowsFi = labels.Count > 0 ? $" ({string.Join(", ", labels.Select(l => $"”{l}”"))})" : "";
            var rowsEn = labels.Count > 0 ? $" ({string.Join(", ", labels.Select(l => $"“{l}”"))})" : "";
            var where = section is null
                ? new Localized("osalla ei ole nimeä, kuvausta eikä toimenpiteitä", "the part has no title, description or actions")
                : new Localized($"osio {section.Number ?? section.Title} on tyhjä eikä osalla ole nimeä eikä toimenpiteitä", $"section {section.Number ?? section.Title} is empty and the part has no title or actions");
            yield return Found(
                context.Place(part.Path, part.Part.Source, null, "work", "implementation"),
                new($"{name} on kustannustaulukossa {Say.EurosFi(amount)}{rowsFi}, mutta suunnitelma ei kuvaa sitä: {where.Fi}.",
                    $"{name} is costed at {Say.Euros(amount).En} in the cost table{rowsEn}, but the plan does not describe it: {where.En}."),
                new("Kuvaa osan tavoitteet, toimenpiteet ja aikataulu tai poista sen kustannukset kustannustaulukosta.",
                    "Describe the part's aims, actions and schedule, or remove its costs from the cost table."));
        }
    }

    private static bool IsEmpty(CheckContext context, WorkEntry part)
    {
        if (!Blank(part.Part) || PartPaths.Below(context.Work, part).Any(e => !Blank(e.Part)))
        {
            return false;
        }
        return HeadingSection(context, part) is not { } section || !SectionContent.Has(context, section);
    }

    private static bool Blank(WorkPart part) =>
        string.IsNullOrWhiteSpace(part.Title) && string.IsNullOrWhiteSpace(part.Description) && part.Actions is not { Count: > 0 };

    /// <summary>The section whose heading the part was read from; a part read from inside a section's text has none of its own.</summary>
    private static SectionEntry? HeadingSection(CheckContext context, WorkEntry part) =>
        context.SectionAt(part.Part.Source) is { } s && s.Line == part.Part.Source?.Line ? s : null;
}
