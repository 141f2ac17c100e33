namespace Hankevahti.Checks.Rules.Template;

/// <summary>
/// HV-TEMPLATE-006: the template's guidance left in as ordinary text, without the angle brackets
/// that HV-TEMPLATE-001 finds. One finding per paragraph, quoting its first words.
/// </summary>
public sealed class TemplateGuidanceRule : Rule
{
    public override string Code => "HV-TEMPLATE-006";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Pohjan ohjekysymykset jääneet tekstiin", "Template guidance left in the text");
    public override Localized Explanation => new(
        "Osiossa on pohjan ohje kirjoittajalle (\"Kerro…\", \"Kuvaa…\" ja kysymyksiä), vaikka osio on jo kirjoitettu. Ohje kuuluu poistaa, jotta suunnitelmassa on vain hankkeen oma teksti.",
        "The section still holds the template's guidance to the writer (\"Kerro…\" — tell, \"Kuvaa…\" — describe, and questions) although the section has been written. The guidance is to be deleted so that the plan holds only the project's own text.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        foreach (var text in PlanTexts.Of(context).Where(t => t.Kind == PlanTextKind.SectionText))
        {
            foreach (var paragraph in TemplateGuidance.ParagraphsIn(text.Text))
            {
                var quote = string.Join(' ', paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(8));
                yield return Found(text.Place(context, quote),
                    new($"Osiossa on pohjan ohjeteksti kirjoittajalle: \"{quote}…\".", $"The section holds the template's guidance to the writer: \"{quote}…\"."),
                    new("Poista ohjeteksti ja tarkista, että osio vastaa ohjeen kysymyksiin.",
                        "Delete the guidance and check that the section answers its questions."));
            }
        }
    }
}
