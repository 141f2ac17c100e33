using System.Text.RegularExpressions;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Organisations;

/// <summary>
/// What the organisation rules share: the steering groups with their paths, how seats are named in
/// messages, and whether the plan's text mentions a word (the importer may have left a chair or a
/// steering group in prose rather than in the model).
/// </summary>
internal static partial class Governance
{
    public static IEnumerable<(GovernanceBody Body, int Index)> SteeringGroups(Plan plan) =>
        (plan.Governance ?? []).Select((b, i) => (b, i)).Where(x => x.b is not null && x.b.Kind == GovernanceKind.SteeringGroup);

    /// <summary>Empty, or a mark or placeholder standing for nobody yet: "–", "NN", "avoin", "nimetään myöhemmin".</summary>
    public static bool IsBlank(string? text) =>
        string.IsNullOrWhiteSpace(text) || Placeholder().IsMatch(text.Trim());

    [GeneratedRegex(@"^([-–—?…x.]+|n\.?\s?n\.?|xx+|avoin|tbd|tba|nimetään\b.*|tarkentuu\b.*|täsmentyy\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    /// <summary>The body's seats, without the holes a hand-edited plan may have.</summary>
    public static IReadOnlyList<GovernanceMember> Seats(GovernanceBody body) => (body.Members ?? []).Where(m => m is not null).ToList();

    /// <summary>A seat names a person when it has a name, or a post ("apulaiskaupunginjohtaja") that only one person holds.</summary>
    public static bool NamesPerson(GovernanceMember m) => !IsBlank(m.Name) || !IsBlank(m.Title);

    public static bool IsEmpty(GovernanceMember m) => !NamesPerson(m) && IsBlank(m.Organisation);

    /// <summary>" (Hankkeen ohjausryhmä)" when the body has a name of its own, for messages that say "ohjausryhmä" anyway.</summary>
    public static string NameSuffix(GovernanceBody body) =>
        IsBlank(body.Name) || body.Name.Trim().Equals("ohjausryhmä", StringComparison.OrdinalIgnoreCase) ? "" : $" ({body.Name.Trim()})";

    /// <summary>"puheenjohtaja, sihteeri, 5 jäsentä" / "chair, secretary, 5 members".</summary>
    public static Localized Seats(IEnumerable<GovernanceMember> members)
    {
        var groups = members.GroupBy(m => m.Role).OrderBy(g => g.Key).ToList();
        return new(
            string.Join(", ", groups.Select(g => g.Count() == 1 ? RoleFi(g.Key).One : $"{g.Count()} {RoleFi(g.Key).Many}")),
            string.Join(", ", groups.Select(g => g.Count() == 1 ? RoleEn(g.Key).One : $"{g.Count()} {RoleEn(g.Key).Many}")));
    }

    private static (string One, string Many) RoleFi(MemberRole role) => role switch
    {
        MemberRole.Chair => ("puheenjohtaja", "puheenjohtajaa"),
        MemberRole.ViceChair => ("varapuheenjohtaja", "varapuheenjohtajaa"),
        MemberRole.Secretary => ("sihteeri", "sihteeriä"),
        MemberRole.Presenter => ("esittelijä", "esittelijää"),
        MemberRole.Supervisor => ("valvoja", "valvojaa"),
        MemberRole.Expert => ("asiantuntija", "asiantuntijaa"),
        _ => ("jäsen", "jäsentä"),
    };

    private static (string One, string Many) RoleEn(MemberRole role) => role switch
    {
        MemberRole.Chair => ("chair", "chairs"),
        MemberRole.ViceChair => ("vice chair", "vice chairs"),
        MemberRole.Secretary => ("secretary", "secretaries"),
        MemberRole.Presenter => ("presenter", "presenters"),
        MemberRole.Supervisor => ("supervisor", "supervisors"),
        MemberRole.Expert => ("expert", "experts"),
        _ => ("member", "members"),
    };

    /// <summary>Whether any of the texts contains the word stem, case-insensitively.</summary>
    public static bool Mentions(IEnumerable<string?> texts, string stem) =>
        texts.Any(t => t is not null && t.Contains(stem, StringComparison.OrdinalIgnoreCase));

    /// <summary>The texts around a steering group: its own tasks, the section it stands in, and the steering group sections.</summary>
    public static IEnumerable<string?> TextsAround(CheckContext context, GovernanceBody body)
    {
        yield return body.Name;
        yield return body.Tasks;
        if (context.SectionAt(body.Source) is { } section)
        {
            yield return section.Section.Text;
        }
        foreach (var s in context.Sections.Where(s => s.Kind == "steeringGroup"))
        {
            yield return s.Section.Text;
        }
    }

    public static FindingPlace Place(CheckContext context, GovernanceBody body, int index, string property) =>
        context.Place($"governance[{index}].{property}", body.Source, null, "steeringGroup", "organisation", "administration");
}
