namespace Hankevahti.Checks.Rules.Codes;

/// <summary>
/// HV-CODE-002: prose that names a part or action by code ("toimenpide F.3", "työpaketissa 2.3") which
/// the work structure does not have — usually a code left from an earlier version. One finding per section.
/// </summary>
public sealed class UnknownWorkCodeInTextRule : Rule
{
    public override string Code => "HV-CODE-002";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Tekstissä viitataan koodiin, jota ei ole", "Text refers to a code that does not exist");

    public override Localized Explanation => new(
        "Teksti viittaa osa-alueeseen, työpakettiin tai toimenpiteeseen koodilla, jota työn rakenteessa ei ole. Tavallisesti koodi on jäänyt aiemmasta versiosta.",
        "The text refers to a part, work package or action by a code the work structure does not have; usually the code is left from an earlier version.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var index = new WorkCodeIndex(context);
        if (!index.HasCodes)
        {
            yield break;
        }
        foreach (var section in TextLines.ProseSections(context))
        {
            var unknown = TextReferences.In(section.Section.Text)
                .Where(r => Judged(context, index, r) && !Known(index, r))
                .GroupBy(r => CodeText.Key(r.Code))
                .Select(g => g.First())
                .ToList();
            if (unknown.Count == 0)
            {
                continue;
            }
            var words = string.Join(", ", unknown.Select(r => $"«{r.Words}»"));
            var codes = string.Join(", ", unknown.Select(r => r.Code));
            yield return Found(
                context.PlaceInText(section, unknown[0].Words),
                unknown.Count == 1
                    ? new($"Kohdassa {SectionNames.Of(section)} viitataan koodiin {codes} ({words}), jota ei ole työn rakenteessa.",
                        $"Section {SectionNames.Of(section)} refers to code {codes} ({words}), which the work structure does not have.")
                    : new($"Kohdassa {SectionNames.Of(section)} viitataan koodeihin {codes} ({words}), joita ei ole työn rakenteessa.",
                        $"Section {SectionNames.Of(section)} refers to codes {codes} ({words}), which the work structure does not have."),
                new("Korjaa viittaus työn rakenteen koodiin tai lisää puuttuva osa-alue, työpaketti tai toimenpide.",
                    "Correct the reference to a code of the work structure, or add the missing part, work package or action."));
        }
    }

    /// <summary>
    /// "toimenpide 3" can be judged only when the actions have codes, "osa-alue 3" only when the parts do;
    /// "Pilari 4, investointi 1" only when the plan's own structure has pillars or investments — otherwise
    /// it names the programme's pillar the project is funded from, not a part of the plan.
    /// </summary>
    private static bool Judged(CheckContext context, WorkCodeIndex index, TextReference reference)
    {
        var word = reference.KindWord;
        if (word.StartsWith("toimenpi", StringComparison.OrdinalIgnoreCase))
        {
            return index.HasActionCodes;
        }
        if (word.StartsWith("pilar", StringComparison.OrdinalIgnoreCase))
        {
            return index.HasPartCodes && context.Work.Any(w => w.Part.Kind == Hankevahti.Plans.WorkPartKind.Pillar);
        }
        if (word.StartsWith("investoin", StringComparison.OrdinalIgnoreCase))
        {
            return index.HasPartCodes && context.Work.Any(w => w.Part.Kind == Hankevahti.Plans.WorkPartKind.Investment);
        }
        return index.HasPartCodes;
    }

    /// <summary>A plain number after "työpaketti" may be relative to the investment it stands under ("työpaketti 1" of investment 4 is 4.1).</summary>
    private static bool Known(WorkCodeIndex index, TextReference reference) =>
        reference.Code.Any(char.IsLetter) ? index.Knows(reference.Code) : index.KnowsRelative(reference.Code);
}
