using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;

namespace Hankevahti.Web.Account;

/// <summary>
/// A change to one's own account (password, two-factor, tokens) and its audit entry in one transaction: Identity's
/// stores save through the same scoped <see cref="HankevahtiDb"/>, so the change and its entry are stored together or not at all.
/// </summary>
public static class AccountChange
{
    /// <summary>Runs <paramref name="change"/>; when <paramref name="succeeded"/> says it worked, appends <paramref name="audit"/> and commits, else rolls back.</summary>
    public static async Task<T> RunAsync<T>(HankevahtiDb db, Func<Task<T>> change, Func<T, bool> succeeded, Func<T, AuditEvent> audit, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await change();
        if (!succeeded(result))
        {
            await tx.RollbackAsync(ct);
            return result;
        }
        await AuditLog.AppendAsync(db, audit(result), ct);
        await tx.CommitAsync(ct);
        return result;
    }
}
