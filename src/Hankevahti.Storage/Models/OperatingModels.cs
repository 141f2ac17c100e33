using System.Globalization;
using Hankevahti.Following.Actions;
using Hankevahti.Models;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hankevahti.Storage.Models;

public enum ModelOutcome { Saved, NotFound, NameTaken, Stale, AlreadyLinked, UnknownAction, UnknownModule }

/// <summary>What became of a change: the model's id and its revision after it.</summary>
public sealed record ModelSaveResult(ModelOutcome Outcome, int? Id = null, int? Revision = null);

/// <summary>A project linked to a model, with the action of its plan when the link names one (its code and title from the latest plan).</summary>
public sealed record LinkedProject(int ModelId, string ModelName, int ProjectId, string ProjectName, string? ActionId, string? ActionName, ModelLinkKind Kind);

/// <summary>A line of the catalogue.</summary>
public sealed record ModelSummary(int Id, string Name, int Modules, IReadOnlyList<LinkedProject> Projects, int OrganisationsInUse);

/// <summary>A model as stored: its description and parts, the projects linked to it and its adoption history (oldest first).</summary>
public sealed record StoredModel(OperatingModel Model, IReadOnlyList<LinkedProject> Links, IReadOnlyList<StoredAdoption> Adoptions);

/// <summary>An adoption record with who recorded it and when.</summary>
public sealed record StoredAdoption(Adoption Adoption, string? RecordedBy, DateTimeOffset RecordedAt);

/// <summary>
/// The catalogue of operating models and their spread (migration 0012_operating_models): each change is stored with
/// its audit entry in one transaction; an edit of a model names the revision it was made on and is refused when the
/// model has moved on since (optimistic concurrency); adoption records are only ever added.
/// </summary>
public static class OperatingModels
{
    public static async Task<ModelSaveResult> CreateAsync(HankevahtiDb db, ValidModel model, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await NameTakenAsync(db, model.Name, null, ct))
        {
            await tx.RollbackAsync(ct);
            return new ModelSaveResult(ModelOutcome.NameTaken);
        }
        var now = SqlValues.Now();
        var row = new OperatingModelRow { Name = model.Name, CreatedBy = db.Actor.UserName, CreatedAt = now, UpdatedBy = db.Actor.UserName, UpdatedAt = now };
        Describe(row, model);
        db.OperatingModels.Add(row);
        await db.SaveChangesAsync(ct);
        AddModules(db, row.Id, model, []);
        await db.SaveChangesAsync(ct);
        await AuditLog.AppendAsync(db, new AuditEvent("model.create", Item: $"model {row.Id}", After: Summary(model)), ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new ModelSaveResult(ModelOutcome.Saved, row.Id, row.Revision);
    }

    /// <summary>
    /// Saves a new name, description and parts made on <paramref name="revision"/>. Parts are matched by name: new
    /// names are added, parts no longer named are removed only when nothing was recorded of them (else kept).
    /// </summary>
    public static async Task<ModelSaveResult> UpdateAsync(HankevahtiDb db, int id, int revision, ValidModel model, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var row = await db.OperatingModels.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (row is null)
        {
            await tx.RollbackAsync(ct);
            return new ModelSaveResult(ModelOutcome.NotFound);
        }
        if (row.Revision != revision)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new ModelSaveResult(ModelOutcome.Stale, id, row.Revision);
        }
        if (await NameTakenAsync(db, model.Name, id, ct))
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new ModelSaveResult(ModelOutcome.NameTaken, id, row.Revision);
        }
        var before = await LoadAsync(db, id, ct);
        row.Name = model.Name;
        Describe(row, model);
        row.Revision = revision + 1;
        row.UpdatedBy = db.Actor.UserName;
        row.UpdatedAt = SqlValues.Now();
        var modules = await db.OperatingModelModules.Where(m => m.ModelId == id).ToListAsync(ct);
        var wanted = (model.Core is null ? model.Modules : model.Modules.Prepend(model.Core)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var recorded = await db.ModelAdoptions.Where(a => a.ModelId == id).Select(a => a.ModuleId).Distinct().ToListAsync(ct);
        db.OperatingModelModules.RemoveRange(modules.Where(m => !wanted.Contains(m.Name) && !recorded.Contains(m.Id)));
        foreach (var m in modules.Where(m => wanted.Contains(m.Name)))
        {
            m.IsCore = string.Equals(m.Name, model.Core, StringComparison.OrdinalIgnoreCase);
        }
        try
        {
            // The revision read above is the concurrency token: an edit committed meanwhile makes this update no row.
            await db.SaveChangesAsync(ct);
            AddModules(db, id, model, modules);
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new ModelSaveResult(ModelOutcome.Stale, id);
        }
        await AuditLog.AppendAsync(db, new AuditEvent("model.update", Item: $"model {id}",
            Before: before is null ? null : $"r{revision} " + Summary(before.Model), After: $"r{revision + 1} " + Summary(model)), ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new ModelSaveResult(ModelOutcome.Saved, id, revision + 1);
    }

    /// <summary>Links a project (and optionally an action of its latest plan, by its id or its code) to a model.</summary>
    public static async Task<ModelSaveResult> LinkAsync(HankevahtiDb db, int modelId, int projectId, string? actionId, ModelLinkKind kind, CancellationToken ct = default)
    {
        actionId = string.IsNullOrWhiteSpace(actionId) ? "" : actionId.Trim();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var plan = await db.LatestPlanAsync(projectId, ct);
        if (plan is null || !await db.OperatingModels.AnyAsync(m => m.Id == modelId, ct))
        {
            await tx.RollbackAsync(ct);
            return new ModelSaveResult(ModelOutcome.NotFound);
        }
        if (actionId.Length > 0)
        {
            // The action by its id in the plan, or by its code as the plan writes it ("F.1"), which is what people know.
            var actions = plan.Plan is null ? [] : PlannedActions.Of(plan.Plan);
            var action = actions.FirstOrDefault(a => a.Id == actionId)
                ?? actions.FirstOrDefault(a => string.Equals(a.Action.Code, actionId, StringComparison.OrdinalIgnoreCase));
            if (action is null)
            {
                await tx.RollbackAsync(ct);
                return new ModelSaveResult(ModelOutcome.UnknownAction, modelId);
            }
            actionId = action.Id;
        }
        var name = ModelLinkKinds.Name(kind);
        if (await db.OperatingModelLinks.AnyAsync(l => l.ModelId == modelId && l.ProjectId == projectId && l.ActionId == actionId && l.Kind == name, ct))
        {
            await tx.RollbackAsync(ct);
            return new ModelSaveResult(ModelOutcome.AlreadyLinked, modelId);
        }
        db.OperatingModelLinks.Add(new OperatingModelLinkRow
        {
            ModelId = modelId, ProjectId = projectId, ActionId = actionId, Kind = name, AddedBy = db.Actor.UserName, AddedAt = SqlValues.Now(),
        });
        await db.SaveChangesAsync(ct);
        await AuditLog.AppendAsync(db, new AuditEvent("model.link", ProjectId: projectId, Item: $"model {modelId}",
            After: actionId.Length > 0 ? $"{name} (action {actionId})" : name), ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new ModelSaveResult(ModelOutcome.Saved, modelId);
    }

    /// <summary>
    /// Adds an adoption record (never changes one). A region spelt like one already recorded but for case is stored
    /// as first spelt, so that the matrix has one row for it.
    /// </summary>
    public static async Task<ModelSaveResult> RecordAdoptionAsync(HankevahtiDb db, int modelId, Adoption adoption, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await db.OperatingModelModules.AnyAsync(m => m.ModelId == modelId && m.Id == adoption.ModuleId, ct))
        {
            await tx.RollbackAsync(ct);
            return new ModelSaveResult(await db.OperatingModels.AnyAsync(m => m.Id == modelId, ct) ? ModelOutcome.UnknownModule : ModelOutcome.NotFound, modelId);
        }
        var regions = await db.ModelAdoptions.Select(a => a.Region).Distinct().ToListAsync(ct);
        var region = regions.Where(r => string.Equals(r, adoption.Region.Trim(), StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).FirstOrDefault()
            ?? adoption.Region.Trim();
        var row = new ModelAdoptionRow
        {
            ModelId = modelId, ModuleId = adoption.ModuleId, Organisation = adoption.Organisation.Trim(), Unit = adoption.Unit?.Trim(),
            HolderKey = adoption.HolderKey, Region = region, Period = adoption.Period.ToString(), PeriodKey = adoption.Period.Key,
            Status = AdoptionStatuses.Name(adoption.Status), Evidence = adoption.Evidence, RecordedBy = db.Actor.UserName, RecordedAt = SqlValues.Now(),
        };
        db.ModelAdoptions.Add(row);
        await db.SaveChangesAsync(ct);
        await AuditLog.AppendAsync(db, new AuditEvent("model.adopt", Item: $"model {modelId} module {adoption.ModuleId}",
            After: $"{row.Organisation}{(row.Unit is null ? "" : " / " + row.Unit)} ({row.Region}) {row.Period}: {row.Status}"), ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new ModelSaveResult(ModelOutcome.Saved, modelId);
    }

    /// <summary>The catalogue: every model by name, with its parts count, linked projects and the organisations where any part is in use now.</summary>
    public static async Task<IReadOnlyList<ModelSummary>> ListAsync(HankevahtiDb db, CancellationToken ct = default)
    {
        var models = await db.OperatingModels.AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(ct);
        var modules = await db.OperatingModelModules.AsNoTracking().GroupBy(m => m.ModelId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var links = (await LinksAsync(db, null, null, ct)).ToLookup(l => l.ModelId);
        var rows = await db.ModelAdoptions.AsNoTracking().ToListAsync(ct);
        var inUse = rows.GroupBy(r => r.ModelId).ToDictionary(g => g.Key,
            g => AdoptionState.Latest(g.Select(ToAdoption), new ModelPeriod(2100, 12))
                .Where(a => AdoptionStatuses.IsInUse(a.Status)).Select(a => a.Organisation.Trim().ToLowerInvariant()).Distinct().Count());
        return models.Select(m => new ModelSummary(m.Id, m.Name, modules.GetValueOrDefault(m.Id), links[m.Id].ToList(), inUse.GetValueOrDefault(m.Id))).ToList();
    }

    public static async Task<StoredModel?> LoadAsync(HankevahtiDb db, int id, CancellationToken ct = default)
    {
        var row = await db.OperatingModels.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (row is null)
        {
            return null;
        }
        var modules = await db.OperatingModelModules.AsNoTracking().Where(m => m.ModelId == id).OrderBy(m => m.Ordinal).ThenBy(m => m.Id).ToListAsync(ct);
        var adoptions = await db.ModelAdoptions.AsNoTracking().Where(a => a.ModelId == id).OrderBy(a => a.Id).ToListAsync(ct);
        var model = new OperatingModel(row.Id, row.Name, new ModelDescription(row.CoreIdea, row.TargetGroup, row.Conditions, row.Evidence),
            modules.Select(m => new ModelModule(m.Id, m.Name, m.IsCore, m.Ordinal, m.Description)).ToList(), row.Revision);
        return new StoredModel(model, await LinksAsync(db, id, null, ct), adoptions.Select(a => new StoredAdoption(ToAdoption(a), a.RecordedBy, a.RecordedAt)).ToList());
    }

    /// <summary>The models a project develops or spreads (the project overview's block).</summary>
    public static Task<IReadOnlyList<LinkedProject>> OfProjectAsync(HankevahtiDb db, int projectId, CancellationToken ct = default) =>
        LinksAsync(db, null, projectId, ct);

    /// <summary>The ids of the projects linked to a model: who may edit it besides administrators.</summary>
    public static async Task<IReadOnlyList<int>> LinkedProjectIdsAsync(HankevahtiDb db, int modelId, CancellationToken ct = default) =>
        await db.OperatingModelLinks.AsNoTracking().Where(l => l.ModelId == modelId).Select(l => l.ProjectId).Distinct().ToListAsync(ct);

    /// <summary>
    /// The region × module matrix as of a period, counted by SQL: each module × holder's latest record at or before the
    /// period (ROW_NUMBER over period_key, then id, both descending), grouped by region, module and status. It equals
    /// <see cref="AdoptionMatrix.Of"/> over the same records (the storage tests check it on both databases).
    /// </summary>
    public static async Task<AdoptionMatrix> MatrixAsync(HankevahtiDb db, int modelId, ModelPeriod asOf, CancellationToken ct = default)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        cmd.CommandText = """
            SELECT region, module_id, status, COUNT(*) FROM (
                SELECT region, module_id, status,
                       ROW_NUMBER() OVER (PARTITION BY module_id, holder_key ORDER BY period_key DESC, id DESC) AS latest
                FROM model_adoptions WHERE model_id = @model AND period_key <= @key
            ) states WHERE latest = 1
            GROUP BY region, module_id, status
            """;
        SqlValues.Add(cmd, "@model", modelId);
        SqlValues.Add(cmd, "@key", asOf.Key);
        var counts = new List<(string Region, int Module, AdoptionStatus Status, int Count)>();
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                counts.Add((reader.GetString(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture),
                    AdoptionStatuses.Parse(reader.GetString(2)), Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture)));
            }
        }
        // Regions spelt apart only by case are one row (SQLite's lower() knows ASCII only, so this is done here).
        var cells = counts.GroupBy(c => (Region: c.Region.Trim().ToLowerInvariant(), c.Module))
            .Select(g => new MatrixCell(g.Select(c => c.Region.Trim()).Min(StringComparer.Ordinal)!, g.Key.Module,
                g.GroupBy(c => c.Status).ToDictionary(s => s.Key, s => s.Sum(c => c.Count))))
            .OrderBy(c => c.Region, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.ModuleId)
            .ToList();
        return new AdoptionMatrix(asOf, cells.Select(c => c.Region).Distinct(StringComparer.OrdinalIgnoreCase).ToList(), cells);
    }

    internal static Adoption ToAdoption(ModelAdoptionRow a) =>
        new(a.Id, a.ModuleId, a.Organisation, a.Unit, a.Region, ModelPeriod.Parse(a.Period), AdoptionStatuses.Parse(a.Status), a.Evidence);

    private static async Task<IReadOnlyList<LinkedProject>> LinksAsync(HankevahtiDb db, int? modelId, int? projectId, CancellationToken ct)
    {
        var rows = await (from l in db.OperatingModelLinks.AsNoTracking()
                          join m in db.OperatingModels.AsNoTracking() on l.ModelId equals m.Id
                          join p in db.Projects.AsNoTracking() on l.ProjectId equals p.Id
                          where (modelId == null || l.ModelId == modelId) && (projectId == null || l.ProjectId == projectId)
                          orderby m.Name, p.Name, l.Id
                          select new { l.ModelId, ModelName = m.Name, l.ProjectId, ProjectName = p.Name, l.ActionId, l.Kind }).ToListAsync(ct);
        // Actions are named from each project's latest plan, read once per project.
        var actions = new Dictionary<int, IReadOnlyList<PlannedAction>>();
        foreach (var project in rows.Where(r => r.ActionId.Length > 0).Select(r => r.ProjectId).Distinct())
        {
            actions[project] = (await db.LatestPlanAsync(project, ct))?.Plan is { } plan ? PlannedActions.Of(plan) : [];
        }
        return rows.Select(r =>
        {
            var action = r.ActionId.Length == 0 ? null : actions[r.ProjectId].FirstOrDefault(a => a.Id == r.ActionId);
            ModelLinkKinds.TryParse(r.Kind, out var kind);
            return new LinkedProject(r.ModelId, r.ModelName, r.ProjectId, r.ProjectName, r.ActionId.Length == 0 ? null : r.ActionId,
                action is null ? (r.ActionId.Length == 0 ? null : r.ActionId) : $"{action.Action.Code} {action.Action.Title}".Trim(), kind);
        }).ToList();
    }

    private static async Task<bool> NameTakenAsync(HankevahtiDb db, string name, int? except, CancellationToken ct)
    {
        var names = await db.OperatingModels.Where(m => except == null || m.Id != except).Select(m => m.Name).ToListAsync(ct);
        return names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
    }

    private static void Describe(OperatingModelRow row, ValidModel model)
    {
        row.CoreIdea = model.Description.CoreIdea;
        row.TargetGroup = model.Description.TargetGroup;
        row.Conditions = model.Description.Conditions;
        row.Evidence = model.Description.Evidence;
    }

    private static void AddModules(HankevahtiDb db, int modelId, ValidModel model, IReadOnlyList<OperatingModelModuleRow> existing)
    {
        var names = (model.Core is null ? model.Modules : model.Modules.Prepend(model.Core)).ToList();
        var next = existing.Count == 0 ? 0 : existing.Max(m => m.Ordinal) + 1;
        foreach (var name in names.Where(n => !existing.Any(m => string.Equals(m.Name, n, StringComparison.OrdinalIgnoreCase))))
        {
            db.OperatingModelModules.Add(new OperatingModelModuleRow
            {
                ModelId = modelId, Name = name, IsCore = string.Equals(name, model.Core, StringComparison.OrdinalIgnoreCase), Ordinal = next++,
            });
        }
    }

    private static string Summary(ValidModel m) => $"{m.Name}: core {m.Core ?? "-"}; modules {string.Join(", ", m.Modules)}";

    private static string Summary(OperatingModel m) =>
        $"{m.Name}: core {m.Modules.FirstOrDefault(x => x.IsCore)?.Name ?? "-"}; modules {string.Join(", ", m.Modules.Where(x => !x.IsCore).Select(x => x.Name))}";
}
