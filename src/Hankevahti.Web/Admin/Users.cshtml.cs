using System.Globalization;
using Hankevahti.People;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Hankevahti.Web.People;
using Hankevahti.Web.Security;
using Hankevahti.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Admin;

/// <summary>
/// The administrator's list of accounts (/admin/users): e-mail, roles across projects, whether disabled and
/// whether two-factor is on; disabling an account (it cannot sign in, its cookies stop working at the next
/// security-stamp check), and giving or taking the administrator's and a programme's funder official's role.
/// No project content here: administering users is not reading plans. Each change is stored with its audit entry.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public sealed class UsersModel(HankevahtiDb db, UserManager<UserAccount> users, RequestAccess access, IStringLocalizer<PeopleText> text) : PageModel
{
    public sealed record Row(string Id, string Email, IReadOnlyList<(string Role, string? Programme)> Roles, bool Disabled, bool TwoFactor);

    public IReadOnlyList<Row> Accounts { get; private set; } = [];

    /// <summary>The programmes a funder official can follow: the programme keys the stored projects have.</summary>
    public IReadOnlyList<string> Programmes { get; private set; } = [];

    [BindProperty]
    public string? UserId { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public string? Programme { get; set; }

    public string? Error { get; private set; }

    /// <summary>The account the error is about, whose row shows it.</summary>
    public string? ErrorFor { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    [HandlerPolicy(Policies.Administer)]
    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (await FindAsync() is not { } user)
        {
            return Refuse(text["NoSuchUser"]);
        }
        var email = user.Email ?? user.Id;
        if (user.DisabledAt is not null)
        {
            return Refuse(Format("AlreadyDisabled", email));
        }
        if (user.Id == (await access.CurrentAsync(ct)).UserId)
        {
            return Refuse(text["NotYourself"]);
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await IsLastAdministratorAsync(user.Id, ct))
        {
            return Refuse(text["LastAdministrator"]);
        }
        user.DisabledAt = DateTimeOffset.UtcNow;
        // A new stamp: the account's cookies fail their next validation, so a session already open ends too.
        var updated = await users.UpdateSecurityStampAsync(user);
        if (!updated.Succeeded)
        {
            return Refuse(string.Join(" ", updated.Errors.Select(e => e.Description)));
        }
        await AuditLog.AppendAsync(db, new AuditEvent("user.disable", Item: email, Before: "active", After: "disabled"), ct);
        await tx.CommitAsync(ct);
        return Redirected(Format("AccountDisabled", email));
    }

    [HandlerPolicy(Policies.Administer)]
    public async Task<IActionResult> OnPostGiveAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (await FindAsync() is not { } user)
        {
            return Refuse(text["NoSuchUser"]);
        }
        if (Read() is not { } role)
        {
            return Refuse(text["ProgrammeRequired"]);
        }
        var email = user.Email ?? user.Id;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var name = RoleNames.Name(role.Role);
        if (await db.GlobalRoles.AnyAsync(r => r.UserId == user.Id && r.Role == name && r.ProgrammeKey == role.Programme, ct))
        {
            return Refuse(Format("AlreadyHasRole", email));
        }
        db.GlobalRoles.Add(new GlobalRoleRow { UserId = user.Id, Role = name, ProgrammeKey = role.Programme, AddedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(ct);
        await AuditLog.AppendAsync(db, new AuditEvent("role.add", Item: email, After: Describe(name, role.Programme)), ct);
        await tx.CommitAsync(ct);
        return Redirected(Format("RoleGiven", email, RoleText(name, role.Programme)));
    }

    [HandlerPolicy(Policies.Administer)]
    public async Task<IActionResult> OnPostTakeAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (await FindAsync() is not { } user)
        {
            return Refuse(text["NoSuchUser"]);
        }
        if (Read(anyProgramme: true) is not { } role)
        {
            return Refuse(text["ProgrammeRequired"]);
        }
        var email = user.Email ?? user.Id;
        var name = RoleNames.Name(role.Role);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (role.Role == GlobalRole.Administrator && await IsLastAdministratorAsync(user.Id, ct))
        {
            return Refuse(text["LastAdministrator"]);
        }
        var removed = await db.GlobalRoles.Where(r => r.UserId == user.Id && r.Role == name && r.ProgrammeKey == role.Programme).ExecuteDeleteAsync(ct);
        if (removed == 0)
        {
            return Refuse(Format("NoSuchRole", email));
        }
        await AuditLog.AppendAsync(db, new AuditEvent("role.remove", Item: email, Before: Describe(name, role.Programme)), ct);
        await tx.CommitAsync(ct);
        return Redirected(Format("RoleTaken", email, RoleText(name, role.Programme)));
    }

    /// <summary>A role as the page shows it: "Ylläpitäjä", "Rahoittajan virkailija (esr)".</summary>
    public string RoleText(string role, string? programme) =>
        role == RoleNames.AdministratorName ? text["GlobalRole.admin"] : Format("GlobalRole.funder", programme ?? Fi.None);

    private static string Describe(string role, string? programme) => programme is null ? role : $"{role} {programme}";

    /// <summary>The posted role: the administrator's (no programme), or a funder official's of one of the projects' programmes.</summary>
    private (GlobalRole Role, string? Programme)? Read(bool anyProgramme = false)
    {
        if (!RoleNames.TryGlobalRole(Role, out var role))
        {
            return null;
        }
        if (role == GlobalRole.Administrator)
        {
            return (role, null);
        }
        var programme = Programme?.Trim();
        // Taking a role away takes any programme the account has, also one no project has any longer.
        return !string.IsNullOrEmpty(programme) && (anyProgramme || Programmes.Contains(programme, StringComparer.Ordinal)) ? (role, programme) : null;
    }

    private async Task<bool> IsLastAdministratorAsync(string userId, CancellationToken ct)
    {
        var admin = RoleNames.AdministratorName;
        var administrators = await (from r in db.GlobalRoles
                                    join u in db.Users on r.UserId equals u.Id
                                    where r.Role == admin && u.DisabledAt == null
                                    select r.UserId).Distinct().ToListAsync(ct);
        return administrators.Count == 1 && administrators[0] == userId;
    }

    private async Task<UserAccount?> FindAsync() => string.IsNullOrEmpty(UserId) ? null : await users.FindByIdAsync(UserId);

    private async Task LoadAsync(CancellationToken ct)
    {
        var accounts = await db.Users.AsNoTracking()
            .Select(u => new { u.Id, u.Email, u.DisabledAt, u.TwoFactorEnabled })
            .ToListAsync(ct);
        var roles = await db.GlobalRoles.AsNoTracking().Select(r => new { r.UserId, r.Role, r.ProgrammeKey }).ToListAsync(ct);
        Accounts = accounts
            .Select(a => new Row(
                a.Id,
                a.Email ?? a.Id,
                roles.Where(r => r.UserId == a.Id).OrderBy(r => r.Role, StringComparer.Ordinal).ThenBy(r => r.ProgrammeKey, StringComparer.Ordinal).Select(r => (r.Role, r.ProgrammeKey)).ToList(),
                a.DisabledAt is not null,
                a.TwoFactorEnabled))
            .OrderBy(a => a.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
        Programmes = (await db.Projects.AsNoTracking().Where(p => p.ProgrammeKey != null).Select(p => p.ProgrammeKey!).Distinct().ToListAsync(ct))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private IActionResult Refuse(string message)
    {
        Error = message;
        ErrorFor = UserId;
        return Page();
    }

    private IActionResult Redirected(string message)
    {
        Done = message;
        return LocalRedirect("/admin/users");
    }

    private string Format(string key, params object[] values) => string.Format(CultureInfo.CurrentCulture, text[key], values);
}
