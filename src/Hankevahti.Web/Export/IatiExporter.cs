using Hankevahti.Checks.Profiles;
using Hankevahti.Export.Iati;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Hankevahti.Web.Export;

/// <summary>
/// Loads what the IATI export is made from (each project's latest plan, its follow-up and its periods) for one
/// project or a programme's projects, for the web download and the command line alike.
/// </summary>
public static class IatiExporter
{
    /// <summary>The export of one project; null when there is no such project.</summary>
    public static async Task<IatiExport?> ProjectAsync(HankevahtiDb db, int projectId, IatiOptions options, DateTimeOffset now, CancellationToken ct = default)
    {
        var loaded = await LoadAsync(db, projectId, now, ct);
        if (loaded.NotFound)
        {
            return null;
        }
        return loaded.Project is { } project ? IatiDocument.Make([project], options, now) : new IatiExport(null, [], loaded.Problem);
    }

    /// <summary>
    /// The export of every project of a programme (named by its key or one of its aliases, as the profiles say) that
    /// <paramref name="scope"/> lets the reader see. Problem says an unknown programme or one with no such project.
    /// </summary>
    public static async Task<IatiExport> ProgrammeAsync(HankevahtiDb db, string key, ProjectScope scope, IatiOptions options, DateTimeOffset now, CancellationToken ct = default)
    {
        if (ProfileCatalog.Programme(key) is not { } profile)
        {
            return new(null, [], $"no programme '{key.Trim()}': expected one of {string.Join(", ", Storage.People.FunderProgrammes.Known)} (or an alias)");
        }
        var rows = await scope.Apply(db.Projects.AsNoTracking()).Select(p => new { p.Id, p.ProgrammeKey }).ToListAsync(ct);
        var ids = rows.Where(r => ProfileCatalog.For(r.ProgrammeKey).Key == profile.Key).Select(r => r.Id).Order().ToList();
        if (ids.Count == 0)
        {
            return new(null, [], $"there is no project of the programme {profile.Key} to export");
        }
        var projects = new List<IatiProject>();
        var skipped = new List<string>();
        foreach (var id in ids)
        {
            var loaded = await LoadAsync(db, id, now, ct);
            if (loaded.Project is { } project)
            {
                projects.Add(project);
            }
            else if (loaded.Problem is { } problem)
            {
                skipped.Add(problem);
            }
        }
        var export = IatiDocument.Make(projects, options, now);
        return export with { Skipped = [.. skipped, .. export.Skipped] };
    }

    /// <summary>
    /// The options from configuration: Iati:ReportingOrgReference, Iati:ReportingOrgName, Iati:ReportingOrgType
    /// (environment: Iati__ReportingOrgReference…); the placeholder reference when none is set (docs/iati.md).
    /// </summary>
    public static IatiOptions Options(IConfiguration configuration)
    {
        var section = configuration.GetSection("Iati");
        var defaults = new IatiOptions();
        return new IatiOptions
        {
            ReportingOrgReference = section["ReportingOrgReference"] is { Length: > 0 } reference ? reference : defaults.ReportingOrgReference,
            ReportingOrgName = section["ReportingOrgName"] is { Length: > 0 } name ? name : defaults.ReportingOrgName,
            ReportingOrgType = section["ReportingOrgType"] is { Length: > 0 } type ? type : defaults.ReportingOrgType,
        };
    }

    private sealed record Loaded(IatiProject? Project, string? Problem, bool NotFound);

    private static async Task<Loaded> LoadAsync(HankevahtiDb db, int projectId, DateTimeOffset now, CancellationToken ct)
    {
        var source = await ReportSources.LoadAsync(db, projectId, DateOnly.FromDateTime(now.UtcDateTime), ct);
        if (source.Input is not { } input)
        {
            return new(null, source.NotFound ? null : $"project {projectId}: {source.Problem}", source.NotFound);
        }
        return new(new IatiProject(projectId, input.Plan, input.FollowUp, input.Calendar), null, false);
    }
}
