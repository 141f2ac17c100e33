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
/// (project, organisation, voucher, line) and inserted with ON CONFLICT DO NOTHING, so the same export imported
/// again, or by several clients at once, adds each row once. Bulk: PostgreSQL copies the rows in binary into a
/// temporary table and inserts from it; SQLite runs one prepared single-row INSERT per row.
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
        var (importId, added) = await StoreAsync(db, projectId, org, fileName, sha, read, ct);
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

    /// <summary>Stores rows already read, in one transaction; returns the import's id and how many rows were new.</summary>
    public static async Task<(int ImportId, int RowsAdded)> StoreAsync(HankevahtiDb db, int projectId, string organisation, string fileName, string sha256,
        LedgerRead read, CancellationToken ct = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
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
            return (importId, added);
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

    // PostgreSQL: binary COPY into a temporary table that goes with the transaction, then one insert-select.
    private static async Task<int> CopyRowsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int projectId, int importId, string organisation,
        IReadOnlyList<LedgerEntry> entries, CancellationToken ct)
    {
        await using (var create = new NpgsqlCommand(
            "CREATE TEMP TABLE ledger_rows (voucher text, line integer, booked_on date, account text, account_name text, cost_centre text, " +
            "part_code text, category text, amount numeric, text text) ON COMMIT DROP", connection, transaction))
        {
            await create.ExecuteNonQueryAsync(ct);
        }
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY ledger_rows (voucher, line, booked_on, account, account_name, cost_centre, part_code, category, amount, text) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var e in entries)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(e.Voucher, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(e.Line, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(e.BookedOn, NpgsqlDbType.Date, ct);
                await copy.WriteAsync(e.Account, NpgsqlDbType.Text, ct);
                await WriteNullableAsync(copy, e.AccountName, ct);
                await WriteNullableAsync(copy, e.CostCentre, ct);
                await WriteNullableAsync(copy, e.PartCode, ct);
                await copy.WriteAsync(CategoryNames[(int)e.Category], NpgsqlDbType.Text, ct);
                await copy.WriteAsync(e.Amount, NpgsqlDbType.Numeric, ct);
                await WriteNullableAsync(copy, e.Text, ct);
            }
            await copy.CompleteAsync(ct);
        }
        await using var insert = new NpgsqlCommand(
            $"INSERT INTO actual_costs ({Columns}) SELECT @p, @i, @o, voucher, line, booked_on, account, account_name, cost_centre, part_code, category, amount, text " +
            "FROM ledger_rows ON CONFLICT (project_id, organisation, voucher, line) DO NOTHING", connection, transaction);
        insert.Parameters.AddWithValue("p", projectId);
        insert.Parameters.AddWithValue("i", importId);
        insert.Parameters.AddWithValue("o", organisation);
        var added = await insert.ExecuteNonQueryAsync(ct);
        await using (var drop = new NpgsqlCommand("DROP TABLE ledger_rows", connection, transaction))
        {
            await drop.ExecuteNonQueryAsync(ct);
        }
        return added;
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken ct)
    {
        if (value is null)
        {
            await copy.WriteNullAsync(ct);
        }
        else
        {
            await copy.WriteAsync(value, NpgsqlDbType.Text, ct);
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
