using Hankevahti.Versions;

namespace Hankevahti.Plans;

/// <summary>
/// A project plan (hankesuunnitelma): the one model everything else reads and writes.
/// Only facts the plan states are held here; totals, shares and scores are derived by
/// <see cref="Hankevahti.Figures.PlanFigures"/> so that they can never disagree with their parts.
/// </summary>
public sealed record Plan
{
    /// <summary>
    /// Version of the JSON form, so that later readers can migrate older documents: 2 since items have
    /// ids (<see cref="PlanIds"/>); a version 1 document is given ids when it is read.
    /// </summary>
    public int SchemaVersion { get; init; } = PlanIds.CurrentSchemaVersion;
    public Project Project { get; init; } = new();
    public List<PlanVersion> Versions { get; init; } = [];
    /// <summary>The plan's sections in document order; text that fits no structured field stays here.</summary>
    public List<Section> Sections { get; init; } = [];
    public List<Need> Needs { get; init; } = [];
    public List<TargetGroup> TargetGroups { get; init; } = [];
    public List<Goal> Goals { get; init; } = [];
    /// <summary>The work structure: osa-alue / pilari / investointi / työpaketti, to any depth.</summary>
    public List<WorkPart> Work { get; init; } = [];
    public List<Outcome> Outcomes { get; init; } = [];
    public List<Indicator> Indicators { get; init; } = [];
    public List<Organisation> Organisations { get; init; } = [];
    public List<GovernanceBody> Governance { get; init; } = [];
    public List<Resource> Resources { get; init; } = [];
    public Budget Budget { get; init; } = new();
    public CommunicationPlan? Communication { get; init; }
    public MonitoringPlan? Monitoring { get; init; }
    public List<RelatedProject> RelatedProjects { get; init; } = [];
    public List<Risk> Risks { get; init; } = [];
    /// <summary>Set when the plan was imported from a document: the source file and the coverage report.</summary>
    public ImportInfo? Import { get; init; }
}
