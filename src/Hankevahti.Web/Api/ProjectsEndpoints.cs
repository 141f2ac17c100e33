using Hankevahti.Json;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Query;
using Hankevahti.Versions.Diff;
using Hankevahti.Web.Projects;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Api;

/// <summary>
/// The projects a user may see, page by page with filters, and one project, its versions, a version's plan and the
/// diff of two versions. Lists apply <see cref="RequestAccess.VisibleProjectsAsync"/> in SQL (a funder official sees
/// the projects of their programmes only); one project is behind the pages' policy, <see cref="Policies.ProjectRead"/>.
/// </summary>
public static class ProjectsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/", ListAsync)
            .WithName("listProjects").WithSummary("The projects you may see, a page at a time")
            .WithDescription("Filters: programme (its key, any alias or its name: one programme whatever the spelling), region, status (the plan's: planned, running, …), year (the period overlaps it), text (words in the name, short name, case number). Sorted by id. The figures equal the list on the pages.")
            .Produces<PageOf<ProjectItem>>().ApiErrors(400, 401)
            .RequireAuthorization(Policies.SignedIn);

        api.MapGet("/{id:int}", GetAsync)
            .WithName("getProject").WithSummary("A project: its facts and the numbers of its newest and approved versions")
            .Produces<ProjectDetail>().ApiErrors(401, 403, 404)
            .RequireAuthorization(Policies.ProjectRead);

        api.MapGet("/{id:int}/versions/{number:int}", GetVersionAsync)
            .WithName("getVersion").WithSummary("A stored version's facts: when, where it stands with the funder, where it came from")
            .Produces<VersionInfo>().ApiErrors(401, 403, 404)
            .RequireAuthorization(Policies.ProjectRead);

        api.MapGet("/{id:int}/versions/{number:int}/plan", GetVersionPlanAsync)
            .WithName("getVersionPlan").WithSummary("A stored version's plan as canonical JSON (docs/plan-json.md), byte for byte")
            .Produces(StatusCodes.Status200OK, typeof(System.Text.Json.JsonElement), "application/json").ApiErrors(401, 403, 404)
            .RequireAuthorization(Policies.ProjectRead);

        api.MapGet("/{id:int}/diff", DiffAsync)
            .WithName("diffVersions").WithSummary("What changed between two versions (docs/diff-json.md)")
            .WithDescription("from and to are version numbers; without them the newest version is compared with the one before it.")
            .Produces(StatusCodes.Status200OK, typeof(System.Text.Json.JsonElement), "application/json").ApiErrors(400, 401, 403, 404, 409)
            .RequireAuthorization(Policies.ProjectRead);
    }

    private static async Task<IResult> ListAsync(HttpContext http, HankevahtiDb db, RequestAccess access, CancellationToken ct,
        int? page = null, int? pageSize = null, string? programme = null, string? region = null, string? status = null, int? year = null, string? text = null)
    {
        var (number, size, errors) = Paging.Read(page, pageSize);
        var query = (await access.VisibleProjectsAsync(ct)).Apply(db.Projects.AsNoTracking());
        foreach (var word in (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var folded = QueryRows.Fold(word);
            query = query.Where(p => p.SearchText != null && p.SearchText.Contains(folded));
        }
        if (!string.IsNullOrWhiteSpace(programme))
        {
            if (await Storage.People.FunderProgrammes.ResolveAsync(db, programme, ct) is { } key)
            {
                var keys = Storage.People.FunderProgrammes.StoredKeysFor([key]).ToList();
                query = query.Where(p => p.ProgrammeKey != null && keys.Contains(p.ProgrammeKey));
            }
            else
            {
                errors["programme"] = [$"no programme is known as \"{programme.Trim()}\"; expected a programme's key, alias or name, e.g. {string.Join(", ", Storage.People.FunderProgrammes.Known)}."];
            }
        }
        if (!string.IsNullOrWhiteSpace(region))
        {
            // The regions of each project's newest version, matched as the pages match them (Finnish, ignoring case).
            var latest = db.PlanRegions.Where(r => r.VersionNumber == db.PlanVersions.Where(v => v.ProjectId == r.ProjectId).Max(v => v.Number));
            var names = (await latest.Select(r => r.Region).Distinct().ToListAsync(ct))
                .Where(n => Names.Equals(n, region.Trim())).ToList();
            query = query.Where(p => latest.Any(r => r.ProjectId == p.Id && names.Contains(r.Region)));
        }
        if (!string.IsNullOrWhiteSpace(status))
        {
            var known = ProjectList.Statuses.Select(s => s.Name).ToList();
            var wanted = status.Trim().ToLowerInvariant();
            if (!known.Contains(wanted))
            {
                errors["status"] = [$"status must be one of {string.Join(", ", known)}, not \"{status.Trim()}\"."];
            }
            query = query.Where(p => p.Status == wanted);
        }
        if (year is { } y)
        {
            if (y is < 1900 or > 2200)
            {
                errors["year"] = [$"year must be a year from 1900 to 2200, not {y}."];
            }
            else
            {
                var first = new DateOnly(y, 1, 1);
                var last = new DateOnly(y, 12, 31);
                query = query.Where(p => (p.PeriodStart != null || p.PeriodEnd != null)
                    && (p.PeriodStart == null || p.PeriodStart <= last) && (p.PeriodEnd == null || p.PeriodEnd >= first));
            }
        }
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }
        var total = await query.CountAsync(ct);
        // By id, in SQL: a page reads only its own rows, and the order is the same on SQLite and PostgreSQL.
        var ids = await query.OrderBy(p => p.Id).Skip((number - 1) * size).Take(size).Select(p => p.Id).ToListAsync(ct);
        var rows = await ProjectSummary.ReadAsync(db.Projects.AsNoTracking().Where(p => ids.Contains(p.Id)), ct);
        var items = rows.OrderBy(p => p.Id).Select(ProjectItem.Of).ToList();
        return Results.Ok(Paging.Of(http.Request, items, total, number, size));
    }

    private static readonly StringComparer Names = StringComparer.Create(Shared.Fi.Culture, ignoreCase: true);

    private static async Task<IResult> GetAsync(int id, HttpContext http, HankevahtiDb db, CancellationToken ct)
    {
        var p = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (p is null)
        {
            return ApiProblems.NotFound($"There is no project with id {id}.");
        }
        var numbers = await db.PlanVersions.AsNoTracking().Where(v => v.ProjectId == id).Select(v => v.Number).ToListAsync(ct);
        var approved = await db.ApprovedVersionAsync(id, ct);
        var self = $"/api/projects/{id}";
        var detail = new ProjectDetail(p.Id, p.Name, p.ShortName, p.Programme, p.ProgrammeKey, p.PeriodStart, p.PeriodEnd, p.Status,
            p.RegionList(), p.CaseNumber, numbers.Count, numbers.Count == 0 ? null : numbers.Max(), approved, p.UpdatedAt,
            new ProjectLinks(self, self + "/plan", self + "/versions", self + "/values", self + "/costs", self + "/reports"));
        return ApiETags.Json(http, ApiJson.Serialize(detail));
    }

    private static async Task<IResult> GetVersionAsync(int id, int number, HttpContext http, HankevahtiDb db, CancellationToken ct)
    {
        var v = await db.PlanVersions.AsNoTracking().Where(v => v.ProjectId == id && v.Number == number)
            .Select(v => new { v.Number, v.SavedAt, v.Status, v.StatusReason, v.Origin, v.Note }).SingleOrDefaultAsync(ct);
        if (v is null)
        {
            return ApiProblems.NotFound($"Project {id} has no version {number}.");
        }
        var info = new VersionInfo(v.Number, v.SavedAt, v.Status, v.StatusReason, v.Origin, v.Note, $"/api/projects/{id}/versions/{number}/plan");
        return ApiETags.Json(http, ApiJson.Serialize(info));
    }

    private static async Task<IResult> GetVersionPlanAsync(int id, int number, HttpContext http, HankevahtiDb db, CancellationToken ct)
    {
        var json = await db.PlanVersions.AsNoTracking().Where(v => v.ProjectId == id && v.Number == number).Select(v => v.PlanJson).SingleOrDefaultAsync(ct);
        if (json is null)
        {
            return ApiProblems.NotFound($"Project {id} has no version {number}.");
        }
        // A stored version never changes: its number is its ETag, the one GET /plan gives for the newest.
        http.Response.Headers.ETag = PlanWriteApi.ETag(number);
        return Results.Text(json, "application/json", System.Text.Encoding.UTF8);
    }

    private static async Task<IResult> DiffAsync(int id, HttpContext http, HankevahtiDb db, CancellationToken ct, int? from = null, int? to = null)
    {
        var numbers = await db.PlanVersions.AsNoTracking().Where(v => v.ProjectId == id).Select(v => v.Number).ToListAsync(ct);
        if (numbers.Count == 0)
        {
            return ApiProblems.NotFound($"There is no project with id {id}.");
        }
        var after = to ?? numbers.Max();
        var before = from ?? numbers.Where(n => n < after).DefaultIfEmpty(after).Max();
        foreach (var (name, n) in new[] { ("from", before), ("to", after) })
        {
            if (!numbers.Contains(n))
            {
                return ApiProblems.NotFound($"Project {id} has no version {n} ({name}); it has versions {numbers.Min()}–{numbers.Max()}.");
            }
        }
        var plans = await db.PlanVersions.AsNoTracking().Where(v => v.ProjectId == id && (v.Number == before || v.Number == after))
            .Select(v => new { v.Number, v.PlanJson }).ToListAsync(ct);
        var read = plans.ToDictionary(p => p.Number, p => PlanJson.Deserialize(p.PlanJson, $"project {id} version {p.Number}"));
        if (read[before].Plan is not { } a || read[after].Plan is not { } b)
        {
            return ApiProblems.Problem(StatusCodes.Status409Conflict, "A stored plan cannot be read", (read[before].Error ?? read[after].Error)!);
        }
        return ApiETags.Json(http, DiffJson.Serialize(PlanDiff.Compare(a, b), id, before, after));
    }
}
