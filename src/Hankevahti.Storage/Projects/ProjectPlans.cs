using System.Text.Json;
using Hankevahti.Import.Corrections;
using Hankevahti.Json;
using Hankevahti.Plans;
using Hankevahti.People;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Hankevahti.Storage.Query;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hankevahti.Storage.Projects;

/// <summary>Saving and loading plans on the DbContext: the few steps every caller would otherwise repeat.</summary>
public static class ProjectPlans
{
    /// <summary>Stores a plan as a new project with version 1, in one transaction.</summary>
    public static Task<ProjectRow> AddProjectAsync(this HankevahtiDb db, Plan plan, string origin, string? note = null, CancellationToken ct = default) =>
        db.AddProjectAsync(plan, origin, note, null, ct);

    /// <summary>Stores an imported plan as a new project, with the document it came from and the user's corrections of its import.</summary>
    public static async Task<ProjectRow> AddProjectAsync(this HankevahtiDb db, Plan plan, string origin, string? note, ImportSource? source, CancellationToken ct = default)
    {
        var now = SqlValues.Now();
        var project = new ProjectRow { CreatedAt = now };
        Describe(project, plan, now);
        project.Versions.Add(new PlanVersionRow
        {
            Number = 1, SavedAt = now, Origin = origin, Note = note, PlanJson = PlanJson.Serialize(plan),
            SourceFile = source?.File, ImportCorrections = source?.CorrectionsJson,
        });
        db.Projects.Add(project);
        // The query rows need the project's id: written after its insert, in the same transaction.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await db.WriteQueryRowsAsync(project.Id, 1, plan, ct);
        // Whoever makes a project manages it: without that, no one could open what they just imported.
        if (db.Actor.UserId is { } creator)
        {
            db.ProjectMembers.Add(new ProjectMemberRow { ProjectId = project.Id, UserId = creator, Role = RoleNames.Name(ProjectRole.Manager), AddedAt = now });
            await db.SaveChangesAsync(ct);
        }
        await AuditLog.AppendAsync(db, new AuditEvent("project.create", ProjectId: project.Id, VersionNumber: 1, After: project.Name), ct);
        await tx.CommitAsync(ct);
        return project;
    }

    /// <summary>
    /// Stores a plan as the next version of an existing project, whatever was saved before it (an
    /// import or the CLI replaces the whole plan); null when there is no such project. Two such saves
    /// at once both get a number: the loser of the race for a number takes the next one.
    /// </summary>
    public static Task<PlanVersionRow?> AddVersionAsync(this HankevahtiDb db, int projectId, Plan plan, string origin, string? note = null, CancellationToken ct = default) =>
        db.AddVersionAsync(projectId, plan, origin, note, null, ct);

    /// <summary>Stores an imported plan as the next version of a project, with the document it came from and the user's corrections.</summary>
    public static async Task<PlanVersionRow?> AddVersionAsync(this HankevahtiDb db, int projectId, Plan plan, string origin, string? note, ImportSource? source, CancellationToken ct = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var last = await db.PlanVersions.Where(v => v.ProjectId == projectId).MaxAsync(v => (int?)v.Number, ct);
            var saved = await db.AddVersionOnAsync(projectId, last ?? 0, plan, origin, note, source, ct);
            if (saved.Outcome != VersionSaveOutcome.Conflict || attempt >= 20)
            {
                return saved.Outcome switch
                {
                    VersionSaveOutcome.Saved => saved.Version,
                    VersionSaveOutcome.NotFound => null,
                    _ => throw new DbUpdateException($"project {projectId}: no version number could be taken in 20 attempts; too many saves at once"),
                };
            }
        }
    }

    /// <summary>
    /// Stores a plan as the version after <paramref name="baseVersion"/>, the one the change was made on.
    /// Refused (<see cref="VersionSaveOutcome.Conflict"/>) when that is not the newest version any more,
    /// also when another save on the same base commits at the same moment: the new version's number is
    /// the base's + 1, and the unique (project_id, number) index lets only one of them have it. Checking
    /// "is the base the newest?" apart from the insert would let both through, and one change would be lost.
    /// </summary>
    public static Task<VersionSave> AddVersionOnAsync(this HankevahtiDb db, int projectId, int baseVersion, Plan plan, string origin, string? note = null, CancellationToken ct = default) =>
        db.AddVersionOnAsync(projectId, baseVersion, plan, origin, note, null, ct);

    internal static async Task<VersionSave> AddVersionOnAsync(this HankevahtiDb db, int projectId, int baseVersion, Plan plan, string origin, string? note, ImportSource? source, CancellationToken ct,
        string? importPlanJson = null)
    {
        var json = PlanJson.Serialize(plan);
        var now = SqlValues.Now();
        var number = baseVersion + 1;
        // SQLite's transaction takes the write lock at its start (BEGIN IMMEDIATE), so saves there are
        // one after another; on PostgreSQL two may pass the check below together, and then the insert
        // of the second waits on the first's and refuses it.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null)
        {
            await tx.RollbackAsync(ct);
            return new VersionSave(VersionSaveOutcome.NotFound, null, 0);
        }
        var latest = await db.PlanVersions.Where(v => v.ProjectId == projectId).MaxAsync(v => (int?)v.Number, ct) ?? 0;
        if (latest != baseVersion)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new VersionSave(VersionSaveOutcome.Conflict, null, latest);
        }
        var id = await InsertVersionAsync(db, projectId, number, now, origin, note, json, source, importPlanJson, ct);
        if (id is null)
        {
            // Another save on the same base committed first: ON CONFLICT DO NOTHING refused this one
            // without an error, so nothing is logged as a failure for an outcome the caller handles.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var now2 = await db.PlanVersions.Where(v => v.ProjectId == projectId).MaxAsync(v => (int?)v.Number, ct) ?? 0;
            return new VersionSave(VersionSaveOutcome.Conflict, null, now2);
        }
        Describe(project, plan, now);
        await db.SaveChangesAsync(ct);
        // Only the version that was inserted gets rows, in its transaction (docs/decisions/0008-query-tables.md).
        await db.WriteQueryRowsAsync(projectId, number, plan, ct);
        var previousJson = baseVersion == 0 ? null
            : await db.PlanVersions.Where(v => v.ProjectId == projectId && v.Number == baseVersion).Select(v => v.PlanJson).SingleOrDefaultAsync(ct);
        await AuditLog.AppendAsync(db, PlanChanges.Saved(origin, projectId, number, previousJson, plan), ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        var version = new PlanVersionRow
        {
            Id = id.Value, ProjectId = projectId, Number = number, SavedAt = now, Origin = origin, Note = note, PlanJson = json,
            SourceFile = source?.File, ImportCorrections = source?.CorrectionsJson, ImportPlanJson = importPlanJson,
        };
        return new VersionSave(VersionSaveOutcome.Saved, version, number);
    }

    private static Task WriteQueryRowsAsync(this HankevahtiDb db, int projectId, int number, Plan plan, CancellationToken ct) =>
        QueryRowWriter.WriteAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction!.GetDbTransaction(), QueryRows.From(projectId, number, plan), ct);

    // A plain insert that the unique index turns into "0 rows" instead of an exception on both databases.
    private static async Task<int?> InsertVersionAsync(HankevahtiDb db, int projectId, int number, DateTimeOffset savedAt, string origin, string? note, string json, ImportSource? source, string? importPlanJson, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        cmd.CommandText =
            "INSERT INTO plan_versions (project_id, number, saved_at, origin, note, plan_json, source_file, import_corrections, import_plan_json) VALUES (@p, @n, @s, @o, @note, @j, @f, @c, @ip) " +
            "ON CONFLICT (project_id, number) DO NOTHING RETURNING id";
        SqlValues.Add(cmd, "@p", projectId);
        SqlValues.Add(cmd, "@n", number);
        // The columns' own formats: timestamptz on PostgreSQL; on SQLite the text EF Core writes for a DateTimeOffset.
        SqlValues.Add(cmd, "@s", SqlValues.Timestamp(db, savedAt));
        SqlValues.Add(cmd, "@o", origin);
        SqlValues.Add(cmd, "@note", (object?)note ?? DBNull.Value);
        SqlValues.Add(cmd, "@j", json);
        SqlValues.Add(cmd, "@f", (object?)source?.File ?? DBNull.Value);
        SqlValues.Add(cmd, "@c", (object?)source?.CorrectionsJson ?? DBNull.Value);
        SqlValues.Add(cmd, "@ip", (object?)importPlanJson ?? DBNull.Value);
        var id = await cmd.ExecuteScalarAsync(ct);
        return id is null or DBNull ? null : Convert.ToInt32(id, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The corrections saved with the newest version imported from a file of this name (in any project, or
    /// in <paramref name="projectId"/> only); null when no version came from such a file. The newest import
    /// counts even when it had no corrections: corrections the user took away stay away.
    /// </summary>
    /// <param name="within">The projects to look in (those the user may change); null for all.</param>
    public static async Task<PreviousCorrections?> PreviousCorrectionsAsync(this HankevahtiDb db, string file, int? projectId = null, CancellationToken ct = default,
        IReadOnlyCollection<int>? within = null)
    {
        var query = db.PlanVersions.AsNoTracking().Where(v => v.SourceFile == file);
        if (within is not null)
        {
            var ids = within.ToList();
            query = query.Where(v => ids.Contains(v.ProjectId));
        }
        if (projectId is { } id)
        {
            query = query.Where(v => v.ProjectId == id);
        }
        var version = await query.OrderByDescending(v => v.Id).Select(v => new { v.ProjectId, v.Number, v.ImportCorrections }).FirstOrDefaultAsync(ct);
        if (version is null || ImportCorrections.FromJson(version.ImportCorrections) is not { IsEmpty: false } corrections)
        {
            return null;
        }
        return new PreviousCorrections(version.ProjectId, version.Number, corrections);
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
        project.ProgrammeKey = QueryIndex.ProgrammeKey(plan);
        project.SearchText = QueryRows.SearchText(plan);
        project.UpdatedAt = now;
    }

    /// <summary>A status as the plan JSON and the status column write it: "running" (docs/plan-json.md).</summary>
    public static string StatusName(ProjectStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    /// <summary>The status a column value names; null for null or a value this version does not know.</summary>
    public static ProjectStatus? ParseStatus(string? name) =>
        Enum.TryParse<ProjectStatus>(name, ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(name, out _) ? status : null;
}

/// <summary>What became of a save on a base version.</summary>
public enum VersionSaveOutcome { Saved, NotFound, Conflict }

/// <summary>The outcome of <see cref="ProjectPlans.AddVersionOnAsync"/>: the new version when saved; the newest number when refused.</summary>
public sealed record VersionSave(VersionSaveOutcome Outcome, PlanVersionRow? Version, int Latest);

/// <summary>A stored plan version with the plan read from it, or the error if its JSON no longer reads.</summary>
public sealed record StoredPlan(PlanVersionRow Version, Plan? Plan, string? Error);

/// <summary>The document an imported version came from and the user's corrections of its import.</summary>
public sealed record ImportSource(string File, ImportCorrections? Corrections)
{
    public string? CorrectionsJson => Corrections is { IsEmpty: false } c ? c.ToJson() : null;
}

/// <summary>Corrections saved with an earlier import of the same document: the project and version they were saved with.</summary>
public sealed record PreviousCorrections(int ProjectId, int VersionNumber, ImportCorrections Corrections);
