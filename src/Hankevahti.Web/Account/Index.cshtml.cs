using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Account;

/// <summary>The user's own account: who they are, the roles they hold and where, whether two-factor is on, and the account's other pages.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class AccountModel(UserManager<UserAccount> users, RequestAccess access, HankevahtiDb db) : PageModel
{
    /// <summary>Null for the local owner, who has no account.</summary>
    public UserAccount? Account { get; private set; }

    public UserAccess Access { get; private set; } = UserAccess.SignedOut;

    public bool TwoFactor { get; private set; }

    public IReadOnlyList<ProjectRoleLine> Projects { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Access = await access.CurrentAsync(ct);
        Account = await AccountUser.CurrentAsync(users, User);
        if (Account is null)
        {
            return;
        }
        TwoFactor = await users.GetTwoFactorEnabledAsync(Account);
        var ids = Access.Memberships.Keys.ToList();
        var names = await db.Projects.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        Projects = [.. Access.Memberships
            .Where(m => names.ContainsKey(m.Key))
            .Select(m => new ProjectRoleLine(m.Key, names[m.Key], m.Value.Role, m.Value.Organisation))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)];
    }
}

public sealed record ProjectRoleLine(int ProjectId, string Name, ProjectRole Role, string? Organisation);
