namespace Hankevahti.Checks.Rules.Codes;

/// <summary>
/// HV-CODE-004: an action listed in the text (typically an overview: "G. Asiakasohjauksen uudistaminen")
/// under another code than the work structure gives the same title ("H. Asiakasohjauksen uudistaminen").
/// Such lists drift when actions are added or renumbered in one place only. One finding per list
/// section and part, listing the code pairs.
/// </summary>
public sealed class ActionCodeMismatchRule : Rule
{
    public override string Code => "HV-CODE-004";
    public override FindingSeverity Severity => FindingSeverity.Error;
    public override Localized Title => new("Sama toimenpide eri koodilla", "Same action under another code");

    public override Localized Explanation => new(
        "Tekstin luettelossa toimenpide on eri koodilla kuin työn rakenteessa, esimerkiksi yleiskuvauksessa G ja osa-alueen kuvauksessa H. Koodit ovat tavallisesti muuttuneet vain toisessa paikassa.",
        "A list in the text gives an action a different code from the work structure, e.g. G in the overview and H in the part's description; usually the codes were changed in one place only.");

    private sealed record Mismatch(CodedItem Item, CodedWork Work);

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var index = new WorkCodeIndex(context);
        var actions = index.All.Where(w => w.IsAction && w.Key.Length > 0).ToList();
        if (actions.Count == 0)
        {
            yield break;
        }
        var keyed = actions.Select(a => (Work: a, Title: CodeText.TitleKey(a.Title))).ToList();
        foreach (var section in TextLines.ProseSections(context))
        {
            var mismatches = new List<Mismatch>();
            var items = CodedItems.In(section.Section.Text).ToList();
            foreach (var item in items)
            {
                var itemKey = CodeText.TitleKey(item.Title);
                var same = keyed.Where(k => CodeText.SameTitleKey(itemKey, k.Title) && !IsEnumeration(item, k.Work)).Select(k => k.Work).ToList();
                if (same.Count > 0 && !same.Any(a => SameCode(a, item)) && !HasOwnVariant(actions, item))
                {
                    mismatches.Add(new Mismatch(item, same[0]));
                }
            }
            mismatches.AddRange(Subitems(items, mismatches, actions));
            mismatches = mismatches.OrderBy(m => m.Item.Line.Index).ToList();
            foreach (var group in mismatches.GroupBy(m => m.Work.Part, ReferenceEqualityComparer.Instance))
            {
                yield return Describe(context, section, group.ToList());
            }
        }
    }

    /// <summary>
    /// "1. Title" before an action coded "2.3" is a numbered list's counter (Word writes its numbering
    /// into exported text), not a code: a plain number counts as a code only against plain-number codes.
    /// </summary>
    private static bool IsEnumeration(CodedItem item, CodedWork work) =>
        item.Key.All(char.IsDigit) && !work.Key.All(char.IsDigit);

    private static bool SameCode(CodedWork work, CodedItem item) =>
        work.Key == item.Key || WorkCodeIndex.Bare(work.Code) == WorkCodeIndex.Bare(item.Code);

    /// <summary>
    /// The item's own code is an action whose title shares most words with it ("…sisältöjen kehittäminen"
    /// for "…sisältöjen tunnistaminen"): the same action worded differently, not a renumbering. Parallel
    /// work packages often have near-identical action titles, so the nearest title elsewhere proves nothing.
    /// </summary>
    private static bool HasOwnVariant(IReadOnlyList<CodedWork> actions, CodedItem item)
    {
        var words = CodeText.TitleKey(item.Title).Split(' ').ToHashSet(StringComparer.Ordinal);
        return actions.Any(a => SameCode(a, item) && Overlap(words, CodeText.TitleKey(a.Title).Split(' ')) >= 0.5);
    }

    private static double Overlap(HashSet<string> a, string[] b)
    {
        var other = b.ToHashSet(StringComparer.Ordinal);
        var union = a.Union(other).Count();
        return union == 0 ? 0 : (double)a.Intersect(other).Count() / union;
    }

    /// <summary>
    /// Sub-items whose titles are too short to match alone ("E.2 Vaikuttavuuden kehittäminen") follow their
    /// parent: when E is the structure's F, E.2 is F.2 if F.2 has the same words.
    /// </summary>
    private static IEnumerable<Mismatch> Subitems(List<CodedItem> items, List<Mismatch> found, List<CodedWork> actions)
    {
        var parentMap = found.Where(m => m.Item.Depth == 0).GroupBy(m => m.Item.Key).ToDictionary(g => g.Key, g => g.First().Work.Key, StringComparer.Ordinal);
        var done = found.Select(m => m.Item).ToHashSet();
        foreach (var item in items.Where(i => i.Depth > 0 && !done.Contains(i)))
        {
            var dot = item.Key.IndexOf('.');
            if (!parentMap.TryGetValue(item.Key[..dot], out var bodyParent))
            {
                continue;
            }
            var bodyKey = bodyParent + item.Key[dot..];
            var work = actions.FirstOrDefault(a => a.Key == bodyKey && TitleStartsAlike(a.Title, item.Title));
            if (work is not null)
            {
                yield return new Mismatch(item, work);
            }
        }
    }

    private static bool TitleStartsAlike(string a, string b)
    {
        var x = CodeText.TitleKey(a);
        var y = CodeText.TitleKey(b);
        return x.Length > 0 && y.Length > 0 && (x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal));
    }

    private Finding Describe(CheckContext context, SectionEntry list, List<Mismatch> mismatches)
    {
        var part = mismatches[0].Work.Part;
        var partName = string.IsNullOrEmpty(part.Code) ? part.Title : $"{part.KindLabel ?? "osa"} {part.Code}".Trim();
        var bodySection = context.SectionAt(mismatches[0].Work.Source);
        var bodyFi = bodySection is null ? "työn rakenteessa" : $"kohdassa {SectionNames.Of(bodySection)}";
        var bodyEn = bodySection is null ? "the work structure" : $"section {SectionNames.Of(bodySection)}";
        var bodyCodeFi = bodySection is null ? "työn rakenteen koodi" : $"kohdan {SectionNames.Of(bodySection)} koodi";
        var listName = SectionNames.Of(list);
        var pairs = string.Join(", ", mismatches.Select(m => $"{m.Item.Code} → {m.Work.Code} «{CheckContext.Shorten(m.Work.Title, 48)}»"));
        var count = mismatches.Count;
        return Found(
            context.PlaceInText(list, mismatches[0].Item.Line.Text),
            count == 1
                ? new($"Kohdan {listName} luettelossa toimenpide on eri koodilla kuin {bodyFi} ({partName}): {pairs}.",
                    $"The list in section {listName} gives an action a different code from {bodyEn} ({partName}): {pairs}.")
                : new($"Kohdan {listName} luettelossa {count} toimenpidettä on eri koodilla kuin {bodyFi} ({partName}), luettelon koodi → {bodyCodeFi}: {pairs}.",
                    $"The list in section {listName} gives {count} actions different codes from {bodyEn} ({partName}), list code → code in {bodyEn}: {pairs}."),
            new("Yhtenäistä koodit: käytä luettelossa samoja koodeja kuin osa-alueen kuvauksessa ja kustannuksissa.",
                "Make the codes agree: use in the list the same codes as in the part's description and costs."));
    }
}
