using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hankevahti.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hankevahti.Storage.Audit;

/// <summary>
/// The append-only, hash-chained audit trail. Each row's hash is the SHA-256 of its own fields and the
/// previous row's hash, and its id is the previous row's + 1: a row altered in the database no longer
/// matches its hash, and a row removed leaves a gap and a broken link (<see cref="VerifyAsync"/>).
/// Rows are appended one at a time (an advisory lock on PostgreSQL, SQLite's write lock), in the
/// transaction of the change they record, so that a change and its entry are stored together or not at all.
/// </summary>
public static class AuditLog
{
    /// <summary>The previous hash of the first row.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    // Any fixed number: it names the lock that keeps appends one after another on PostgreSQL.
    private const long AppendLock = 7_431_902_118;

    /// <summary>
    /// Appends <paramref name="e"/> as done by <see cref="HankevahtiDb.Actor"/>, in the current transaction
    /// when there is one (the change it records), else in a transaction of its own.
    /// </summary>
    public static async Task AppendAsync(HankevahtiDb db, AuditEvent e, CancellationToken ct = default)
    {
        if (db.Database.CurrentTransaction is { } current)
        {
            await AppendAsync(db, current.GetDbTransaction(), e, ct);
            return;
        }
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await AppendAsync(db, tx.GetDbTransaction(), e, ct);
            await tx.CommitAsync(ct);
        });
    }

    private static async Task AppendAsync(HankevahtiDb db, DbTransaction tx, AuditEvent e, CancellationToken ct)
    {
        var connection = tx.Connection!;
        var postgres = db.Database.IsNpgsql();
        if (postgres)
        {
            await SqlValues.ExecuteAsync(connection, tx, $"SELECT pg_advisory_xact_lock({AppendLock})", ct);
        }
        long lastId = 0;
        var previous = Genesis;
        await using (var last = connection.CreateCommand())
        {
            last.Transaction = tx;
            last.CommandText = "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1";
            await using var reader = await last.ExecuteReaderAsync(ct);
            if (await reader.ReadAsync(ct))
            {
                lastId = reader.GetInt64(0);
                previous = reader.GetString(1);
            }
        }
        var actor = db.Actor;
        var row = new AuditRow
        {
            Id = lastId + 1, At = SqlValues.Now(), UserId = actor.UserId, UserName = actor.UserName, Address = actor.Address,
            Action = e.Action, Outcome = e.Outcome, ProjectId = e.ProjectId, VersionNumber = e.VersionNumber, Item = e.Item,
            BeforeValue = e.Before, AfterValue = e.After, PreviousHash = previous,
        };
        row.Hash = HashOf(row);
        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText =
            "INSERT INTO audit_log (id, at, user_id, user_name, address, action, outcome, project_id, version_number, item, before_value, after_value, previous_hash, hash) " +
            "VALUES (@id, @at, @uid, @un, @ad, @ac, @oc, @p, @v, @it, @b, @a, @ph, @h)";
        SqlValues.Add(insert, "@id", row.Id);
        SqlValues.Add(insert, "@at", SqlValues.Timestamp(db, row.At));
        SqlValues.Add(insert, "@uid", (object?)row.UserId ?? DBNull.Value);
        SqlValues.Add(insert, "@un", (object?)row.UserName ?? DBNull.Value);
        SqlValues.Add(insert, "@ad", (object?)row.Address ?? DBNull.Value);
        SqlValues.Add(insert, "@ac", row.Action);
        SqlValues.Add(insert, "@oc", row.Outcome);
        SqlValues.Add(insert, "@p", (object?)row.ProjectId ?? DBNull.Value);
        SqlValues.Add(insert, "@v", (object?)row.VersionNumber ?? DBNull.Value);
        SqlValues.Add(insert, "@it", (object?)row.Item ?? DBNull.Value);
        SqlValues.Add(insert, "@b", (object?)row.BeforeValue ?? DBNull.Value);
        SqlValues.Add(insert, "@a", (object?)row.AfterValue ?? DBNull.Value);
        SqlValues.Add(insert, "@ph", row.PreviousHash);
        SqlValues.Add(insert, "@h", row.Hash);
        await insert.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The row's hash: SHA-256 of its fields (a JSON array, so that no two rows write the same text) and the previous hash.</summary>
    public static string HashOf(AuditRow row)
    {
        var fields = new object?[]
        {
            row.Id, row.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            row.UserId, row.UserName, row.Address, row.Action, row.Outcome, row.ProjectId, row.VersionNumber,
            row.Item, row.BeforeValue, row.AfterValue, row.PreviousHash,
        };
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(fields))));
    }

    /// <summary>
    /// Walks the whole log in order and names the first row that is not as it was written: altered (its hash
    /// does not match its fields), removed (a gap in the ids, or a link to a hash that is not the previous row's).
    /// </summary>
    public static async Task<AuditVerification> VerifyAsync(HankevahtiDb db, CancellationToken ct = default)
    {
        long count = 0;
        long expectedId = 1;
        var previous = Genesis;
        await foreach (var row in db.AuditLog.AsNoTracking().OrderBy(r => r.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (row.Id != expectedId)
            {
                return new AuditVerification(count, expectedId,
                    row.Id > expectedId
                        ? string.Create(CultureInfo.InvariantCulture, $"row {expectedId} is missing: row {row.Id} follows row {expectedId - 1}")
                        : string.Create(CultureInfo.InvariantCulture, $"row {row.Id} is out of order"));
            }
            if (row.PreviousHash != previous)
            {
                return new AuditVerification(count, row.Id, string.Create(CultureInfo.InvariantCulture, $"row {row.Id} does not follow the row before it (a row was removed or replaced)"));
            }
            if (HashOf(row) != row.Hash)
            {
                return new AuditVerification(count, row.Id, string.Create(CultureInfo.InvariantCulture, $"row {row.Id} was altered: its contents do not match its hash"));
            }
            previous = row.Hash;
            expectedId++;
            count++;
        }
        return new AuditVerification(count, null, null);
    }
}

/// <summary>What <see cref="AuditLog.VerifyAsync"/> found: the rows that verified, and the first bad row with the problem.</summary>
public sealed record AuditVerification(long RowsVerified, long? FirstBadRow, string? Problem)
{
    public bool Intact => FirstBadRow is null;
}
