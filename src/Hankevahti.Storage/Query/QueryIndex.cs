using System.Data.Common;
using Hankevahti.Json;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;

namespace Hankevahti.Storage.Query;

/// <summary>What a rebuild of the query tables did: versions read, versions whose JSON does not read, rows per table.</summary>
public sealed record ReindexCounts(int Versions, int Unreadable, IReadOnlyDictionary<string, int> Rows);

/// <summary>
/// Rebuilds every query row from the stored plan JSON (docs/decisions/0008-query-tables.md): the code
/// step of migration 0007_query_tables and `hankevahti reindex`. The caller's transaction makes it all
/// or nothing: readers see the old rows or the new ones, never an empty table.
/// </summary>
public static class QueryIndex
{
    /// <summary>The migration's code step: fills the tables for every version stored before them.</summary>
    public static Task RunAsync(DbConnection connection, DbTransaction transaction, DatabaseProvider provider, CancellationToken ct) =>
        RebuildPlansAsync(connection, transaction, ct);

    /// <summary>`hankevahti reindex`: the plans' query tables and the ledger's sums (<see cref="Portfolio.LedgerSums"/>).</summary>
    public static async Task<ReindexCounts> RebuildAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        var plans = await RebuildPlansAsync(connection, transaction, ct);
        var sums = await Portfolio.LedgerSums.RebuildAsync(connection, transaction, ct);
        return plans with { Rows = new Dictionary<string, int>(plans.Rows, StringComparer.Ordinal) { [Portfolio.LedgerSums.Table] = sums } };
    }

    // The plans' query tables only: migration 0007 runs before the ledger's tables exist.
    private static async Task<ReindexCounts> RebuildPlansAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        foreach (var table in QueryRowWriter.TableNames)
        {
            await SqlValues.ExecuteAsync(connection, transaction, $"DELETE FROM {table}", ct);
        }
        // The list first and each plan on its own: many projects' JSON must not be held in memory at once,
        // and neither provider lets a connection write while a reader on it is open.
        var versions = new List<(int ProjectId, int Number)>();
        await using (var list = connection.CreateCommand())
        {
            list.Transaction = transaction;
            list.CommandText = "SELECT project_id, number FROM plan_versions ORDER BY project_id, number";
            await using var reader = await list.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                versions.Add((reader.GetInt32(0), reader.GetInt32(1)));
            }
        }
        var totals = QueryRowWriter.TableNames.ToDictionary(t => t, _ => 0, StringComparer.Ordinal);
        var unreadable = 0;
        for (var i = 0; i < versions.Count; i++)
        {
            var (projectId, number) = versions[i];
            string json;
            await using (var read = connection.CreateCommand())
            {
                read.Transaction = transaction;
                read.CommandText = "SELECT plan_json FROM plan_versions WHERE project_id = @p AND number = @n";
                SqlValues.Add(read, "@p", projectId);
                SqlValues.Add(read, "@n", number);
                json = (string)(await read.ExecuteScalarAsync(ct))!;
            }
            // A version whose JSON does not read has no rows: the pages already say so, and a rebuild must not fail on it.
            var plan = PlanJson.Deserialize(json, $"project {projectId} version {number}").Plan;
            if (plan is null)
            {
                unreadable++;
                continue;
            }
            var written = await QueryRowWriter.WriteAsync(connection, transaction, QueryRows.From(projectId, number, plan), ct);
            foreach (var (table, count) in written)
            {
                totals[table] += count;
            }
            var latest = i + 1 == versions.Count || versions[i + 1].ProjectId != projectId;
            if (latest)
            {
                await DescribeAsync(connection, transaction, projectId, plan, ct);
            }
        }
        return new ReindexCounts(versions.Count, unreadable, totals);
    }

    // The project columns the query tables brought, from the newest version, as a save writes them.
    private static async Task DescribeAsync(DbConnection connection, DbTransaction transaction, int projectId, Plan plan, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "UPDATE projects SET programme_key = @k, search_text = @s WHERE id = @id";
        SqlValues.Add(cmd, "@k", (object?)ProgrammeKey(plan) ?? DBNull.Value);
        SqlValues.Add(cmd, "@s", (object?)QueryRows.SearchText(plan) ?? DBNull.Value);
        SqlValues.Add(cmd, "@id", projectId);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The programme's key for the projects row; null when the plan names none.</summary>
    public static string? ProgrammeKey(Plan plan) => string.IsNullOrWhiteSpace(plan.Project.Programme?.Key) ? null : plan.Project.Programme.Key;
}
