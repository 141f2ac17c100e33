using Hankevahti.Checks.Rules.Codes;

namespace Hankevahti.Checks.Rules.Document;

/// <summary>
/// HV-DOC-002: text that points to a section the plan does not have ("luvussa 5", "kohdassa 3.4",
/// "luvussa 0" from a broken cross-reference field). One finding per section listing the references.
/// </summary>
public sealed class MissingSectionReferenceRule : Rule
{
    public override string Code => "HV-DOC-002";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Viittaus lukuun, jota ei ole", "Reference to a missing section");

    public override Localized Explanation => new(
        "Teksti viittaa lukuun tai kohtaan, jota suunnitelmassa ei ole. Viittaus on voinut jäädä aiemmasta versiosta tai ristiviittauskenttä on rikki.",
        "The text refers to a section the plan does not have; the reference may be left from an earlier version or a cross-reference field is broken.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var numbers = DocumentReferences.SectionNumbers(context);
        // A plan with hardly any numbered headings gives no ground to say a number is missing.
        if (numbers.Count < 3)
        {
            yield break;
        }
        foreach (var section in Codes.TextLines.ProseSections(context))
        {
            var missing = DocumentReferences.In(section.Section.Text)
                .Where(r => r.Kind == ReferenceKind.Section && !numbers.Contains(DocumentReferences.NumberKey(r.Number)))
                .GroupBy(r => DocumentReferences.NumberKey(r.Number))
                .Select(g => g.First())
                .ToList();
            if (missing.Count == 0)
            {
                continue;
            }
            var words = string.Join(", ", missing.Select(r => $"«{r.Words}»"));
            var nums = string.Join(", ", missing.Select(r => DocumentReferences.NumberKey(r.Number)));
            yield return Found(
                context.PlaceInText(section, missing[0].Words),
                missing.Count == 1
                    ? new($"Kohdassa {SectionNames.Of(section)} viitataan lukuun {nums} ({words}), mutta suunnitelmassa ei ole lukua {nums}.",
                        $"Section {SectionNames.Of(section)} refers to section {nums} ({words}), but the plan has no section of that number.")
                    : new($"Kohdassa {SectionNames.Of(section)} viitataan lukuihin {nums} ({words}), joita suunnitelmassa ei ole.",
                        $"Section {SectionNames.Of(section)} refers to sections {nums} ({words}), which the plan does not have."),
                new("Korjaa viittaus oikeaan lukuun tai päivitä ristiviittaukset.", "Correct the reference to the right section or update the cross-references."));
        }
    }
}
