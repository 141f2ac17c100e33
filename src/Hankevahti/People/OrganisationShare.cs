using Hankevahti.Json;
using Hankevahti.Plans;
using Hankevahti.Vocabulary;

namespace Hankevahti.People;

/// <summary>
/// A co-implementer's share of a plan: the budget lines of its organisation and the actions it is
/// responsible for. An action's responsible organisation is the one its "responsible" names when that is an
/// organisation of the plan; when it names a person ("Kehittäjähoitaja N.N.") or nothing, it is the work
/// part's. A co-implementer may change only these: an edit is within the share when the two plans are
/// the same once the share's items are taken out of both. Comparing what is left, not listing what may
/// change, means that a field no one thought of (a funding share, a heading) is outside the share too.
/// </summary>
public sealed class OrganisationShare
{
    private readonly HashSet<string> names;
    private readonly HashSet<string> organisations;

    private OrganisationShare(string organisation, HashSet<string> names, HashSet<string> organisations)
    {
        Organisation = organisation;
        this.names = names;
        this.organisations = organisations;
    }

    /// <summary>The organisation's name as the membership gives it.</summary>
    public string Organisation { get; }

    /// <summary>
    /// The share of <paramref name="organisation"/> in <paramref name="plan"/>: lines and actions are matched by
    /// the organisation's name or, when the plan lists the organisation, by its short name too ("HUS").
    /// </summary>
    public static OrganisationShare Of(string organisation, Plan plan)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { Key(organisation) };
        foreach (var listed in plan.Organisations.Where(o => Key(o.Name) == Key(organisation) || (o.ShortName is { } s && Key(s) == Key(organisation))))
        {
            names.Add(Key(listed.Name));
            if (!string.IsNullOrWhiteSpace(listed.ShortName))
            {
                names.Add(Key(listed.ShortName));
            }
        }
        names.Remove("");
        var organisations = plan.Organisations.SelectMany(o => new[] { o.Name, o.ShortName }).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => Key(n!)).ToHashSet(StringComparer.Ordinal);
        organisations.UnionWith(names);
        return new OrganisationShare(organisation, names, organisations);
    }

    public bool Owns(BudgetLine line) => Matches(line.Organisation);

    /// <param name="partResponsible">The organisation responsible for the part the action stands under: its own, else its parent part's.</param>
    public bool Owns(WorkAction action, string? partResponsible) =>
        Matches(action.Responsible is { } r && organisations.Contains(Key(r)) ? r : partResponsible);

    /// <summary>True when <paramref name="after"/> differs from <paramref name="before"/> only in the share's items (added, changed, removed or moved).</summary>
    public bool Allows(Plan before, Plan after) =>
        string.Equals(PlanJson.Serialize(WithoutShare(before)), PlanJson.Serialize(WithoutShare(after)), StringComparison.Ordinal);

    /// <summary>The plan with the share's budget lines and actions taken out.</summary>
    public Plan WithoutShare(Plan plan) => plan with
    {
        Budget = plan.Budget with { Lines = plan.Budget.Lines.Where(l => !Owns(l)).ToList() },
        Work = plan.Work.Select(p => WithoutShare(p, null)).ToList(),
    };

    private WorkPart WithoutShare(WorkPart part, string? inherited)
    {
        var responsible = string.IsNullOrWhiteSpace(part.Responsible) ? inherited : part.Responsible;
        return part with
        {
            Actions = part.Actions.Where(a => !Owns(a, responsible)).ToList(),
            Children = part.Children.Select(c => WithoutShare(c, responsible)).ToList(),
        };
    }

    private bool Matches(string? organisation) => !string.IsNullOrWhiteSpace(organisation) && names.Contains(Key(organisation));

    private static string Key(string text) => CleanText.Key(text).Trim();
}
