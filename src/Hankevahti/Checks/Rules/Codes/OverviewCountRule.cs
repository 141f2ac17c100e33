using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Codes;

/// <summary>
/// HV-CODE-005: a line that announces a count ("viisi toimenpidettä:") followed by a list of another
/// length, or a list whose count agrees with itself but not with the part it describes. The message
/// says which of the three — the stated number, the list, the part's actions — disagree.
/// </summary>
public sealed class OverviewCountRule : Rule
{
    public override string Code => "HV-CODE-005";
    public override FindingSeverity Severity => FindingSeverity.Error;
    public override Localized Title => new("Luettelon määrä ei täsmää", "List count does not match");

    public override Localized Explanation => new(
        "Teksti ilmoittaa määrän (\"viisi toimenpidettä:\"), mutta sitä seuraavassa luettelossa on eri määrä kohtia tai osa-alueen kuvauksessa eri määrä toimenpiteitä.",
        "The text states a number (\"five actions:\") but the list after it has another number of items, or the part's description another number of actions.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var parts = context.Work.Select(w => w.Part).Where(p => p.Actions.Count > 0).ToList();
        foreach (var section in TextLines.ProseSections(context))
        {
            foreach (var list in CountedLists.In(section.Section.Text))
            {
                var listed = list.Listed;
                if (listed == 0)
                {
                    continue;
                }
                var part = list.IsAboutActions ? parts.FirstOrDefault(p => CodeText.SameTitle(p.Title, list.Subject)) : null;
                var body = part is null ? null : TopActions(part);
                if (listed == list.Stated && (body is null || body.Count == listed))
                {
                    continue;
                }
                // Exported text may lose the indentation of nested bullets, which then count as items of
                // their own; an uncoded list is judged only when it is too short, which that cannot cause.
                if (list.Coded.Count == 0 && listed > list.Stated)
                {
                    continue;
                }
                yield return Found(context.PlaceInText(section, list.Header.Text), Message(section, list, listed, part, body), Hint(listed != list.Stated));
            }
        }
    }

    private static Localized Message(SectionEntry section, CountedList list, int listed, WorkPart? part, IReadOnlyList<WorkAction>? body)
    {
        var where = SectionNames.Of(section);
        var codes = list.TopCodes.Count == listed ? $" ({Span(list.TopCodes)})" : "";
        var subject = CheckContext.Shorten(list.Subject, 60);
        var but = listed == list.Stated ? ("ja", "and") : ("mutta", "but");
        var fi = $"Kohdassa {where}: «{subject}», «{list.CountWords}», {but.Item1} luettelossa on {FinnishNumbers.Say(listed)}{codes}";
        var en = $"Section {where}: “{subject}”, “{list.CountWords}”, {but.Item2} the list has {FinnishNumbers.SayEn(listed)}{codes}";
        if (part is not null && body is not null)
        {
            var name = $"{part.KindLabel ?? "osa"} {part.Code}".Trim().ToLowerInvariant();
            var bodyCodes = body.Count > 0 ? $" ({Span(body.Select(a => a.Code.TrimEnd('.')).ToList())})" : "";
            var agrees = body.Count == list.Stated ? ("ilmoitettu määrä täsmää siihen, luettelo ei", "the stated number matches it, the list does not")
                : body.Count == listed ? ("luettelo täsmää siihen, ilmoitettu määrä ei", "the list matches it, the stated number does not")
                : ("kumpikaan ei täsmää siihen", "neither matches it");
            fi += $"; työn rakenteessa ({name}) toimenpiteitä on {FinnishNumbers.Say(body.Count)}{bodyCodes}, {agrees.Item1}.";
            en += $"; the work structure ({name}) has {FinnishNumbers.SayEn(body.Count)} actions{bodyCodes}, {agrees.Item2}.";
        }
        else
        {
            fi += ".";
            en += ".";
        }
        return new(fi, en);
    }

    private static Localized Hint(bool listDisagrees) => listDisagrees
        ? new("Korjaa määrä tai täydennä luettelo niin, että ne vastaavat toisiaan ja osa-alueen kuvausta.",
            "Correct the number or complete the list so that they agree with each other and with the part's description.")
        : new("Päivitä yleiskuvaus vastaamaan osa-alueen toimenpiteitä.", "Update the overview to match the part's actions.");

    /// <summary>The part's actions without their sub-actions: "F" counts, "F.1" under it does not.</summary>
    private static List<WorkAction> TopActions(WorkPart part)
    {
        var keys = part.Actions.Select(a => CodeText.Key(a.Code)).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        return part.Actions.Where(a =>
        {
            var key = CodeText.Key(a.Code);
            var dot = key.LastIndexOf('.');
            return dot <= 0 || !keys.Contains(key[..dot]);
        }).ToList();
    }

    /// <summary>"A–D" for a run of single letters in order, else the codes listed.</summary>
    private static string Span(IReadOnlyList<string> codes)
    {
        if (codes.Count >= 3 && codes.All(c => c.Length == 1 && char.IsLetter(c[0]))
            && codes.Zip(codes.Skip(1)).All(p => p.Second[0] == p.First[0] + 1))
        {
            return $"{codes[0]}–{codes[^1]}";
        }
        return string.Join(", ", codes);
    }
}
