using Hankevahti.People;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.People;

/// <summary>
/// Accounts as an administrator handles them: added (with a password, or without one to be set through an
/// invitation), listed, disabled. Identity's <see cref="UserManager{TUser}"/> applies the rules of
/// <see cref="PeopleServices"/>; each change is written in one transaction with its audit entry.
/// </summary>
/// <remarks>
/// <c>db</c> must be the context the user manager's store works on (the same service scope), so that Identity's
/// writes and the audit entry share the transaction.
/// </remarks>
public static class Accounts
{
    /// <summary>
    /// Adds an account for <paramref name="email"/> (also its user name), with <paramref name="password"/> or, when
    /// that is null, without a password (an invitation sets it). A global role may be given with it. Refused, with
    /// nothing stored, for an address that is taken or not an address, a password Identity's rules refuse, or a role
    /// whose programme is missing or unknown.
    /// </summary>
    public static async Task<AccountResult> AddUserAsync(this UserManager<UserAccount> users, HankevahtiDb db, string email, string? password,
        string? displayName = null, GlobalRole? role = null, string? programme = null, CancellationToken ct = default)
    {
        email = email.Trim();
        string? programmeKey = null;
        if (role is { } r)
        {
            var (key, refusal) = await Memberships.ProgrammeForAsync(db, r, programme, ct);
            if (refusal is not null)
            {
                return new AccountResult(AccountOutcome.RoleRefused, refusal.Message, null);
            }
            programmeKey = key;
        }
        var user = new UserAccount
        {
            UserName = email, Email = email, DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim(),
            CreatedAt = SqlValues.Now(),
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        IdentityResult created;
        try
        {
            created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        }
        catch (DbUpdateException)
        {
            // The same address added at the same moment by someone else: the unique index refused this one.
            await tx.RollbackAsync(ct);
            return new AccountResult(AccountOutcome.Refused, $"an account for {email} already exists", null);
        }
        if (!created.Succeeded)
        {
            await tx.RollbackAsync(ct);
            return new AccountResult(AccountOutcome.Refused, Describe(created, email), null);
        }
        if (role is { } given)
        {
            await Memberships.InsertGlobalRoleAsync(db, user.Id, given, programmeKey, ct);
        }
        var after = role is { } g ? $"{email}; {Memberships.Describe(g, programmeKey)}" : email;
        await AuditLog.AppendAsync(db, new AuditEvent("user.add", Item: email, After: password is null ? after + "; invited" : after), ct);
        await tx.CommitAsync(ct);
        return new AccountResult(AccountOutcome.Done, $"added {email}", user);
    }

    /// <summary>
    /// Disables the account of <paramref name="email"/>: it can no longer sign in, and a new security stamp ends the
    /// sessions it has (their cookies are checked against the stamp). Its memberships, tokens and history stay.
    /// </summary>
    public static async Task<AccountResult> DisableUserAsync(this UserManager<UserAccount> users, HankevahtiDb db, string email, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            await tx.RollbackAsync(ct);
            return new AccountResult(AccountOutcome.NoSuchUser, $"no user with e-mail {email.Trim()}", null);
        }
        if (user.DisabledAt is not null)
        {
            await tx.RollbackAsync(ct);
            return new AccountResult(AccountOutcome.Unchanged, $"{user.Email} is already disabled", user);
        }
        user.DisabledAt = SqlValues.Now();
        var updated = await users.UpdateSecurityStampAsync(user);
        if (!updated.Succeeded)
        {
            await tx.RollbackAsync(ct);
            return new AccountResult(AccountOutcome.Refused, Describe(updated, user.Email ?? email), null);
        }
        await AuditLog.AppendAsync(db, new AuditEvent("user.disable", Item: user.Email, Before: "enabled", After: "disabled"), ct);
        await tx.CommitAsync(ct);
        return new AccountResult(AccountOutcome.Done, $"disabled {user.Email}", user);
    }

    /// <summary>Every account with its roles across projects, by e-mail.</summary>
    public static async Task<IReadOnlyList<AccountSummary>> ListUsersAsync(this HankevahtiDb db, CancellationToken ct = default)
    {
        var users = await db.Users.AsNoTracking().ToListAsync(ct);
        var roles = (await db.GlobalRoles.AsNoTracking().ToListAsync(ct)).ToLookup(r => r.UserId);
        return users
            .Select(u => new AccountSummary(u.Id, u.Email ?? u.UserName ?? "", u.DisplayName,
                roles[u.Id].Select(r => r.ProgrammeKey is null ? r.Role : $"{r.Role} {r.ProgrammeKey}").Order(StringComparer.Ordinal).ToList(),
                u.DisabledAt is not null, u.TwoFactorEnabled, u.PasswordHash is not null))
            .OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>Identity's error descriptions as one line.</summary>
    public static string Describe(IdentityResult result, string email)
    {
        // Identity says "Username 'x' is already taken." and "Email 'x' is already taken." for one address.
        if (result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
        {
            return $"an account for {email} already exists";
        }
        return string.Join(" ", result.Errors.Select(e => e.Description.Trim()).Distinct());
    }
}

public enum AccountOutcome
{
    Done,
    Unchanged,
    NoSuchUser,
    /// <summary>Identity refused it: the address is taken or not an address, or the password is too weak.</summary>
    Refused,
    /// <summary>The role given with a new account: a funder official without a known programme, an administrator with one.</summary>
    RoleRefused,
}

/// <summary>How an account change went, a one-line message, and the account when there is one.</summary>
public sealed record AccountResult(AccountOutcome Outcome, string Message, UserAccount? User)
{
    public bool Succeeded => Outcome is AccountOutcome.Done or AccountOutcome.Unchanged;
}

/// <summary>An account as the users list shows it; roles as "admin", "funder rrf".</summary>
public sealed record AccountSummary(string Id, string Email, string? DisplayName, IReadOnlyList<string> Roles, bool Disabled, bool TwoFactor, bool HasPassword);
