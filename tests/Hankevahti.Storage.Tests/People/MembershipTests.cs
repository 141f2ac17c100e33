using Hankevahti.People;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.People;

/// <summary>Members of projects and roles across them: each change stored with its audit entry, each refusal stores nothing.</summary>
public class MembershipTests
{
    [Theory, BothProviders]
    public async Task A_member_is_added_changed_and_removed_each_with_its_audit_entry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var user = await People.AddUserAsync(database, "aino@example.fi");
        var project = await People.AddProjectAsync(database);
        await using var db = database.NewContext();
        db.Actor = new Actor("admin-id", "admin@example.fi", "local");

        Assert.Equal(PeopleOutcome.Done, (await db.SetMemberAsync(project, user, ProjectRole.Editor, null)).Outcome);
        Assert.Equal(new ProjectMembership(ProjectRole.Editor, null), (await db.UserAccessAsync(user)).In(project));
        Assert.Equal(PeopleOutcome.Done, (await db.SetMemberAsync(project, user, ProjectRole.CoImplementer, "hus")).Outcome);
        // The plan's name for the organisation is stored, whichever of its names was given.
        Assert.Equal(new ProjectMembership(ProjectRole.CoImplementer, People.Hus), (await db.UserAccessAsync(user)).In(project));
        // The same again changes nothing and is not recorded as a change.
        Assert.Equal(PeopleOutcome.Unchanged, (await db.SetMemberAsync(project, user, ProjectRole.CoImplementer, People.Hus.ToUpperInvariant())).Outcome);
        var member = Assert.Single(await db.MembersAsync(project));
        Assert.Equal(("aino@example.fi", ProjectRole.CoImplementer, People.Hus), (member.Email, member.Role, member.Organisation));
        Assert.Equal(PeopleOutcome.Done, (await db.RemoveMemberAsync(project, user)).Outcome);
        Assert.Equal(PeopleOutcome.NoSuchMember, (await db.RemoveMemberAsync(project, user)).Outcome);

        Assert.Empty(await db.MembersAsync(project));
        Assert.Empty((await db.UserAccessAsync(user)).Projects);
        // Making the project is in the log too (project.create); these are the membership's entries.
        var entries = await db.AuditLog.Where(r => r.Action.StartsWith("member.")).OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(
            [("member.add", null, "editor"), ("member.change", "editor", $"co-implementer ({People.Hus})"), ("member.remove", $"co-implementer ({People.Hus})", null)],
            entries.Select(e => (e.Action, e.BeforeValue, e.AfterValue)).ToList());
        Assert.All(entries, e => Assert.Equal((project, "aino@example.fi", "admin@example.fi"), (e.ProjectId!.Value, e.Item, e.UserName)));
        Assert.True((await AuditLog.VerifyAsync(db)).Intact);
    }

    public static TheoryData<DatabaseProvider, string, ProjectRole, string?, PeopleOutcome> Refusals()
    {
        var data = new TheoryData<DatabaseProvider, string, ProjectRole, string?, PeopleOutcome>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            // A co-implementer without an organisation would have no share to edit.
            data.Add(provider, "known", ProjectRole.CoImplementer, null, PeopleOutcome.OrganisationRequired);
            data.Add(provider, "known", ProjectRole.CoImplementer, "  ", PeopleOutcome.OrganisationRequired);
            // A misspelt organisation would give a share of nothing.
            data.Add(provider, "known", ProjectRole.CoImplementer, "HYKS", PeopleOutcome.OrganisationNotInPlan);
            // Another role bound to an organisation would suggest a limit that is not applied.
            data.Add(provider, "known", ProjectRole.Editor, "HUS", PeopleOutcome.OrganisationNotForRole);
            data.Add(provider, "no such user", ProjectRole.Reader, null, PeopleOutcome.NoSuchUser);
            data.Add(provider, "no such project", ProjectRole.Reader, null, PeopleOutcome.NoSuchProject);
        }
        return data;
    }

    [Theory, MemberData(nameof(Refusals))]
    public async Task A_refused_membership_stores_nothing_and_says_why(DatabaseProvider provider, string who, ProjectRole role, string? organisation, PeopleOutcome expected)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var user = await People.AddUserAsync(database, "aino@example.fi");
        var project = await People.AddProjectAsync(database);
        await using var db = database.NewContext();

        var result = await db.SetMemberAsync(who == "no such project" ? project + 100 : project, who == "no such user" ? "nobody" : user, role, organisation);

        Assert.Equal(expected, result.Outcome);
        Assert.False(result.Succeeded);
        Assert.DoesNotContain('\n', result.Message);
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM project_members"));
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action <> 'project.create'"));
    }

    // The unique (project_id, user_id) index must turn simultaneous adds into one row, not an error or two rows.
    [Theory, BothProviders]
    public async Task Simultaneous_adds_of_the_same_member_leave_one_row(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var user = await People.AddUserAsync(database, "aino@example.fi");
        var project = await People.AddProjectAsync(database);
        var roles = new[] { ProjectRole.Editor, ProjectRole.Reader, ProjectRole.SteeringGroup, ProjectRole.Manager };

        for (var trial = 0; trial < 5; trial++)
        {
            var start = new TaskCompletionSource();
            var adds = Enumerable.Range(0, 8).Select(async i =>
            {
                await using var db = database.NewContext();
                await start.Task;
                return await db.SetMemberAsync(project, user, roles[i % roles.Length], null);
            }).ToList();
            start.SetResult();
            var results = await Task.WhenAll(adds);

            Assert.All(results, r => Assert.True(r.Succeeded, r.Message));
            Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM project_members"));
        }
        await using var check = database.NewContext();
        Assert.Contains(Assert.Single(await check.MembersAsync(project)).Role, roles);
        Assert.True((await AuditLog.VerifyAsync(check)).Intact);
    }

    [Theory, BothProviders]
    public async Task Many_users_added_at_once_are_all_members(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var project = await People.AddProjectAsync(database);
        var users = new List<string>();
        for (var i = 0; i < 16; i++)
        {
            users.Add(await People.AddUserAsync(database, $"user{i}@example.fi"));
        }
        var start = new TaskCompletionSource();
        var adds = users.Select(async u =>
        {
            await using var db = database.NewContext();
            await start.Task;
            return await db.SetMemberAsync(project, u, ProjectRole.Reader, null);
        }).ToList();
        start.SetResult();

        Assert.All(await Task.WhenAll(adds), r => Assert.Equal(PeopleOutcome.Done, r.Outcome));
        await using var check = database.NewContext();
        Assert.Equal(16, (await check.MembersAsync(project)).Count);
        var verification = await AuditLog.VerifyAsync(check);
        Assert.True(verification.Intact, verification.Problem);
        Assert.Equal(16, await check.AuditLog.CountAsync(r => r.Action == "member.add"));
    }

    public static TheoryData<DatabaseProvider, GlobalRole, string?, PeopleOutcome, string?> GlobalRoles()
    {
        var data = new TheoryData<DatabaseProvider, GlobalRole, string?, PeopleOutcome, string?>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            data.Add(provider, GlobalRole.Administrator, null, PeopleOutcome.Done, null);
            // A profile's key in any case, an alias, a name: all the same programme, stored by the profile's key.
            data.Add(provider, GlobalRole.FunderOfficial, "RRF", PeopleOutcome.Done, "rrf");
            data.Add(provider, GlobalRole.FunderOfficial, "kestavan-kasvun-ohjelma", PeopleOutcome.Done, "rrf");
            data.Add(provider, GlobalRole.FunderOfficial, "Hyvän työn ohjelma", PeopleOutcome.Done, "hyvan-tyon-ohjelma");
            // A programme no profile knows but a stored project names (TestPlans.Summary's key "test").
            data.Add(provider, GlobalRole.FunderOfficial, "test", PeopleOutcome.Done, "test");
            // A typo would make a funder official who sees nothing.
            data.Add(provider, GlobalRole.FunderOfficial, "rfr", PeopleOutcome.UnknownProgramme, null);
            data.Add(provider, GlobalRole.FunderOfficial, null, PeopleOutcome.ProgrammeRequired, null);
            data.Add(provider, GlobalRole.Administrator, "rrf", PeopleOutcome.ProgrammeNotForRole, null);
        }
        return data;
    }

    [Theory, MemberData(nameof(GlobalRoles))]
    public async Task A_global_role_is_stored_with_its_programme_normalised_or_refused(DatabaseProvider provider, GlobalRole role, string? programme, PeopleOutcome expected, string? storedKey)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var user = await People.AddUserAsync(database, "virkailija@example.fi");
        await People.AddProjectAsync(database);
        await using var db = database.NewContext();

        var result = await db.AddGlobalRoleAsync(user, role, programme);

        Assert.Equal(expected, result.Outcome);
        var access = await db.UserAccessAsync(user);
        if (!result.Succeeded)
        {
            Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM global_roles"));
            Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action <> 'project.create'"));
            Assert.False(access.IsAdministrator);
            Assert.Empty(access.FunderProgrammes);
            return;
        }
        Assert.Equal(role == GlobalRole.Administrator, access.IsAdministrator);
        Assert.Equal(storedKey is null ? [] : [storedKey], access.FunderProgrammes);
        Assert.Equal(PeopleOutcome.Unchanged, (await db.AddGlobalRoleAsync(user, role, programme)).Outcome);
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'role.add'"));
        Assert.Equal(PeopleOutcome.Done, (await db.RemoveGlobalRoleAsync(user, role, storedKey)).Outcome);
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM global_roles"));
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'role.remove'"));
    }

    // A plan that names its programme by an alias belongs to the funder of the profile's key.
    [Fact]
    public void A_funder_of_a_programme_funds_projects_that_name_it_by_an_alias()
    {
        var access = new AccountAccess("u", false, new HashSet<string> { "rrf" }, new Dictionary<int, ProjectMembership>());

        Assert.True(access.FundsProgramme("suomen-kestavan-kasvun-ohjelma"));
        Assert.True(access.FundsProgramme("RRF"));
        Assert.False(access.FundsProgramme("rakenneuudistus"));
        Assert.False(access.FundsProgramme(null));
        Assert.Equal(["rrf", "kestavan-kasvun-ohjelma", "suomen-kestavan-kasvun-ohjelma", "test"], FunderProgrammes.StoredKeysFor(["rrf", "test"]));
    }
}
