using Hankevahti.Storage.Projects;

namespace Hankevahti.Web.Security;

/// <summary>
/// The projects a user may see in lists: their memberships' and those of the programmes they follow as a
/// funder official (everything for the local owner). Applied in SQL, so a list never reads what it may not show.
/// </summary>
public sealed record ProjectScope(bool Everything, IReadOnlyCollection<int> ProjectIds, IReadOnlyCollection<string> Programmes)
{
    public static readonly ProjectScope All = new(true, [], []);

    public IQueryable<ProjectRow> Apply(IQueryable<ProjectRow> projects)
    {
        if (Everything)
        {
            return projects;
        }
        var ids = ProjectIds.ToList();
        // Every key a plan may name the funder's programmes by (aliases too), so that the filter stays in SQL.
        var programmes = Storage.People.FunderProgrammes.StoredKeysFor(Programmes);
        return projects.Where(p => ids.Contains(p.Id) || (p.ProgrammeKey != null && programmes.Contains(p.ProgrammeKey)));
    }

    public static ProjectScope Of(UserAccess access) =>
        access.LocalOwner ? All : new ProjectScope(false, access.Memberships.Keys.ToList(), access.FunderProgrammes.ToList());
}
