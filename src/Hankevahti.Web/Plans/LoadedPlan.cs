using Hankevahti.Checks;
using Hankevahti.Plans;
using Hankevahti.Storage.Projects;

namespace Hankevahti.Web.Plans;

/// <summary>
/// A project with its newest plan version, read and checked: what every plan page starts from.
/// <see cref="Plan"/> is null only when the project has no version or its JSON no longer reads (<see cref="ReadError"/>).
/// </summary>
public sealed record LoadedPlan(ProjectRow Project, int Version, DateTimeOffset SavedAt, Plan? Plan, string? ReadError, CheckReport? Report, PlanViews? Views = null)
{
    private PlanView? view;

    /// <summary>The plan with its look-ups: built once per stored version and interface language when the plan came from <see cref="PlanCache"/>.</summary>
    public PlanView? View => Plan is null ? null : Views?.For(Plan) ?? (view ??= new PlanView(Plan));

    /// <summary>The findings that concern one part of the plan (see <see cref="PlanParts"/>), most severe first.</summary>
    public IReadOnlyList<Finding> FindingsOf(string partKey) =>
        Report is null ? [] : Report.Findings.Where(f => PlanParts.PartOf(f) == partKey).OrderByDescending(f => f.Severity).ToList();

    /// <summary>The findings about one item and what it holds: "risks[2]" gives those at risks[2] and risks[2].mitigations[0].</summary>
    public IReadOnlyList<Finding> FindingsAt(string itemPath) =>
        Report is null ? [] : Report.Findings
            .Where(f => f.Place.Path == itemPath
                || (f.Place.Path.StartsWith(itemPath, StringComparison.Ordinal) && f.Place.Path.Length > itemPath.Length && f.Place.Path[itemPath.Length] is '.' or '['))
            .OrderByDescending(f => f.Severity)
            .ToList();
}
