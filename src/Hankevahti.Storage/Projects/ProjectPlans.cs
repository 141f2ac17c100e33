using System.Text.Json;
using Hankevahti.Json;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Projects;

/// <summary>Saving and loading plans on the DbContext: the few steps every caller would otherwise repeat.</summary>
public static class ProjectPlans
{
    /// <summary>Stores a plan as a new project with version 1, in one transaction.</summary>
    public static async Task<ProjectRow> AddProjectAsync(this HankevahtiDb db, Plan plan, string origin, string? note = null, CancellationToken ct = default)
    {
        var now = Now();
        var project = new ProjectRow { CreatedAt = now };
        Describe(project, plan, now);
        project.Versions.Add(new PlanVersionRow { Number = 1, SavedAt = now, Origin = origin, Note = note, PlanJson = PlanJson.Serialize(plan) });
        db.Projects.Add(project);
        await db.SaveChangesAsync(ct);
        return project;
    }

    /// <summary>Stores a plan as the next version of an existing project; null when there is no such project.</summary>
    public static async Task<PlanVersionRow?> AddVersionAsync(this HankevahtiDb db, int projectId, Plan plan, string origin, string? note = null, CancellationToken ct = default)
    {
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null)
        {
            return null;
        }
        var last = await db.PlanVersions.Where(v => v.ProjectId == projectId).MaxAsync(v => (int?)v.Number, ct) ?? 0;
        var now = Now();
        var version = new PlanVersionRow { ProjectId = projectId, Number = last + 1, SavedAt = now, Origin = origin, Note = note, PlanJson = PlanJson.Serialize(plan) };
        db.PlanVersions.Add(version);
        Describe(project, plan, now);
        // The unique (project_id, number) index turns a concurrent save into an error rather than a lost version.
        await db.SaveChangesAsync(ct);
        return version;
    }

    /// <summary>The newest stored version of a project's plan, or null when the project does not exist.</summary>
    public static Task<PlanVersionRow?> LatestVersionAsync(this HankevahtiDb db, int projectId, CancellationToken ct = default) =>
        db.PlanVersions.AsNoTracking().Where(v => v.ProjectId == projectId).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);

    /// <summary>The newest plan of a project, read from its JSON; null when the project does not exist.</summary>
    public static async Task<StoredPlan?> LatestPlanAsync(this HankevahtiDb db, int projectId, CancellationToken ct = default)
    {
        var version = await db.LatestVersionAsync(projectId, ct);
        if (version is null)
        {
            return null;
        }
        var read = PlanJson.Deserialize(version.PlanJson, $"project {projectId} version {version.Number}");
        return new StoredPlan(version, read.Plan, read.Error);
    }

    private static void Describe(ProjectRow project, Plan plan, DateTimeOffset now)
    {
        project.Name = plan.Project.Name;
        project.ShortName = plan.Project.ShortName;
        project.Programme = plan.Project.Programme?.Name;
        project.PeriodStart = plan.Project.Period?.Start;
        project.PeriodEnd = plan.Project.Period?.End;
        project.Status = StatusName(plan.Project.Status);
        project.Regions = ProjectRow.JoinRegions(plan.Project.Regions);
        project.CaseNumber = string.IsNullOrWhiteSpace(plan.Project.CaseNumber) ? null : plan.Project.CaseNumber;
        project.UpdatedAt = now;
    }

    /// <summary>A status as the plan JSON and the status column write it: "running" (docs/plan-json.md).</summary>
    public static string StatusName(ProjectStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    /// <summary>The status a column value names; null for null or a value this version does not know.</summary>
    public static ProjectStatus? ParseStatus(string? name) =>
        Enum.TryParse<ProjectStatus>(name, ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(name, out _) ? status : null;

    // PostgreSQL's timestamptz takes UTC only; whole microseconds keep SQLite and PostgreSQL values equal.
    private static DateTimeOffset Now()
    {
        var now = DateTimeOffset.UtcNow;
        return new DateTimeOffset(now.Ticks - now.Ticks % 10, TimeSpan.Zero);
    }
}

/// <summary>A stored plan version with the plan read from it, or the error if its JSON no longer reads.</summary>
public sealed record StoredPlan(PlanVersionRow Version, Plan? Plan, string? Error);
