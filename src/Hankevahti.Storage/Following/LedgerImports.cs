using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Hankevahti.Following;
using Hankevahti.Following.Ledger;
using Hankevahti.Plans;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Hankevahti.Storage.Following;

/// <summary>What became of a ledger import.</summary>
public enum LedgerImportOutcome { Imported, NotFound, UnknownOrganisation, Refused }

/// <summary>
/// The outcome of <see cref="LedgerImports.ImportAsync"/>: how many rows the file had and how many were new,
/// what they add up to, or why the file was refused (then nothing of it is stored).
/// </summary>
public sealed record LedgerImportResult(LedgerImportOutcome Outcome, string? Organisation, int ImportId, int RowsRead, int RowsAdded,
    LedgerSummary? Summary, IReadOnlyList<LedgerError> Errors, IReadOnlyList<string> Organisations);

/// <summary>
/// Storing a ledger export of one organisation of a project (docs/following.md, "Ledger import"): the
/// ledger_imports row, its actual_costs rows and the audit entry in one transaction. Rows are keyed by
/// (project, organisation, voucher, line), so the same export imported again, or by several clients at once, adds
/// each row once. Bulk: PostgreSQL copies the rows not yet stored in
/// binary straight into the table (the project row locked meanwhile); SQLite runs one prepared single-row INSERT
/// ... ON CONFLICT DO NOTHING per row.
/// </summary>
public static class LedgerImports
{
    public const string AuditAction = "costs.import";

    private const string Columns = "project_id, import_id, organisation, voucher, line, booked_on, account, account_name, cost_centre, part_code, category, amount, text";
    private const int ColumnCount = 13;

    // The stored names of the categories, made once rather than per row.
    private static readonly string[] CategoryNames = Enum.GetValues<CostCategory>().OrderBy(c => (int)c).Select(FollowUpNames.Category).ToArray();

    /// <summary>
    /// Reads <paramref name="file"/> with the organisation's saved mapping (and <paramref name="extra"/> laid over
    /// it) and stores it. <paramref name="organisation"/> null: the plan's lead applicant.
    /// </summary>
    public static async Task<LedgerImportResult> ImportAsync(HankevahtiDb db, int projectId, string? organisation, string fileName, Stream file,
        LedgerMapping? extra = null, CancellationToken ct = default)
    {
        var stored = await db.LatestPlanAsync(projectId, ct);
        if (stored?.Plan is not { } plan)
        {
            return new LedgerImportResult(LedgerImportOutcome.NotFound, organisation, 0, 0, 0, null, [], []);
        }
        var names = plan.Organisations.Select(o => o.Name).Where(n => n.Length > 0).ToList();
        var org = OrganisationOf(plan, organisation);
        if (org is null)
        {
            return new LedgerImportResult(LedgerImportOutcome.UnknownOrganisation, organisation, 0, 0, 0, null, [], names);
        }
        var mapping = await CostMappings.MappingAsync(db, projectId, org, ct);
        if (extra is not null)
        {
            mapping = mapping.With(extra);
        }
        var seekable = file.CanSeek ? file : await CopyAsync(file, ct);
        var sha = await ShaAsync(seekable, ct);
        var read = LedgerReader.Read(seekable, mapping);
        if (read.Refused)
        {
            await AuditLog.AppendAsync(db, new AuditEvent(AuditAction, AuditOutcomes.Refused, projectId, Item: $"{org}: {fileName}",
                After: string.Join("; ", read.Errors.Take(5).Select(e => e.Message))), ct);
            return new LedgerImportResult(LedgerImportOutcome.Refused, org, 0, read.RowsRead, 0, null, read.Errors, names);
        }
        if (await StoreAsync(db, projectId, org, fileName, sha, read, ct) is not var (importId, added))
        {
            return new LedgerImportResult(LedgerImportOutcome.NotFound, organisation, 0, read.RowsRead, 0, null, [], names);
        }
        return new LedgerImportResult(LedgerImportOutcome.Imported, org, importId, read.RowsRead, added, LedgerSummary.Of(read.Entries), [], names);
    }

    /// <summary>The plan's organisation a name means (its name or short name, any case); null: the lead applicant.</summary>
    public static string? OrganisationOf(Plan plan, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return (plan.Organisations.FirstOrDefault(o => o.Roles.Contains(OrganisationRole.LeadApplicant)) ?? plan.Organisations.FirstOrDefault())?.Name;
        }
        name = name.Trim();
        return plan.Organisations.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(o.ShortName, name, StringComparison.OrdinalIgnoreCase))?.Name;
    }

    /// <summary>
    /// Stores rows already read, in one transaction; returns the import's id and how many rows were new, or null
    /// when the project is gone. The project's row is locked first: imports of one project go one after another
    /// (what PostgreSQL's copy relies on), and the lock is taken before the change counter's, as every writer does.
    /// </summary>
    public static async Task<(int ImportId, int RowsAdded)?> StoreAsync(HankevahtiDb db, int projectId, string organisation, string fileName, string sha256,
        LedgerRead read, CancellationToken ct = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (!await VersionApprovals.LockProjectAsync(db, projectId, ct))
            {
                await tx.RollbackAsync(ct);
                return ((int, int)?)null;
            }
            var transaction = tx.GetDbTransaction();
            var connection = transaction.Connection!;
            var now = SqlValues.Now();
            int importId;
            await using (var insert = connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO ledger_imports (project_id, organisation, file_name, sha256, rows_read, rows_added, imported_by, imported_at) " +
                    "VALUES (@p, @o, @f, @s, @r, 0, @by, @at) RETURNING id";
                SqlValues.Add(insert, "@p", projectId);
                SqlValues.Add(insert, "@o", organisation);
                SqlValues.Add(insert, "@f", fileName);
                SqlValues.Add(insert, "@s", sha256);
                SqlValues.Add(insert, "@r", read.RowsRead);
                SqlValues.Add(insert, "@by", (object?)db.Actor.UserName ?? DBNull.Value);
                SqlValues.Add(insert, "@at", SqlValues.Timestamp(db, now));
                importId = Convert.ToInt32(await insert.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            }
            var added = db.Database.IsNpgsql()
                ? await CopyRowsAsync((NpgsqlConnection)connection, (NpgsqlTransaction)transaction, projectId, importId, organisation, read.Entries, ct)
                : await InsertRowsAsync(connection, transaction, projectId, importId, organisation, read.Entries, ct);
            await using (var update = connection.CreateCommand())
            {
                update.Transaction = transaction;
                update.CommandText = "UPDATE ledger_imports SET rows_added = @a WHERE id = @id";
                SqlValues.Add(update, "@a", added);
                SqlValues.Add(update, "@id", importId);
                await update.ExecuteNonQueryAsync(ct);
            }
            await AuditLog.AppendAsync(db, new AuditEvent(AuditAction, AuditOutcomes.Done, projectId, Item: $"{organisation}: {fileName}",
                After: $"rows read {read.RowsRead}, added {added}, sha256 {sha256}"), ct);
            await tx.CommitAsync(ct);
            return ((int, int)?)(importId, added);
        });
    }

    // SQLite: one prepared single-row INSERT run per row. SQLite runs in the process, so a statement costs no
    // round trip; a many-row statement would cost more, as each of its thousands of named parameters is
    // looked up by name on every bind. The count is what ON CONFLICT DO NOTHING let in.
    private static async Task<int> InsertRowsAsync(DbConnection connection, DbTransaction transaction, int projectId, int importId, string organisation,
        IReadOnlyList<LedgerEntry> entries, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = $"INSERT INTO actual_costs ({Columns}) VALUES ({string.Join(", ", Enumerable.Range(0, ColumnCount).Select(i => $"@v{i}"))}) " +
            "ON CONFLICT (project_id, organisation, voucher, line) DO NOTHING";
        var p = new DbParameter[ColumnCount];
        for (var i = 0; i < ColumnCount; i++)
        {
            p[i] = cmd.CreateParameter();
            p[i].ParameterName = $"@v{i}";
            cmd.Parameters.Add(p[i]);
        }
        p[0].Value = projectId;
        p[1].Value = importId;
        p[2].Value = organisation;
        await cmd.PrepareAsync(ct);
        var added = 0;
        foreach (var e in entries)
        {
            p[3].Value = e.Voucher;
            p[4].Value = e.Line;
            p[5].Value = e.BookedOn;
            p[6].Value = e.Account;
            p[7].Value = (object?)e.AccountName ?? DBNull.Value;
            p[8].Value = (object?)e.CostCentre ?? DBNull.Value;
            p[9].Value = (object?)e.PartCode ?? DBNull.Value;
            p[10].Value = CategoryNames[(int)e.Category];
            p[11].Value = e.Amount;
            p[12].Value = (object?)e.Text ?? DBNull.Value;
            added += cmd.ExecuteNonQuery();
        }
        return added;
    }

    // PostgreSQL: the keys the organisation already has are read (the project row is locked, so no other import
    // adds any meanwhile), and the rows not among them are copied in binary straight into actual_costs. Copying into
    // a temporary table and inserting from it with ON CONFLICT DO NOTHING did the same at two thirds of the speed.
    // The copy is written synchronously: an awaited write per value cost more than the copy itself.
    private static async Task<int> CopyRowsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int projectId, int importId, string organisation,
        IReadOnlyList<LedgerEntry> entries, CancellationToken ct)
    {
        var stored = new HashSet<(string Voucher, int Line)>();
        await using (var keys = new NpgsqlCommand("SELECT voucher, line FROM actual_costs WHERE project_id = @p AND organisation = @o", connection, transaction))
        {
            keys.Parameters.AddWithValue("p", projectId);
            keys.Parameters.AddWithValue("o", organisation);
            await using var reader = await keys.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                stored.Add((reader.GetString(0), reader.GetInt32(1)));
            }
        }
        var added = 0;
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY actual_costs ({Columns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var e in entries)
            {
                // Already stored, or twice in what was read (the reader refuses that; the key decides all the same).
                if (!stored.Add((e.Voucher, e.Line)))
                {
                    continue;
                }
                copy.StartRow();
                copy.Write(projectId, NpgsqlDbType.Integer);
                copy.Write(importId, NpgsqlDbType.Integer);
                copy.Write(organisation, NpgsqlDbType.Text);
                copy.Write(e.Voucher, NpgsqlDbType.Text);
                copy.Write(e.Line, NpgsqlDbType.Integer);
                copy.Write(e.BookedOn, NpgsqlDbType.Date);
                copy.Write(e.Account, NpgsqlDbType.Text);
                WriteNullable(copy, e.AccountName);
                WriteNullable(copy, e.CostCentre);
                WriteNullable(copy, e.PartCode);
                copy.Write(CategoryNames[(int)e.Category], NpgsqlDbType.Text);
                copy.Write(e.Amount, NpgsqlDbType.Numeric);
                WriteNullable(copy, e.Text);
                added++;
            }
            await copy.CompleteAsync(ct);
        }
        return added;
    }

    private static void WriteNullable(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Text);
        }
    }

    private static async Task<Stream> CopyAsync(Stream file, CancellationToken ct)
    {
        var copy = new MemoryStream();
        await file.CopyToAsync(copy, ct);
        copy.Position = 0;
        return copy;
    }

    private static async Task<string> ShaAsync(Stream file, CancellationToken ct)
    {
        var start = file.Position;
        var hash = await SHA256.HashDataAsync(file, ct);
        file.Position = start;
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The project's imports, newest first.</summary>
    public static Task<List<LedgerImportRow>> ListAsync(HankevahtiDb db, int projectId, CancellationToken ct = default) =>
        db.LedgerImports.AsNoTracking().Where(i => i.ProjectId == projectId).OrderByDescending(i => i.Id).ToListAsync(ct);

    /// <summary>
    /// The cost centres of an organisation's stored rows that map to no work part, with their sums (computed by
    /// the database), for the user to map.
    /// </summary>
    public static async Task<IReadOnlyList<UnmappedCostCentre>> UnmappedAsync(HankevahtiDb db, int projectId, string organisation, CancellationToken ct = default)
    {
        var rows = await db.ActualCosts.AsNoTracking().Where(c => c.ProjectId == projectId && c.Organisation == organisation && c.PartCode == null)
            .GroupBy(c => c.CostCentre).Select(g => new { g.Key, Rows = g.Count(), Sum = g.Sum(c => c.Amount) }).ToListAsync(ct);
        return rows.Select(r => new UnmappedCostCentre(r.Key ?? "", r.Rows, r.Sum)).OrderBy(r => r.CostCentre, StringComparer.Ordinal).ToList();
    }
}
