namespace Hankevahti.Checks.Rules.Template;

/// <summary>
/// HV-TEMPLATE-005: passages marked as still to be written — "Tarkennetaan:", "täydennetään
/// myöhemmin", "TBD", a heading followed by a dash and nothing else ("PILARI 3: -"), a paragraph or
/// field that only says "tarkennetaan". Marks in the fields of one table give one finding, with their count.
/// </summary>
public sealed class UnfinishedRule : Rule
{
    public override string Code => "HV-TEMPLATE-005";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Keskeneräinen kohta", "Unfinished passage");
    public override Localized Explanation => new(
        "Merkinnät kuten \"Tarkennetaan:\", \"täydennetään myöhemmin\", \"TBD\" tai pelkkä viiva otsikon perässä kertovat, että kohta on vielä kirjoittamatta. Rahoittaja palauttaa tällaisen suunnitelman täydennettäväksi.",
        "Marks such as \"Tarkennetaan:\" (to be specified), \"täydennetään myöhemmin\" (to be completed later), \"TBD\" or a bare dash after a heading show that a passage is still to be written. A funder returns such a plan for completion.");

    private static readonly Localized Hint = new(
        "Kirjoita kohta valmiiksi tai kerro, miksi tieto puuttuu ja milloin se täydennetään.",
        "Finish the passage, or say why the detail is missing and when it will be added.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var fieldMarks = new Dictionary<string, List<(PlanText Text, string Mark)>>(StringComparer.Ordinal);
        foreach (var text in PlanTexts.Of(context))
        {
            switch (text.Kind)
            {
                case PlanTextKind.SectionTitle:
                    if (UnfinishedText.EndsInDash(text.Text) && !Sections.SectionContent.Has(context, text.Section!))
                    {
                        var title = Sections.SectionContent.Label(text.Section!);
                        yield return Found(text.Place(context, text.Text.Trim()),
                            new($"Otsikon \"{title}\" perässä on pelkkä viiva, eikä osiossa ole sisältöä.",
                                $"The heading \"{title}\" is followed by a bare dash and the section has no content."),
                            Hint);
                    }
                    break;
                case PlanTextKind.SectionText:
                    foreach (var finding in InSectionText(context, text))
                    {
                        yield return finding;
                    }
                    break;
                default:
                    var mark = UnfinishedText.IsOnlyAWordMark(text.Text) ? text.Text.Trim() : UnfinishedText.MarksIn(text.Text).FirstOrDefault();
                    if (mark is not null)
                    {
                        if (!fieldMarks.TryGetValue(text.Area, out var list))
                        {
                            fieldMarks[text.Area] = list = [];
                        }
                        list.Add((text, mark));
                    }
                    break;
            }
        }
        foreach (var (area, marks) in fieldMarks)
        {
            var name = PlanAreas.Name(area);
            var (first, mark) = marks[0];
            var count = marks.Count;
            yield return Found(first.Place(context, mark),
                count == 1
                    ? new($"{Capital(name.Fi)}: keskeneräinen merkintä \"{mark}\".", $"{Capital(name.En)}: an unfinished mark \"{mark}\".")
                    : new($"{Capital(name.Fi)}: {count} keskeneräistä merkintää, ensimmäinen \"{mark}\".", $"{Capital(name.En)}: {count} unfinished marks, the first \"{mark}\"."),
                Hint);
        }
    }

    private IEnumerable<Finding> InSectionText(CheckContext context, PlanText text)
    {
        var body = TemplateInstructions.Without(text.Text);
        foreach (var paragraph in body.Split("\n\n"))
        {
            if (UnfinishedText.IsOnlyAMark(paragraph))
            {
                var mark = paragraph.Trim();
                yield return Found(text.Place(context, mark),
                    new($"Kappaleessa on pelkkä \"{mark}\" sisällön paikalla.", $"A paragraph holds only \"{mark}\" where its content should be."),
                    Hint);
                continue;
            }
            foreach (var mark in UnfinishedText.MarksIn(paragraph))
            {
                var quote = QuoteFrom(paragraph, mark);
                yield return Found(text.Place(context, quote),
                    new($"Teksti on merkitty keskeneräiseksi: \"{quote}\".", $"The text is marked as unfinished: \"{quote}\"."),
                    Hint);
            }
        }
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>The mark with the words after it, as they stand, so that the locator finds the line and the reader sees what is pending.</summary>
    private static string QuoteFrom(string paragraph, string mark)
    {
        var at = paragraph.IndexOf(mark, StringComparison.Ordinal);
        var words = paragraph[Math.Max(at, 0)..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(8);
        return CheckContext.Shorten(string.Join(' ', words), 90)!;
    }
}
