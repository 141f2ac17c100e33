using System.Diagnostics;
using Hankevahti.Import;
using Hankevahti.Json;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Versions;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hankevahti.Bench;

/// <summary>
/// `versions` mode: with the largest seed, warm, median and p95 of (1) saving a version as the web does
/// (a new context, the base check, the version row and its query rows in one transaction) on SQLite and,
/// when HANKEVAHTI_TEST_POSTGRES names a server, on PostgreSQL; its peer in the same run is a bare insert of
/// the same JSON into the same table, the floor any save pays; (2) matching a new import to the previous
/// version, and (3) the structured diff of two versions, each beside serialising the plan once as its peer.
/// Target: each of (1) and (3) under 50 ms, median and p95.
/// </summary>
internal static class VersionBench
{
    private const double TargetMs = 50;

    public static int Run(string[] args)
    {
        var runs = Options.Int(args, "--runs", 40);
        var warmup = Options.Int(args, "--warmup", 5);
        var seed = Documents.Find(args.Skip(1).ToArray()).Where(d => d.IsSeed).OrderByDescending(d => new FileInfo(d.Path).Length).FirstOrDefault();
        if (seed is null)
        {
            Console.Error.WriteLine("no seed plans found: set HANKEVAHTI_SEEDS to the folder of the real plans (../shared/seeds)");
            return 1;
        }
        var imported = PlanImporter.ImportFile(seed.Path);
        if (imported.Plan is not { } plan)
        {
            Console.Error.WriteLine(imported.Error);
            return 1;
        }
        var changed = Changed(plan);
        Console.WriteLine($"{seed.Label}: {PlanJson.Serialize(plan).Length / 1024.0:0} KB of plan JSON, {PlanItems.Lists(plan).Sum(l => l.Count)} items; median and p95 of {runs} warm runs (ms)");
        Console.WriteLine();
        Console.WriteLine($"{"what",-44} {"median",8} {"p95",8} {"peer",-26} {"median",8} {"ratio",7}  result");
        var ok = true;

        var sqliteFolder = Path.Combine(Path.GetTempPath(), $"hankevahti-bench-db-{Environment.ProcessId}");
        try
        {
            ok &= SaveBench("save version, SQLite", DatabaseSettings.Sqlite(sqliteFolder), plan, changed, runs, warmup);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(sqliteFolder, recursive: true);
        }
        if (Environment.GetEnvironmentVariable("HANKEVAHTI_TEST_POSTGRES") is { Length: > 0 } server)
        {
            var name = "hv_bench_" + Environment.ProcessId;
            Admin(server, $"CREATE DATABASE \"{name}\"");
            try
            {
                ok &= SaveBench("save version, PostgreSQL", DatabaseSettings.Postgres(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString), plan, changed, runs, warmup);
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                Admin(server, $"DROP DATABASE IF EXISTS \"{name}\"");
            }
        }
        else
        {
            Console.WriteLine("(PostgreSQL not measured: HANKEVAHTI_TEST_POSTGRES is not set; `source scripts/pg-throwaway.sh` starts one)");
        }

        var serialise = Measure(runs, warmup, () => PlanJson.Serialize(plan));
        var reimport = PlanImporter.ImportFile(seed.Path).Plan!;
        var match = Measure(runs, warmup, () => PlanMatcher.Match(plan, reimport));
        Report("match a new import to the last version", match, "serialise the plan once", serialise, target: false);
        ok &= DiffBench.Run(plan, changed, runs, warmup, serialise);

        Console.WriteLine();
        Console.WriteLine(ok ? "all targets met" : "some targets missed");
        return ok ? 0 : 2;
    }

    private static bool SaveBench(string label, DatabaseSettings settings, Plan plan, Plan changed, int runs, int warmup)
    {
        Migrator.MigrateAsync(settings).GetAwaiter().GetResult();
        int projectId;
        using (var db = HankevahtiDb.Create(settings))
        {
            projectId = db.AddProjectAsync(plan, "bench").GetAwaiter().GetResult().Id;
        }
        var latest = 1;
        var save = Measure(runs, warmup, () =>
        {
            using var db = HankevahtiDb.Create(settings);
            var saved = db.AddVersionOnAsync(projectId, latest, latest % 2 == 1 ? changed : plan, "bench").GetAwaiter().GetResult();
            if (saved.Outcome != VersionSaveOutcome.Saved)
            {
                throw new InvalidOperationException($"save refused: {saved.Outcome}");
            }
            latest = saved.Version!.Number;
        });
        var json = PlanJson.Serialize(changed);
        var bare = 100_000;
        var insert = Measure(runs, warmup, () =>
        {
            using var db = HankevahtiDb.Create(settings);
            var connection = db.Database.GetDbConnection();
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "INSERT INTO plan_versions (project_id, number, saved_at, origin, plan_json) VALUES (@p, @n, @s, 'bench', @j)";
            Add(cmd, "@p", projectId);
            Add(cmd, "@n", bare++);
            Add(cmd, "@s", settings.Provider == DatabaseProvider.Postgres ? DateTimeOffset.UtcNow : DateTimeOffset.UtcNow.ToString("O"));
            Add(cmd, "@j", json);
            cmd.ExecuteNonQuery();
        });
        return Report(label, save, "bare insert of the JSON", insert, target: true);
    }

    internal static bool Report(string what, double[] times, string peer, double[] peerTimes, bool target)
    {
        var median = Stats.Median(times);
        var p95 = Percentile(times, 0.95);
        var peerMedian = Stats.Median(peerTimes);
        var pass = median < TargetMs && p95 < TargetMs;
        var verdict = target ? pass ? $"< {TargetMs} ms OK" : $"< {TargetMs} ms MISSED" : "";
        Console.WriteLine($"{what,-44} {median,8:0.00} {p95,8:0.00} {peer,-26} {peerMedian,8:0.00} {median / peerMedian,6:0.0}×  {verdict}");
        return !target || pass;
    }

    internal static double[] Measure(int runs, int warmup, Action action)
    {
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < warmup || warm.Elapsed < TimeSpan.FromSeconds(1); i++)
        {
            action();
        }
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        return times;
    }

    private static double Percentile(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    // Two values changed, as a user would between versions: the first budget line's amount and the project's case number.
    private static Plan Changed(Plan plan)
    {
        var copy = PlanIds.Copy(plan);
        if (copy.Budget.Lines.Count > 0)
        {
            copy.Budget.Lines[0] = copy.Budget.Lines[0] with { Amount = copy.Budget.Lines[0].Amount + 1000m };
        }
        return copy with { Project = copy.Project with { CaseNumber = "BENCH/1/2026" } };
    }

    private static void Admin(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        cmd.ExecuteNonQuery();
    }

    private static void Add(System.Data.Common.DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
