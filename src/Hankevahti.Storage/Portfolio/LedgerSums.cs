using System.Data.Common;
using System.Globalization;
using Hankevahti.Storage.Database;

namespace Hankevahti.Storage.Portfolio;

/// <summary>Spend of one project, organisation and year as summed from the ledger (actual_cost_sums, migration 0013).</summary>
public sealed class ActualCostSumRow
{
    public int ProjectId { get; set; }
    public string Organisation { get; set; } = "";
    public int Year { get; set; }
    public decimal Amount { get; set; }
    public int RowCount { get; set; }
}

/// <summary>The highest ledger row id the sums hold (actual_cost_sums_through, one row).</summary>
public sealed class ActualCostSumsThroughRow
{
    public int Id { get; set; }
    public int ThroughId { get; set; }
}

/// <summary>
/// Keeps actual_cost_sums, the ledger summed per project × organisation × year (migration 0013), which the portfolio
/// reads instead of summing five million ledger rows. The sums hold the ledger rows up to a watermark id; readers add
/// the rows above it (<see cref="PortfolioFactsReader"/>), so the sums are always the record's. Moving the watermark on
/// (<see cref="CatchUpAsync"/>) folds those rows in; <see cref="RebuildAsync"/> starts over from the whole ledger. Both
/// sum in C# with decimals: SQLite keeps amounts as text, and its SUM would add them as floating point.
/// </summary>
public static class LedgerSums
{
    public const string Table = "actual_cost_sums";

    /// <summary>The migration's code step: fills the sums from the ledger already stored.</summary>
    public static Task RunAsync(DbConnection connection, DbTransaction transaction, DatabaseProvider provider, CancellationToken ct) =>
        RebuildAsync(connection, transaction, ct);

    /// <summary>Empties the sums and sums the whole ledger again (reindex); returns the number of sum rows written.</summary>
    public static async Task<int> RebuildAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        await HoldLedgerAsync(connection, transaction, ct);
        await SqlValues.ExecuteAsync(connection, transaction, $"DELETE FROM {Table}", ct);
        await SqlValues.ExecuteAsync(connection, transaction, "UPDATE actual_cost_sums_through SET through_id = 0 WHERE id = 1", ct);
        return (await FoldAsync(connection, transaction, 0, ct)).Sums;
    }

    /// <summary>
    /// Folds the ledger rows above the watermark into the sums and moves it on; returns how many rows it folded.
    /// Runs in the caller's transaction: the sums and the watermark move together or not at all.
    /// </summary>
    public static async Task<int> CatchUpAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        await HoldLedgerAsync(connection, transaction, ct);
        var through = await ThroughAsync(connection, transaction, ct);
        return (await FoldAsync(connection, transaction, through, ct)).Folded;
    }

    /// <summary>The watermark: the sums hold the ledger rows with ids up to it.</summary>
    public static async Task<int> ThroughAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "SELECT through_id FROM actual_cost_sums_through WHERE id = 1";
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct) ?? 0, CultureInfo.InvariantCulture);
    }

    // PostgreSQL hands out ids before commit, so a row below the newest id may still be uncommitted (an import under
    // way): SHARE mode waits for every writer of the ledger to finish and lets no new one start until this commits.
    // SQLite has one writer at a time already.
    private static async Task HoldLedgerAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        if (connection is Npgsql.NpgsqlConnection)
        {
            await SqlValues.ExecuteAsync(connection, transaction, "LOCK TABLE actual_costs IN SHARE MODE", ct);
        }
    }

    // Sums the ledger rows above `through` per project × organisation × year, adds them to the sums kept and moves the watermark.
    private static async Task<(int Folded, int Sums)> FoldAsync(DbConnection connection, DbTransaction transaction, int through, CancellationToken ct)
    {
        var sums = new Dictionary<(int Project, string Organisation, int Year), (decimal Amount, int Rows)>();
        var newest = through;
        var rows = 0;
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT id, project_id, organisation, booked_on, amount FROM actual_costs WHERE id > @t";
            SqlValues.Add(read, "@t", through);
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var key = (reader.GetInt32(1), reader.GetString(2), reader.GetFieldValue<DateOnly>(3).Year);
                var (amount, count) = sums.GetValueOrDefault(key);
                sums[key] = (amount + reader.GetDecimal(4), count + 1);
                newest = Math.Max(newest, reader.GetInt32(0));
                rows++;
            }
        }
        if (rows == 0)
        {
            return (0, 0);
        }
        if (through > 0)
        {
            // Only the keys that moved: what they hold already is added to.
            foreach (var project in sums.Keys.Select(k => k.Project).Distinct().Order())
            {
                await using var kept = connection.CreateCommand();
                kept.Transaction = transaction;
                kept.CommandText = $"SELECT organisation, year, amount, row_count FROM {Table} WHERE project_id = @p";
                SqlValues.Add(kept, "@p", project);
                await using var reader = await kept.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    var key = (project, reader.GetString(0), reader.GetInt32(1));
                    if (sums.TryGetValue(key, out var added))
                    {
                        sums[key] = (added.Amount + reader.GetDecimal(2), added.Rows + reader.GetInt32(3));
                    }
                }
            }
        }
        await using (var write = connection.CreateCommand())
        {
            write.Transaction = transaction;
            write.CommandText = $"INSERT INTO {Table} (project_id, organisation, year, amount, row_count) VALUES (@p, @o, @y, @a, @n) " +
                "ON CONFLICT (project_id, organisation, year) DO UPDATE SET amount = excluded.amount, row_count = excluded.row_count";
            var p = Parameter(write, "@p");
            var o = Parameter(write, "@o");
            var y = Parameter(write, "@y");
            var a = Parameter(write, "@a");
            var n = Parameter(write, "@n");
            foreach (var ((project, organisation, year), (amount, count)) in sums)
            {
                (p.Value, o.Value, y.Value, a.Value, n.Value) = (project, organisation, year, amount, count);
                await write.ExecuteNonQueryAsync(ct);
            }
        }
        await using (var move = connection.CreateCommand())
        {
            move.Transaction = transaction;
            move.CommandText = "UPDATE actual_cost_sums_through SET through_id = @t WHERE id = 1";
            SqlValues.Add(move, "@t", newest);
            await move.ExecuteNonQueryAsync(ct);
        }
        return (rows, sums.Count);
    }

    private static DbParameter Parameter(DbCommand cmd, string name)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        cmd.Parameters.Add(p);
        return p;
    }
}
