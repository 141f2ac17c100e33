using System.Text;
using System.Text.RegularExpressions;
using Hankevahti.Checks;

namespace Hankevahti.Web.Plans;

/// <summary>One part of a plan with its own page, e.g. the risks at /projects/5/risks.</summary>
/// <param name="Key">The page's address segment and the key of its name in PlansText.resx ("Part.risks").</param>
/// <param name="Paths">The plan JSON properties the part shows (docs/plan-json.md): findings at these paths belong to it.</param>
public sealed record PlanPart(string Key, IReadOnlyList<string> Paths)
{
    public string Url(int projectId) => $"/projects/{projectId}/{Key}";
}

/// <summary>
/// The plan's parts, each with a page of its own, in the order of the ministry's template; and where a
/// finding or an item of the plan is shown. Every page marks each item with the id
/// <see cref="Anchor"/> gives for the item's JSON path, so that a finding links straight to it.
/// </summary>
public static partial class PlanParts
{
    public static readonly IReadOnlyList<PlanPart> All =
    [
        new("facts", ["project", "versions"]),
        new("needs", ["needs", "targetGroups"]),
        new("goals", ["goals", "indicators"]),
        new("work", ["work"]),
        new("outcomes", ["outcomes"]),
        new("organisations", ["organisations", "governance"]),
        new("resources", ["resources"]),
        new("budget", ["budget"]),
        new("communication", ["communication", "monitoring"]),
        new("related", ["relatedProjects"]),
        new("risks", ["risks"]),
        // Free text, the import's notes and anything without a more exact place.
        new("sections", ["sections", "import"]),
    ];

    public static PlanPart ByKey(string key) => All.Single(p => p.Key == key);

    /// <summary>The key of the part a finding concerns: by its path's first property; "sections" when it names none.</summary>
    public static string PartOf(Finding finding) => PartOfPath(finding.Place.Path);

    public static string PartOfPath(string? path)
    {
        var first = FirstProperty().Match(path ?? "").Value;
        return All.FirstOrDefault(p => p.Paths.Contains(first))?.Key ?? "sections";
    }

    /// <summary>
    /// The HTML id of the item a JSON path points into: the path up to its last index, with the
    /// punctuation made into hyphens. "risks[2].mitigations" → "risks-2", "work[0].children[1].actions[2].schedule"
    /// → "work-0-children-1-actions-2". A path with no index gives its first property ("risks").
    /// </summary>
    public static string Anchor(string? path)
    {
        path ??= "";
        var end = path.LastIndexOf(']');
        var item = end >= 0 ? path[..(end + 1)] : FirstProperty().Match(path).Value;
        var id = new StringBuilder(item.Length);
        foreach (var c in item)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                id.Append(c);
            }
            else if (id.Length > 0 && id[^1] != '-')
            {
                id.Append('-');
            }
        }
        var result = id.ToString().TrimEnd('-');
        return result.Length == 0 ? "plan" : result;
    }

    /// <summary>Where a finding is shown: its part's page, at its item.</summary>
    public static string Link(int projectId, Finding finding) =>
        $"{ByKey(PartOf(finding)).Url(projectId)}#{Anchor(finding.Place.Path)}";

    [GeneratedRegex(@"^[A-Za-z]+")]
    private static partial Regex FirstProperty();
}
