using System.Diagnostics;
using System.Globalization;
using Hankevahti.Following.Ledger;
using Hankevahti.Import;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Storage.Projects;
using Hankevahti.Web.Tests.Support;
using Npgsql;

namespace Hankevahti.Bench;

/// <summary>
/// `ledger`: importing a ledger export of 100 000 rows (--rows N) made at run time for the largest seed plan's
/// lead applicant and work parts (the tests' generator, LedgerFiles): parse only (LedgerReader, CSV and .xlsx) and
/// parse + store (LedgerImports.ImportAsync: hash, read, one transaction) on a temporary SQLite file, and on
/// PostgreSQL when HANKEVAHTI_TEST_POSTGRES names a server (a database of its own is made and dropped). The same
/// file imported again (adds nothing) is timed too. Peak memory is the process's peak working set after all runs.
/// Targets (issue 16): ≥ 50 000 rows/s parse + store on every database, peak < 200 MB.
/// Exit code 0 when met, 2 when one is missed, 1 when the bench could not run.
/// </summary>
internal static class LedgerBench
{
    private const double TargetRowsPerSecond = 50_000;
    private const double TargetPeakMb = 200;

    public static int Run(string[] args)
    {
        var count = Options.Int(args, "--rows", 100_000);
        var seeds = Documents.Seeds(Documents.Root());
        if (seeds is null)
        {
            Console.Error.WriteLine("no seeds found (HANKEVAHTI_SEEDS or ../shared/seeds)");
            return 1;
        }
        var largest = new DirectoryInfo(seeds).GetFiles("*.txt").OrderByDescending(f => f.Length).First();
        var plan = PlanImporter.ImportFile(largest.FullName).Plan ?? throw new InvalidOperationException($"{largest.Name} did not import");
        var folder = Path.Combine(Path.GetTempPath(), $"hankevahti-ledger-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            var rows = LedgerFiles.Rows(plan, count);
            var csvPath = Path.Combine(folder, "ledger.csv");
            var xlsxPath = Path.Combine(folder, "ledger.xlsx");
            File.WriteAllBytes(csvPath, LedgerFiles.CsvBytes(rows));
            File.WriteAllBytes(xlsxPath, LedgerFiles.Xlsx(rows));
            var mapping = LedgerFiles.CostCentres(plan);
            rows = null;
            GC.Collect();
            Console.WriteLine($"ledger import: {count} rows for {largest.Name} ({plan.Organisations.Count} organisations, {mapping.Count} cost centres mapped to parts)");
            Console.WriteLine($"  CSV {new FileInfo(csvPath).Length / 1024} KB, .xlsx {new FileInfo(xlsxPath).Length / 1024} KB");
            Console.WriteLine();
            Console.WriteLine("judged on the wall clock, which is what a user waits and the only figure with PostgreSQL's own server work in it;");
            Console.WriteLine("run it on a quiet machine (at a load average of 40 the wall clock measures the scheduler; the CPU time is beside it)");
            Console.WriteLine();
            Console.WriteLine($"{"run",-34} {"wall s",8} {"cpu s",8} {"rows/s cpu",11} {"rows/s wall",12} {"added",8}");
            var ok = true;
            var ledgerMapping = new LedgerMapping(null, mapping);
            Warm(csvPath, ledgerMapping);
            Line("parse only, CSV", Time(() => Parse(csvPath, ledgerMapping, count)), count, null);
            Line("parse only, .xlsx", Time(() => Parse(xlsxPath, ledgerMapping, count)), count, null);
            ok &= StoreRuns("SQLite", DatabaseSettings.Sqlite(Path.Combine(folder, "db")), plan, csvPath, mapping, count);
            if (Environment.GetEnvironmentVariable("HANKEVAHTI_TEST_POSTGRES") is { Length: > 0 } server)
            {
                ok &= WithPostgres(server, settings => StoreRuns("PostgreSQL", settings, plan, csvPath, mapping, count));
            }
            else
            {
                Console.WriteLine("  (PostgreSQL skipped: HANKEVAHTI_TEST_POSTGRES is not set; source scripts/pg-throwaway.sh)");
            }
            Console.WriteLine();
            Console.WriteLine($"peak working set of the bench process itself (plan import, generator, .xlsx, all runs): {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:0} MB");
            Console.WriteLine($"targets: parse + store >= {TargetRowsPerSecond:0} rows/s on each database, peak < {TargetPeakMb} MB: {(ok ? "met" : "MISSED")}");
            return ok ? 0 : 2;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool StoreRuns(string name, DatabaseSettings settings, Hankevahti.Plans.Plan plan, string csvPath, IReadOnlyDictionary<string, string> mapping,
        int count) => StoreRunsAsync(name, settings, plan, csvPath, mapping, count).GetAwaiter().GetResult();

    private static async Task<bool> StoreRunsAsync(string name, DatabaseSettings settings, Hankevahti.Plans.Plan plan, string csvPath,
        IReadOnlyDictionary<string, string> mapping, int count)
    {
        await Migrator.MigrateAsync(settings);
        int id;
        string organisation;
        await using (var db = HankevahtiDb.Create(settings))
        {
            id = (await db.AddProjectAsync(plan, "bench")).Id;
            organisation = LedgerImports.OrganisationOf(plan, null)!;
            foreach (var (centre, part) in mapping)
            {
                await CostMappings.SaveCostCentreAsync(db, id, organisation, centre, part);
            }
        }
        LedgerImportResult? first = null, again = null;
        var firstTime = await TimeAsync(async () => first = await ImportAsync(settings, id, csvPath));
        var againTime = await TimeAsync(async () => again = await ImportAsync(settings, id, csvPath));
        var rate = count / firstTime.Wall.TotalSeconds;
        var met = first!.RowsAdded == count && again!.RowsAdded == 0 && rate >= TargetRowsPerSecond;
        Line($"parse + store, {name}", firstTime, count, first.RowsAdded, met);
        Line($"same file again, {name}", againTime, count, again!.RowsAdded);
        // Peak memory of an import alone: a process of its own that does nothing else (the bench's own peak has
        // the plan import, the generator and the .xlsx runs in it).
        int fresh;
        await using (var db = HankevahtiDb.Create(settings))
        {
            fresh = (await db.AddProjectAsync(plan, "bench")).Id;
        }
        var peak = Probe(settings, fresh, csvPath);
        var peakOk = peak is { } mb && mb < TargetPeakMb;
        Console.WriteLine($"{"  peak working set of an import",-34} {(peak is { } p ? $"{p:0} MB" : "(probe failed)"),8}  target < {TargetPeakMb} MB  {(peakOk ? "ok" : "MISSED")}");
        return met && peakOk;
    }

    /// <summary>`ledger-probe PROVIDER CONNECTION PROJECT FILE`: imports FILE, prints "added N peak MB" (the child of <see cref="Probe"/>).</summary>
    public static int RunProbe(string[] args)
    {
        var settings = args[1] == "postgres" ? DatabaseSettings.Postgres(args[2]) : DatabaseSettings.Sqlite(args[2]);
        var result = ImportAsync(settings, int.Parse(args[3], CultureInfo.InvariantCulture), args[4]).GetAwaiter().GetResult();
        Console.WriteLine($"added {result.RowsAdded} peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:0.0}");
        return 0;
    }

    private static double? Probe(DatabaseSettings settings, int projectId, string csvPath)
    {
        var self = typeof(LedgerBench).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { self, "ledger-probe", settings.Provider == DatabaseProvider.Postgres ? "postgres" : "sqlite",
            settings.Provider == DatabaseProvider.Postgres ? settings.ConnectionString : Path.GetDirectoryName(settings.SqliteFile!)!, projectId.ToString(CultureInfo.InvariantCulture), csvPath })
        {
            start.ArgumentList.Add(a);
        }
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var words = output.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return child.ExitCode == 0 && words.Length == 4 && double.TryParse(words[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var mb) ? mb : null;
    }

    private static async Task<LedgerImportResult> ImportAsync(DatabaseSettings settings, int id, string csvPath)
    {
        await using var db = HankevahtiDb.Create(settings);
        await using var stream = File.OpenRead(csvPath);
        return await LedgerImports.ImportAsync(db, id, null, "ledger.csv", stream);
    }

    private static bool WithPostgres(string server, Func<DatabaseSettings, bool> run)
    {
        var name = "hv_ledger_bench_" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }
        try
        {
            return run(DatabaseSettings.Postgres(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(server);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }

    private static void Warm(string path, LedgerMapping mapping)
    {
        var lines = File.ReadLines(path).Take(2_000).ToList();
        LedgerReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines))), mapping);
    }

    private static void Parse(string path, LedgerMapping mapping, int count)
    {
        using var stream = File.OpenRead(path);
        var read = LedgerReader.Read(stream, mapping);
        if (read.Refused || read.Entries.Count != count)
        {
            throw new InvalidOperationException($"{Path.GetFileName(path)}: {read.Entries.Count} rows, {string.Join("; ", read.Errors.Select(e => e.Message))}");
        }
    }

    private readonly record struct Timing(TimeSpan Wall, TimeSpan Cpu);

    private static Timing Time(Action action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        action();
        return new Timing(watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    private static async Task<Timing> TimeAsync(Func<Task> action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await action();
        return new Timing(watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    private static void Line(string run, Timing time, int count, int? added, bool? met = null) =>
        Console.WriteLine($"{run,-34} {time.Wall.TotalSeconds,8:0.000} {time.Cpu.TotalSeconds,8:0.000} {count / time.Cpu.TotalSeconds,11:0} {count / time.Wall.TotalSeconds,12:0} " +
            $"{(added?.ToString(CultureInfo.InvariantCulture) ?? ""),8}" + (met is null ? "" : met.Value ? "  ok" : "  MISSED"));
}
