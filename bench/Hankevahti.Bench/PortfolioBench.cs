using System.Diagnostics;
using System.Globalization;
using Hankevahti.Demo.Portfolio;
using Hankevahti.Json;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Demo;
using Npgsql;

namespace Hankevahti.Bench;

/// <summary>
/// `portfolio [--projects N] [--seed S] [--keep DIR]`: the demo portfolio generator (docs/demo-portfolio.md) —
/// generating alone, then generating and storing N projects (default 1 000) into a fresh SQLite file and, when
/// HANKEVAHTI_TEST_POSTGRES names a server, a fresh PostgreSQL database (dropped after). Prints wall and CPU
/// time, rows/s and the database size. The issue's national scale is --projects 10000 (about 6 million rows).
/// --keep DIR keeps the SQLite database in DIR (for the page benchmarks) instead of a temporary folder;
/// --keep-postgres NAME makes and keeps the PostgreSQL database NAME; --only sqlite|postgres stores into one of them.
/// </summary>
internal static class PortfolioBench
{
    private static readonly DateOnly AsOf = new(2026, 12, 7);

    public static int Run(string[] args)
    {
        var projects = Options.Int(args, "--projects", 1000);
        var seed = Options.Int(args, "--seed", 1);
        var keep = Array.IndexOf(args, "--keep") is var k and >= 0 && k + 1 < args.Length ? args[k + 1] : null;
        var keepPostgres = Array.IndexOf(args, "--keep-postgres") is var kp and >= 0 && kp + 1 < args.Length ? args[kp + 1] : null;
        var only = Array.IndexOf(args, "--only") is var o and >= 0 && o + 1 < args.Length ? args[o + 1] : null;
        var spec = new PortfolioSpec(projects, seed, AsOf);
        Console.WriteLine($"demo portfolio: {projects} projects, seed {seed}, as of {AsOf:yyyy-MM-dd}");
        Console.WriteLine("CPU is the process's own (the machine is shared; PostgreSQL's server CPU is not in it)");
        Console.WriteLine();

        // Generating alone, with the JSON each plan is stored as: the part of the time that is not the database's.
        long generated = 0;
        var gen = Time(() =>
        {
            foreach (var p in PortfolioGenerator.Generate(spec))
            {
                generated += 3 + p.Values.Count + p.Costs.Count + p.Progress.Count + p.Reports.Count + PlanJson.Serialize(p.Plan).Length / 1_000_000;
            }
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"generate only",-12} wall {gen.Wall.TotalSeconds,7:0.0} s  cpu {gen.Cpu.TotalSeconds,7:0.0} s  (~{generated} follow-up rows)"));

        if (only != "postgres")
        {
            var folder = keep ?? Path.Combine(Path.GetTempPath(), $"hankevahti-portfolio-bench-{Environment.ProcessId}");
            Directory.CreateDirectory(folder);
            try
            {
                Store("SQLite", DatabaseSettings.Sqlite(folder), spec);
            }
            finally
            {
                if (keep is null)
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
        if (only == "sqlite")
        {
            return 0;
        }
        if (Environment.GetEnvironmentVariable("HANKEVAHTI_TEST_POSTGRES") is { Length: > 0 } server)
        {
            WithPostgres(server, keepPostgres, settings => Store("PostgreSQL", settings, spec));
        }
        else
        {
            Console.WriteLine("  (PostgreSQL skipped: HANKEVAHTI_TEST_POSTGRES is not set; source scripts/pg-throwaway.sh)");
        }
        return 0;
    }

    private static void Store(string name, DatabaseSettings settings, PortfolioSpec spec)
    {
        Migrator.MigrateAsync(settings).GetAwaiter().GetResult();
        PortfolioWriteResult? result = null;
        var timing = Time(() =>
        {
            using var db = HankevahtiDb.Create(settings);
            result = PortfolioWriter.WriteAsync(db, PortfolioGenerator.Generate(spec), spec.Projects,
                p => Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r  {name}: {p.Projects}/{p.Total} projects, {p.Rows} rows, {p.Elapsed.TotalSeconds:0} s   "))).GetAwaiter().GetResult();
        });
        Console.Error.WriteLine();
        var rows = result!.TotalRows;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-12} wall {timing.Wall.TotalSeconds,7:0.0} s  cpu {timing.Cpu.TotalSeconds,7:0.0} s  {rows,10} rows  {rows / timing.Wall.TotalSeconds,9:0} rows/s wall  {rows / timing.Cpu.TotalSeconds,9:0} rows/s cpu  database {result.DatabaseBytes / 1048576.0,8:0.0} MiB  peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB"));
        Console.WriteLine("  " + string.Join(", ", result.Rows.Select(r => $"{r.Key} {r.Value}")));
    }

    // A database of its own on the server, dropped after; or kept under the name given (--keep-postgres NAME) for the page benchmarks.
    private static void WithPostgres(string server, string? keep, Action<DatabaseSettings> run)
    {
        if (keep is not null && !System.Text.RegularExpressions.Regex.IsMatch(keep, "^[a-z_][a-z0-9_]{0,62}$"))
        {
            throw new ArgumentException($"--keep-postgres expects a database name of lower-case letters, digits and _, not \"{keep}\"");
        }
        var name = keep ?? "hv_portfolio_bench_" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }
        try
        {
            run(DatabaseSettings.Postgres(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
        }
        if (keep is null)
        {
            using var connection = new NpgsqlConnection(server);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
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
}
