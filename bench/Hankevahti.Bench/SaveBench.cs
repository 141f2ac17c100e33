using System.Diagnostics;
using Hankevahti.Import;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Query;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Bench;

/// <summary>
/// `save`: saving a new version of the largest seed with its query rows (AddVersionOnAsync: the version,
/// the project row and the rows, in one transaction), warm, on a temporary SQLite file, or on PostgreSQL
/// with --postgres CONNECTION (an empty database the bench may write to). Also the rows' own part: deriving
/// them (QueryRows.From) and writing them (QueryRowWriter) in a transaction that is rolled back.
/// Target: median and p95 of the save under 50 ms.
/// </summary>
internal static class SaveBench
{
    public static int Run(string[] args)
    {
        var runs = Options.Int(args, "--runs", 40);
        var warmup = Options.Int(args, "--warmup", 10);
        var seeds = Documents.Seeds(Documents.Root());
        if (seeds is null)
        {
            Console.Error.WriteLine("no seeds found (HANKEVAHTI_SEEDS or ../shared/seeds)");
            return 1;
        }
        var largest = new DirectoryInfo(seeds).GetFiles("*.txt").OrderByDescending(f => f.Length).First();
        var plan = PlanImporter.ImportFile(largest.FullName).Plan ?? throw new InvalidOperationException($"{largest.Name} did not import");
        string? folder = null;
        DatabaseSettings settings;
        if (Options.String(args, "--postgres") is { } connection)
        {
            settings = DatabaseSettings.Postgres(connection);
        }
        else
        {
            folder = Path.Combine(Path.GetTempPath(), $"hankevahti-save-bench-{Environment.ProcessId}");
            settings = DatabaseSettings.Sqlite(folder);
        }
        try
        {
            return RunAsync(settings, plan, largest.Name, runs, warmup).GetAwaiter().GetResult();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (folder is not null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<int> RunAsync(DatabaseSettings settings, Hankevahti.Plans.Plan plan, string name, int runs, int warmup)
    {
        await Migrator.MigrateAsync(settings);
        int id;
        await using (var db = HankevahtiDb.Create(settings))
        {
            id = (await db.AddProjectAsync(plan, "bench")).Id;
        }
        var version = 1;
        var save = new double[runs];
        var rows = new double[runs];
        for (var i = -warmup; i < runs; i++)
        {
            await using var db = HankevahtiDb.Create(settings);
            var watch = Stopwatch.StartNew();
            var saved = await db.AddVersionOnAsync(id, version, plan, "bench");
            var elapsed = watch.Elapsed.TotalMilliseconds;
            if (saved.Outcome != VersionSaveOutcome.Saved)
            {
                throw new InvalidOperationException($"save {i}: {saved.Outcome}");
            }
            version++;
            // The rows alone, on a version that exists, in a transaction undone afterwards.
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var tx = await connection.BeginTransactionAsync();
            await using (var clear = connection.CreateCommand())
            {
                clear.Transaction = tx;
                clear.CommandText = string.Concat(QueryRowWriter.TableNames.Select(t => $"DELETE FROM {t} WHERE project_id = {id} AND version_number = {version};"));
                await clear.ExecuteNonQueryAsync();
            }
            watch.Restart();
            await QueryRowWriter.WriteAsync(connection, tx, QueryRows.From(id, version, plan), default);
            var rowsElapsed = watch.Elapsed.TotalMilliseconds;
            await tx.RollbackAsync();
            if (i >= 0)
            {
                save[i] = elapsed;
                rows[i] = rowsElapsed;
            }
        }
        var set = QueryRows.From(id, 1, plan);
        var count = set.Regions.Count + set.WorkParts.Count + set.BudgetLines.Count + 1 + set.Indicators.Count + set.IndicatorTargets.Count + set.Risks.Count + set.Organisations.Count;
        Console.WriteLine($"warm save of a new version with its query rows: {name}, {count} rows, {settings.Provider}; {runs} runs after {warmup} warm-up runs (wall clock)");
        Console.WriteLine($"{"",-22} {"median ms",10} {"p95 ms",8} {"of the save",12}");
        Console.WriteLine($"{"save (version + rows)",-22} {Stats.Median(save),10:F1} {P95(save),8:F1} {1.0,11:P0}");
        // The peer in the same run: what the query rows add to the save of the JSON they are derived from.
        Console.WriteLine($"{"of which rows",-22} {Stats.Median(rows),10:F1} {P95(rows),8:F1} {Stats.Median(rows) / Stats.Median(save),11:P0}");
        var ok = Stats.Median(save) < 50 && P95(save) < 50;
        Console.WriteLine(ok ? "target < 50 ms met" : "target < 50 ms missed");
        return ok ? 0 : 2;
    }

    private static double P95(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * 0.95) - 1)];
    }
}
