using System.Security.Cryptography;
using Hankevahti.People;
using Hankevahti.Plans;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Hankevahti.Storage.Projects;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hankevahti.Web.Shared;

/// <summary>
/// A user per role on the demo project, made by `hankevahti serve` when it stored the demo on an empty
/// database, so that a newcomer can sign in as each and see what each sees. Their passwords are random and
/// printed once; they are for trying the app on one's own machine.
/// </summary>
public static class DemoAccounts
{
    /// <summary>One demo account: its address, what it is, and its password.</summary>
    public sealed record Account(string Email, string Role, string Password);

    // .invalid is reserved (RFC 2606): no mail is ever sent to these addresses.
    public const string Domain = "demo.invalid";

    public static async Task<IReadOnlyList<Account>> CreateAsync(IServiceProvider services, int projectId, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HankevahtiDb>();
        db.Actor = new Actor(null, "demo", "local");
        if (await db.Users.AnyAsync(ct))
        {
            return [];
        }
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var project = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == projectId, ct);
        var plan = (await db.LatestPlanAsync(projectId, ct))?.Plan;
        // The co-implementer is the plan's second organisation (the lead applicant is the first), when it has one.
        var partner = plan?.Organisations.Skip(1).FirstOrDefault()?.Name;
        var made = new List<Account>();
        async Task<UserAccount> AddAsync(string local, string role)
        {
            var password = Password();
            var user = new UserAccount { UserName = $"{local}@{Domain}", Email = $"{local}@{Domain}", EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow, DisplayName = role };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            }
            made.Add(new Account(user.Email, role, password));
            return user;
        }
        var now = DateTimeOffset.UtcNow;
        foreach (var (local, role, organisation) in new (string, ProjectRole, string?)[]
        {
            ("projektipaallikko", ProjectRole.Manager, null),
            ("muokkaaja", ProjectRole.Editor, null),
            ("osatoteuttaja", ProjectRole.CoImplementer, partner),
            ("ohjausryhma", ProjectRole.SteeringGroup, null),
            ("lukija", ProjectRole.Reader, null),
        })
        {
            if (role == ProjectRole.CoImplementer && organisation is null)
            {
                continue;
            }
            var user = await AddAsync(local, RoleNames.Name(role) + (organisation is null ? "" : $" ({organisation})"));
            db.ProjectMembers.Add(new ProjectMemberRow { ProjectId = projectId, UserId = user.Id, Role = RoleNames.Name(role), Organisation = organisation, AddedAt = now });
        }
        if (project.ProgrammeKey is { } programme)
        {
            var funder = await AddAsync("rahoittaja", $"{RoleNames.FunderName} ({programme})");
            db.GlobalRoles.Add(new GlobalRoleRow { UserId = funder.Id, Role = RoleNames.FunderName, ProgrammeKey = FunderProgrammes.Normalise(programme), AddedAt = now });
        }
        var admin = await AddAsync("yllapitaja", RoleNames.AdministratorName);
        db.GlobalRoles.Add(new GlobalRoleRow { UserId = admin.Id, Role = RoleNames.AdministratorName, AddedAt = now });
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await AuditLog.AppendAsync(db, new AuditEvent("demo.accounts", ProjectId: projectId, After: string.Join(", ", made.Select(m => m.Email))), ct);
        await tx.CommitAsync(ct);
        return made;
    }

    // 16 characters of an alphabet without look-alikes (no 0/O, 1/l/I): easy to type from the console.
    private static string Password()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(16, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }
}
