using Hankevahti.Checks;
using Hankevahti.Plans;
using Hankevahti.Storage.Findings;
using Hankevahti.Storage.Projects;

namespace Hankevahti.Web.Plans;

/// <summary>
/// A project with its newest plan version, read and checked: what every plan page starts from.
/// <see cref="Plan"/> is null only when the project has no version or its JSON no longer reads (<see cref="ReadError"/>).
/// </summary>
/// <param name="Keys">Each finding's key (<see cref="FindingKey"/>), by reference; computed here when not given.</param>
/// <param name="Dismissals">The project's dismissed findings by key, also of findings this version no longer has.</param>
public sealed record LoadedPlan(ProjectRow Project, int Version, DateTimeOffset SavedAt, Plan? Plan, string? ReadError, CheckReport? Report, PlanViews? Views = null,
    IReadOnlyDictionary<Finding, string>? Keys = null, IReadOnlyDictionary<string, FindingDismissalRow>? Dismissals = null)
{
    private PlanView? view;
    private IReadOnlyDictionary<Finding, string>? keys;

    /// <summary>The plan with its look-ups: built once per stored version and interface language when the plan came from <see cref="PlanCache"/>.</summary>
    public PlanView? View => Plan is null ? null : Views?.For(Plan) ?? (view ??= new PlanView(Plan));

    /// <summary>The findings that concern one part of the plan (see <see cref="PlanParts"/>), open ones first, each most severe first.</summary>
    public IReadOnlyList<Finding> FindingsOf(string partKey) =>
        Report is null ? [] : Ordered(Report.Findings.Where(f => PlanParts.PartOf(f) == partKey));

    /// <summary>The findings about one item and what it holds: "risks[2]" gives those at risks[2] and risks[2].mitigations[0].</summary>
    public IReadOnlyList<Finding> FindingsAt(string itemPath) =>
        Report is null ? [] : Ordered(Report.Findings
            .Where(f => f.Place.Path == itemPath
                || (f.Place.Path.StartsWith(itemPath, StringComparison.Ordinal) && f.Place.Path.Length > itemPath.Length && f.Place.Path[itemPath.Length] is '.' or '[')));

    /// <summary>The key a finding of <see cref="Report"/> is dismissed under.</summary>
    public string KeyOf(Finding finding) =>
        (Keys ?? (keys ??= KeysOf(Report))).TryGetValue(finding, out var key) ? key : FindingKey.Of(finding);

    /// <summary>The dismissal of a finding, or null when it is open.</summary>
    public FindingDismissalRow? DismissalOf(Finding finding) =>
        Dismissals is { Count: > 0 } d && d.TryGetValue(KeyOf(finding), out var row) ? row : null;

    public bool IsDismissed(Finding finding) => DismissalOf(finding) is not null;

    /// <summary>The findings nobody has dismissed: what the counts of errors and warnings count.</summary>
    public IReadOnlyList<Finding> OpenFindings => Report is null ? [] : Report.Findings.Where(f => !IsDismissed(f)).ToList();

    /// <summary>How many of this version's findings are dismissed.</summary>
    public int DismissedCount => Report is null ? 0 : Report.Findings.Count(IsDismissed);

    private List<Finding> Ordered(IEnumerable<Finding> findings) =>
        findings.OrderBy(IsDismissed).ThenByDescending(f => f.Severity).ToList();

    /// <summary>The keys of a report's findings, by reference: two findings may be equal records.</summary>
    internal static Dictionary<Finding, string> KeysOf(CheckReport? report)
    {
        var map = new Dictionary<Finding, string>(ReferenceEqualityComparer.Instance);
        if (report is not null)
        {
            foreach (var (finding, key) in report.Findings.Zip(FindingKey.ForAll(report.Findings)))
            {
                map[finding] = key;
            }
        }
        return map;
    }
}
