using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.People;

/// <summary>The people tables' mapping: every column written through EF reads back equal in a new context.</summary>
public class PeopleStoreTests
{
    private static readonly DateTimeOffset Created = new DateTimeOffset(2026, 3, 1, 8, 30, 15, 123, TimeSpan.Zero).AddTicks(4560);
    private static readonly DateTimeOffset Later = new(2026, 11, 30, 22, 0, 59, 999, TimeSpan.Zero);

    [Theory, BothProviders]
    public async Task A_row_with_every_column_set_reads_back_equal_in_a_new_context(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var project = await People.AddProjectAsync(database);
        var user = new UserAccount
        {
            Id = "u-1", UserName = "åsa@example.fi", NormalizedUserName = "ÅSA@EXAMPLE.FI", Email = "åsa@example.fi", NormalizedEmail = "ÅSA@EXAMPLE.FI",
            EmailConfirmed = true, PasswordHash = "hash", SecurityStamp = "stamp", ConcurrencyStamp = "concurrency", PhoneNumber = "+358 40 123",
            PhoneNumberConfirmed = true, TwoFactorEnabled = true, LockoutEnd = Later, LockoutEnabled = true, AccessFailedCount = 3,
            DisplayName = "Åsa Öhman", CreatedAt = Created, DisabledAt = Later,
        };
        await using (var db = database.NewContext())
        {
            db.Users.Add(user);
            db.GlobalRoles.Add(new GlobalRoleRow { UserId = "u-1", Role = "funder", ProgrammeKey = "rrf", AddedAt = Created });
            db.ProjectMembers.Add(new ProjectMemberRow { ProjectId = project, UserId = "u-1", Role = "co-implementer", Organisation = "HUS", AddedAt = Created });
            db.ApiTokens.Add(new ApiTokenRow { UserId = "u-1", Name = "skripti", TokenHash = new string('a', 64), CreatedAt = Created, LastUsedAt = Later, RevokedAt = Later });
            await db.SaveChangesAsync();
            db.Actor = new Actor("u-1", "åsa@example.fi", "2001:db8::1");
            await AuditLog.AppendAsync(db, new AuditEvent("member.add", AuditOutcomes.Refused, project, 4, "HUS, \"rivi\"", "ennen\nä", "jälkeen"));
        }

        await using (var db = database.NewContext())
        {
            var read = await db.Users.SingleAsync();
            Assert.Equal(
                (user.Id, user.UserName, user.NormalizedUserName, user.Email, user.NormalizedEmail, user.EmailConfirmed, user.PasswordHash, user.SecurityStamp,
                    user.ConcurrencyStamp, user.PhoneNumber, user.PhoneNumberConfirmed, user.TwoFactorEnabled, user.LockoutEnabled, user.AccessFailedCount, user.DisplayName),
                (read.Id, read.UserName, read.NormalizedUserName, read.Email, read.NormalizedEmail, read.EmailConfirmed, read.PasswordHash, read.SecurityStamp,
                    read.ConcurrencyStamp, read.PhoneNumber, read.PhoneNumberConfirmed, read.TwoFactorEnabled, read.LockoutEnabled, read.AccessFailedCount, read.DisplayName));
            Assert.Equal(Later.UtcTicks, read.LockoutEnd!.Value.UtcTicks);
            Assert.Equal(Created.UtcTicks, read.CreatedAt.UtcTicks);
            Assert.Equal(Later.UtcTicks, read.DisabledAt!.Value.UtcTicks);

            var role = await db.GlobalRoles.SingleAsync();
            Assert.Equal(("u-1", "funder", "rrf", Created.UtcTicks), (role.UserId, role.Role, role.ProgrammeKey, role.AddedAt.UtcTicks));
            var member = await db.ProjectMembers.SingleAsync();
            Assert.Equal((project, "u-1", "co-implementer", "HUS", Created.UtcTicks), (member.ProjectId, member.UserId, member.Role, member.Organisation, member.AddedAt.UtcTicks));
            var token = await db.ApiTokens.SingleAsync();
            Assert.Equal(("u-1", "skripti", new string('a', 64), Created.UtcTicks, Later.UtcTicks, Later.UtcTicks),
                (token.UserId, token.Name, token.TokenHash, token.CreatedAt.UtcTicks, token.LastUsedAt!.Value.UtcTicks, token.RevokedAt!.Value.UtcTicks));

            // Row 1 is the project's creation.
            var audit = await db.AuditLog.SingleAsync(r => r.Action == "member.add");
            var first = await db.AuditLog.SingleAsync(r => r.Id == 1);
            Assert.Equal((2L, "u-1", "åsa@example.fi", "2001:db8::1", "member.add", "refused", project, 4, "HUS, \"rivi\"", "ennen\nä", "jälkeen", first.Hash),
                (audit.Id, audit.UserId, audit.UserName, audit.Address, audit.Action, audit.Outcome, audit.ProjectId!.Value, audit.VersionNumber!.Value, audit.Item,
                    audit.BeforeValue, audit.AfterValue, audit.PreviousHash));
            // Read back through EF, the row still hashes to what was written: the timestamp survived to the microsecond.
            Assert.Equal(audit.Hash, AuditLog.HashOf(audit));
        }
    }

    // Deleting an account deletes its roles, memberships and tokens but not its audit rows, which outlive it.
    [Theory, BothProviders]
    public async Task Deleting_a_user_takes_its_roles_and_tokens_but_not_its_history(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var project = await People.AddProjectAsync(database);
        var user = await People.AddUserAsync(database, "aino@example.fi");
        await using (var db = database.NewContext())
        {
            await db.SetMemberAsync(project, user, Hankevahti.People.ProjectRole.Editor, null);
            await db.AddGlobalRoleAsync(user, Hankevahti.People.GlobalRole.Administrator, null);
            await db.CreateApiTokenAsync(user, "skripti");
        }

        await database.ExecuteAsync($"DELETE FROM users WHERE id = '{user}'");

        foreach (var table in new[] { "project_members", "global_roles", "api_tokens" })
        {
            Assert.Equal(0, await database.CountAsync($"SELECT COUNT(*) FROM {table}"));
        }
        Assert.Equal(3, await database.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action <> 'project.create'"));
    }
}
