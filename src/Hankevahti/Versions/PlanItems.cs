using Hankevahti.Plans;

namespace Hankevahti.Versions;

/// <summary>
/// The catalogue of the plan's lists whose items have an identity (<c>id</c>), in one place: giving ids,
/// matching a new import to the previous version, merging and comparing versions all walk the plan
/// through it, so that a list added to the model is added here once and all of them know it.
/// </summary>
public static class PlanItems
{
    /// <summary>Every list of identified items in the plan, parents before their children.</summary>
    public static IEnumerable<IItemList> Lists(Plan plan)
    {
        foreach (var list in Sections(plan.Sections, "sections", null))
        {
            yield return list;
        }
        yield return new ItemList<Need>("need", "n", "needs", null, plan.Needs, n => n.Id, (n, id) => n with { Id = id }, _ => null, n => Join(n.Title, n.Text));
        yield return new ItemList<TargetGroup>("targetGroup", "tg", "targetGroups", null, plan.TargetGroups, t => t.Id, (t, id) => t with { Id = id }, _ => null, t => Join(t.Name, t.Description));
        yield return new ItemList<Goal>("goal", "g", "goals", null, plan.Goals, g => g.Id, (g, id) => g with { Id = id }, g => g.Code, g => g.Text);
        foreach (var list in Work(plan.Work, "work", null))
        {
            yield return list;
        }
        yield return new ItemList<Outcome>("outcome", "o", "outcomes", null, plan.Outcomes, o => o.Id, (o, id) => o with { Id = id }, _ => null, o => Join(o.Title, o.Text));
        yield return new ItemList<Indicator>("indicator", "i", "indicators", null, plan.Indicators, i => i.Id, (i, id) => i with { Id = id }, _ => null, i => i.Name);
        yield return new ItemList<Organisation>("organisation", "org", "organisations", null, plan.Organisations, o => o.Id, (o, id) => o with { Id = id }, o => o.ShortName, o => o.Name);
        yield return new ItemList<GovernanceBody>("governanceBody", "gb", "governance", null, plan.Governance, b => b.Id, (b, id) => b with { Id = id }, _ => null, b => b.Name);
        foreach (var body in plan.Governance)
        {
            yield return new ItemList<GovernanceMember>("member", "m", $"governance[{body.Id}].members", body.Id, body.Members, m => m.Id, (m, id) => m with { Id = id },
                _ => null, m => Join(m.Role.ToString(), m.Name, m.Title, m.Organisation));
        }
        yield return new ItemList<Resource>("resource", "res", "resources", null, plan.Resources, r => r.Id, (r, id) => r with { Id = id }, _ => null, r => Join(r.PersonOrRole, r.Organisation));
        yield return new ItemList<BudgetLine>("budgetLine", "b", "budget.lines", null, plan.Budget.Lines, l => l.Id, (l, id) => l with { Id = id }, BudgetLineKey, l => Join(l.Label, l.PartCode, l.Organisation));
        yield return new ItemList<IncomeLine>("income", "inc", "budget.funding.otherIncome", null, plan.Budget.Funding.OtherIncome, l => l.Id, (l, id) => l with { Id = id }, _ => null, l => Join(l.Label, l.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        yield return new ItemList<BudgetTransfer>("transfer", "tr", "budget.transfers", null, plan.Budget.Transfers, t => t.Id, (t, id) => t with { Id = id }, _ => null, t => Join(t.FromPartCode, t.ToPartCode, t.Reason));
        if (plan.Communication is { } communication)
        {
            yield return new ItemList<CommunicationItem>("communication", "c", "communication.items", null, communication.Items, c => c.Id, (c, id) => c with { Id = id }, _ => null, c => Join(c.Audience, c.Message));
        }
        yield return new ItemList<RelatedProject>("relatedProject", "rp", "relatedProjects", null, plan.RelatedProjects, r => r.Id, (r, id) => r with { Id = id }, _ => null, r => Join(r.Name, r.Relation));
        yield return new ItemList<Risk>("risk", "r", "risks", null, plan.Risks, r => r.Id, (r, id) => r with { Id = id }, r => r.Code, r => Join(r.Title, r.Description));
        yield return new ItemList<PlanVersion>("version", "v", "versions", null, plan.Versions, v => v.Id, (v, id) => v with { Id = id }, v => v.Number, v => Join(v.Number, v.Description));
    }

    private static IEnumerable<IItemList> Sections(List<Section> sections, string path, string? parentId)
    {
        yield return new ItemList<Section>("section", "s", path, parentId, sections, s => s.Id, (s, id) => s with { Id = id }, s => s.Number, s => s.Title);
        foreach (var section in sections)
        {
            foreach (var list in Sections(section.Children, $"sections[{section.Id}].children", section.Id))
            {
                yield return list;
            }
        }
    }

    private static IEnumerable<IItemList> Work(List<WorkPart> parts, string path, string? parentId)
    {
        yield return new ItemList<WorkPart>("workPart", "w", path, parentId, parts, p => p.Id, (p, id) => p with { Id = id }, p => p.Code, p => Join(p.Title, p.Description));
        foreach (var part in parts)
        {
            yield return new ItemList<WorkAction>("action", "a", $"work[{part.Id}].actions", part.Id, part.Actions, a => a.Id, (a, id) => a with { Id = id }, a => a.Code, a => Join(a.Title, a.Description));
            foreach (var list in Work(part.Children, $"work[{part.Id}].children", part.Id))
            {
                yield return list;
            }
        }
    }

    // A budget line has no code: what it is for (part, organisation, category, label, year or period,
    // figure kind) is its code, and its amount the value that changes.
    private static string BudgetLineKey(BudgetLine l) =>
        string.Join("|", l.PartCode, l.Organisation, l.Category, l.Label, l.Year, l.Period, l.Kind);

    private static string Join(params string?[] parts) => string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}

/// <summary>One list of identified items: where it is, what kind its items are, and their ids, codes and words.</summary>
public interface IItemList
{
    /// <summary>The kind of item ("risk", "workPart"): items of one kind are matched with each other wherever they stand.</summary>
    string Kind { get; }
    /// <summary>The first letters of new ids of the kind ("r" for "r-k3m9qa").</summary>
    string Prefix { get; }
    /// <summary>The list's JSON path, parents named by id: "risks", "work[w-4kq2ma].actions".</summary>
    string Path { get; }
    /// <summary>The id of the item whose list this is, null for a top-level list.</summary>
    string? ParentId { get; }
    int Count { get; }
    string IdAt(int index);
    void SetId(int index, string id);
    /// <summary>The item's code as the plan writes it ("TP2", "R3"), or null when its kind has none.</summary>
    string? CodeAt(int index);
    /// <summary>The item's title and text, for matching by similarity.</summary>
    string TextAt(int index);
    object ItemAt(int index);
}

internal sealed class ItemList<T>(string kind, string prefix, string path, string? parentId, List<T> items,
    Func<T, string> id, Func<T, string, T> withId, Func<T, string?> code, Func<T, string> text) : IItemList
{
    public string Kind => kind;
    public string Prefix => prefix;
    public string Path => path;
    public string? ParentId => parentId;
    public int Count => items.Count;
    public string IdAt(int index) => id(items[index]);
    public void SetId(int index, string value) => items[index] = withId(items[index], value);
    public string? CodeAt(int index) => code(items[index]) is { Length: > 0 } c ? c : null;
    public string TextAt(int index) => text(items[index]);
    public object ItemAt(int index) => items[index]!;
}
