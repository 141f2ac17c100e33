using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Codes;

/// <summary>
/// HV-CODE-003: two parts or two actions with the same code, so that a budget line or indicator naming
/// the code cannot tell which is meant. Codes repeat legitimately only where a plan numbers afresh in
/// each part ("A", "B" under every part), so plain codes count only among siblings; a dotted code
/// ("1.1") carries its part in it and must be unique in the whole plan, as must a part's code within its kind.
/// </summary>
public sealed class DuplicateWorkCodeRule : Rule
{
    public override string Code => "HV-CODE-003";
    public override FindingSeverity Severity => FindingSeverity.Error;
    public override Localized Title => new("Sama koodi kahdesti", "Duplicate code");

    public override Localized Explanation => new(
        "Kahdella osa-alueella, työpaketilla tai toimenpiteellä on sama koodi, joten koodiin viittaavista kustannuksista ja mittareista ei näe, kumpaa tarkoitetaan.",
        "Two parts, work packages or actions have the same code, so costs and indicators that refer to the code cannot tell which is meant.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var index = new WorkCodeIndex(context);
        var coded = index.All.Where(w => w.Key.Length > 0).ToList();
        // By reference: two parts may be equal records and still be two parts.
        var parentOf = new Dictionary<WorkPart, WorkPart?>(ReferenceEqualityComparer.Instance);
        var partNumber = new Dictionary<WorkPart, int>(ReferenceEqualityComparer.Instance);
        foreach (var entry in context.Work)
        {
            parentOf.TryAdd(entry.Part, entry.Ancestors.Count > 0 ? entry.Ancestors[^1] : null);
            partNumber.TryAdd(entry.Part, partNumber.Count);
        }

        var groups = new List<List<CodedWork>>();
        // Parts: same kind and code anywhere in the tree ("Investointi 3" twice); a pillar 3 and an investment 3 differ.
        groups.AddRange(coded.Where(w => !w.IsAction).GroupBy(w => (w.Part.Kind, w.Key)).Where(g => g.Count() > 1).Select(g => g.ToList()));
        // Actions: under the same part always; anywhere when the code is dotted.
        groups.AddRange(coded.Where(w => w.IsAction)
            .GroupBy(w => w.Key.Contains('.') ? w.Key : $"{w.Key}@{partNumber[w.Part]}")
            .Where(g => g.Count() > 1)
            .Select(g => g.ToList()));

        foreach (var group in groups)
        {
            var first = group[0];
            var what = first.IsAction ? ("Toimenpiteen koodi", "Action code") : ("Koodi", "Code");
            var titles = string.Join("; ", group.Select(w => Describe(w, parentOf)));
            yield return Found(
                context.Place(group[1].Path + ".code", group[1].Source, first.Code, "actions", "work"),
                new($"{what.Item1} {first.Code} on käytössä {group.Count} kertaa: {titles}.",
                    $"{what.Item2} {first.Code} is used {group.Count} times: {titles}."),
                new("Anna kullekin oma koodi ja tarkista, mihin niistä kustannukset, tavoitteet ja mittarit viittaavat.",
                    "Give each its own code and check which of them the costs, goals and indicators refer to."));
        }
    }

    private static string Describe(CodedWork work, Dictionary<WorkPart, WorkPart?> parentOf)
    {
        var title = CheckContext.Shorten(work.Title, 50);
        var under = work.IsAction ? work.Part : parentOf.GetValueOrDefault(work.Part);
        return under is null || string.IsNullOrEmpty(under.Code) ? $"«{title}»" : $"«{title}» ({under.Code})";
    }
}
