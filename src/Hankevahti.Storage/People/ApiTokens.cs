using System.Security.Cryptography;
using System.Text;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.People;

/// <summary>
/// Personal API tokens: "hv_" and 32 random bytes in base64url, shown once when made. Only the token's SHA-256 is
/// kept, so a copy of the database does not give anyone a working token. A token stops working when revoked or
/// when its user is disabled.
/// </summary>
public static class ApiTokens
{
    public const string Prefix = "hv_";

    /// <summary>The longest name a token may have (what it is for: "reporting script").</summary>
    public const int MaxNameLength = 100;

    /// <summary>How often the time a token was last used is written: each request writing it would make every API read a write.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>Makes a token named <paramref name="name"/> for <paramref name="userId"/>; the result holds the token, which is not stored anywhere.</summary>
    public static async Task<ApiTokenCreation> CreateApiTokenAsync(this HankevahtiDb db, string userId, string name, CancellationToken ct = default)
    {
        name = name.Trim();
        if (name.Length == 0)
        {
            return new ApiTokenCreation(ApiTokenOutcome.NameRequired, "a token needs a name that says what it is for", null, null);
        }
        if (name.Length > MaxNameLength)
        {
            return new ApiTokenCreation(ApiTokenOutcome.NameTooLong, $"a token's name has at most {MaxNameLength} characters", null, null);
        }
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.DisabledAt }).SingleOrDefaultAsync(ct);
        if (user is null)
        {
            return new ApiTokenCreation(ApiTokenOutcome.NoSuchUser, $"no user with id {userId}", null, null);
        }
        if (user.DisabledAt is not null)
        {
            return new ApiTokenCreation(ApiTokenOutcome.UserDisabled, $"{user.Email} is disabled", null, null);
        }
        var token = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var row = new ApiTokenRow { UserId = userId, Name = name, TokenHash = Hash(token), CreatedAt = SqlValues.Now() };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.ApiTokens.Add(row);
        await db.SaveChangesAsync(ct);
        await AuditLog.AppendAsync(db, new AuditEvent("token.create", Item: user.Email, After: $"token {row.Id} '{name}'"), ct);
        await tx.CommitAsync(ct);
        db.Entry(row).State = EntityState.Detached;
        return new ApiTokenCreation(ApiTokenOutcome.Done, $"token {row.Id} made for {user.Email}", Info(row), token);
    }

    /// <summary>A user's tokens, newest first, revoked ones too (their hashes are not given out).</summary>
    public static async Task<IReadOnlyList<ApiTokenInfo>> ApiTokensAsync(this HankevahtiDb db, string userId, CancellationToken ct = default)
    {
        var rows = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(ct);
        return rows.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Select(Info).ToList();
    }

    /// <summary>Revokes token <paramref name="tokenId"/> of <paramref name="userId"/> (a user revokes only their own; an administrator's page passes the owner).</summary>
    public static async Task<ApiTokenOutcome> RevokeApiTokenAsync(this HankevahtiDb db, string userId, int tokenId, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var row = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, ct);
        if (row is null)
        {
            await tx.RollbackAsync(ct);
            return ApiTokenOutcome.NoSuchToken;
        }
        if (row.RevokedAt is not null)
        {
            await tx.RollbackAsync(ct);
            return ApiTokenOutcome.Unchanged;
        }
        var now = SqlValues.Now();
        var changed = await db.ApiTokens.Where(t => t.Id == tokenId && t.RevokedAt == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
        if (changed == 0)
        {
            await tx.RollbackAsync(ct);
            return ApiTokenOutcome.Unchanged;
        }
        var email = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(ct);
        await AuditLog.AppendAsync(db, new AuditEvent("token.revoke", Item: email ?? userId, Before: $"token {tokenId} '{row.Name}'", After: "revoked"), ct);
        await tx.CommitAsync(ct);
        return ApiTokenOutcome.Done;
    }

    /// <summary>
    /// The user a token belongs to, or null when the token is unknown, revoked, or its user is disabled. Notes the
    /// time of use, at most once a <see cref="LastUsedResolution"/>.
    /// </summary>
    public static async Task<UserAccount?> FindUserByTokenAsync(this HankevahtiDb db, string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(token) || !token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 200)
        {
            return null;
        }
        var hash = Hash(token);
        var found = await (from t in db.ApiTokens.AsNoTracking()
                           join u in db.Users.AsNoTracking() on t.UserId equals u.Id
                           where t.TokenHash == hash && t.RevokedAt == null && u.DisabledAt == null
                           select new { t.Id, t.LastUsedAt, User = u })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }
        var now = SqlValues.Now();
        if (found.LastUsedAt is not { } last || now - last >= LastUsedResolution)
        {
            // Not audited: use is not a change. Only the request that still sees the value it read writes it, so
            // requests at the same moment write once (an equality, which SQLite compares as EF stored it).
            var seen = found.LastUsedAt;
            await db.ApiTokens.Where(t => t.Id == found.Id && t.LastUsedAt == seen)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), ct);
        }
        return found.User;
    }

    /// <summary>The SHA-256 of a token in lower-case hex, as api_tokens.token_hash keeps it.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static ApiTokenInfo Info(ApiTokenRow t) => new(t.Id, t.Name, t.CreatedAt, t.LastUsedAt, t.RevokedAt);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public enum ApiTokenOutcome { Done, Unchanged, NoSuchUser, UserDisabled, NameRequired, NameTooLong, NoSuchToken }

/// <summary>A token as its owner's list shows it.</summary>
public sealed record ApiTokenInfo(int Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
{
    public bool Revoked => RevokedAt is not null;
}

/// <summary>The outcome of making a token; <see cref="Token"/> is the token itself, to show once.</summary>
public sealed record ApiTokenCreation(ApiTokenOutcome Outcome, string Message, ApiTokenInfo? Info, string? Token);
