namespace Hankevahti.Checks.Rules.Template;

/// <summary>
/// HV-TEMPLATE-001: the template's instructions in angle brackets left in the plan. Each one is a
/// finding of its own, quoting its first words, because each sits in a different place to delete.
/// </summary>
public sealed class TemplateInstructionRule : Rule
{
    public override string Code => "HV-TEMPLATE-001";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Pohjan ohjeteksti jäänyt suunnitelmaan", "Template instruction left in the plan");
    public override Localized Explanation => new(
        "Hankesuunnitelmapohjan ohjeet kirjoitetaan kulmasulkeisiin (< … >), ja ne poistetaan, kun osio on kirjoitettu. Jäljelle jäänyt ohje kertoo rahoittajalle, että suunnitelma on keskeneräinen.",
        "The plan template's instructions stand in angle brackets (< … >) and are deleted once the section is written. An instruction left in tells the funder that the plan is unfinished.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        // A field that copies a section's text (a communication plan's text) would repeat the section's findings.
        var inSections = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in PlanTexts.Of(context))
        {
            foreach (var instruction in TemplateInstructions.In(text.Text))
            {
                var key = CheckContext.Shorten(instruction.Body, int.MaxValue)!;
                if (text.Kind == PlanTextKind.SectionText)
                {
                    inSections.Add(key);
                }
                else if (inSections.Contains(key))
                {
                    continue;
                }
                var quote = TemplateInstructions.Opening(text.Text, instruction);
                var words = CheckContext.Shorten(instruction.Body, 60);
                yield return Found(
                    text.Place(context, quote),
                    new($"Pohjan ohjeteksti on jäänyt paikalleen: \"< {words} >\".",
                        $"The template's instruction is still in place: \"< {words} >\"."),
                    new("Kirjoita osioon ohjeen pyytämät asiat ja poista ohje kulmasulkeineen.",
                        "Write what the instruction asks for and delete the instruction with its brackets."));
            }
        }
    }
}
