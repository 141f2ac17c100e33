using System.Data.Common;
using Hankevahti.Json;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Versions;

namespace Hankevahti.Storage.Migrations;

/// <summary>
/// Migration 0006_plan_ids: rewrites every stored plan version at schema version 2, with ids. A
/// project's versions are taken in order; each is matched to the one before it (<see cref="PlanMatcher"/>),
/// so an item edited in the web or imported again keeps the id it had. A version whose JSON does not
/// read is left as it is: the pages already say so, and the migration must not fail on it.
/// </summary>
public static class PlanIdsStep
{
    public static async Task RunAsync(DbConnection connection, DbTransaction transaction, DatabaseProvider provider, CancellationToken ct)
    {
        // The list first and each plan on its own: a database of many projects must not be held in memory
        // at once, and neither provider lets a connection write while a reader on it is open.
        var versions = new List<(int Id, int ProjectId, int Number)>();
        await using (var list = connection.CreateCommand())
        {
            list.Transaction = transaction;
            list.CommandText = "SELECT id, project_id, number FROM plan_versions ORDER BY project_id, number";
            await using var reader = await list.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                versions.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2)));
            }
        }
        Plan? previous = null;
        var project = -1;
        var reserved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var version in versions)
        {
            if (version.ProjectId != project)
            {
                project = version.ProjectId;
                previous = null;
                reserved.Clear();
            }
            string stored;
            await using (var read = connection.CreateCommand())
            {
                read.Transaction = transaction;
                read.CommandText = "SELECT plan_json FROM plan_versions WHERE id = @id";
                SqlValues.Add(read, "@id", version.Id);
                stored = (string)(await read.ExecuteScalarAsync(ct))!;
            }
            var plan = PlanJson.Deserialize(stored, $"project {version.ProjectId} version {version.Number}").Plan;
            if (plan is null)
            {
                continue;
            }
            if (previous is not null)
            {
                plan = PlanMatcher.Match(previous, plan, reserved).Plan;
            }
            reserved.UnionWith(PlanIds.All(plan));
            previous = plan;
            var json = PlanJson.Serialize(plan);
            if (json == stored)
            {
                continue;
            }
            await using var write = connection.CreateCommand();
            write.Transaction = transaction;
            write.CommandText = "UPDATE plan_versions SET plan_json = @j WHERE id = @id";
            SqlValues.Add(write, "@j", json);
            SqlValues.Add(write, "@id", version.Id);
            await write.ExecuteNonQueryAsync(ct);
        }
    }
}
