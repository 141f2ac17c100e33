using System.Security.Cryptography;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Hankevahti.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Account;

/// <summary>
/// Personal API tokens for the tokens page: "hv_" and 32 random bytes in base64url, shown once; only the hash that
/// <see cref="ApiTokenAuthentication"/> looks up is stored. Stands in for Storage's ApiTokens (branch h/peoplecli)
/// until that is merged: same table, same hash, same audit actions, so the page can switch to it unchanged.
/// </summary>
public static class AccountTokens
{
    public const int MaxNameLength = 100;

    public static async Task<(ApiTokenRow Row, string Token)> CreateAsync(HankevahtiDb db, string userId, string email, string name, CancellationToken ct)
    {
        var token = "hv_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var row = new ApiTokenRow { UserId = userId, Name = name, TokenHash = ApiTokenAuthentication.Hash(token), CreatedAt = Now() };
        await AccountChange.RunAsync(db, async () =>
        {
            db.ApiTokens.Add(row);
            await db.SaveChangesAsync(ct);
            return true;
        }, ok => ok, _ => new AuditEvent("token.create", Item: email, After: $"token {row.Id} '{name}'"), ct);
        db.Entry(row).State = EntityState.Detached;
        return (row, token);
    }

    /// <summary>The user's tokens, newest first, revoked ones too.</summary>
    public static async Task<IReadOnlyList<ApiTokenRow>> ListAsync(HankevahtiDb db, string userId, CancellationToken ct)
    {
        var rows = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(ct);
        return [.. rows.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)];
    }

    /// <summary>Revokes the user's own token <paramref name="tokenId"/>; null when there is no such token of theirs still valid.</summary>
    public static async Task<string?> RevokeAsync(HankevahtiDb db, string userId, string email, int tokenId, CancellationToken ct)
    {
        var row = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId && t.RevokedAt == null, ct);
        if (row is null)
        {
            return null;
        }
        var now = Now();
        var changed = await AccountChange.RunAsync(db,
            () => db.ApiTokens.Where(t => t.Id == tokenId && t.UserId == userId && t.RevokedAt == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct),
            n => n == 1,
            _ => new AuditEvent("token.revoke", Item: email, Before: $"token {tokenId} '{row.Name}'", After: "revoked"), ct);
        return changed == 1 ? row.Name : null;
    }

    // As Storage's SqlValues.Now (internal there): UTC, whole microseconds, so both databases keep the same value.
    private static DateTimeOffset Now()
    {
        var now = DateTimeOffset.UtcNow;
        return new DateTimeOffset(now.Ticks - now.Ticks % 10, TimeSpan.Zero);
    }
}
