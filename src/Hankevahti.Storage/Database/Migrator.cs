using System.Data.Common;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Database;

/// <summary>
/// Applies the versioned SQL scripts under Migrations/{Sqlite,Postgres}/ that the database has not
/// seen yet, each in its own transaction together with its row in schema_migrations. The EF Core
/// design-time tools are not available to us (docs/decisions/0002-sql-migrations.md).
/// </summary>
public static class Migrator
{
    public sealed record Script(string Id, string Sql, string Checksum);

    /// <summary>
    /// Work a script's SQL cannot do (rewriting every stored plan's JSON, filling derived tables from it),
    /// run after the script of the same id, in its transaction: the script and its step are applied together or not at all.
    /// </summary>
    public delegate Task CodeStep(DbConnection connection, DbTransaction transaction, DatabaseProvider provider, CancellationToken ct);

    /// <summary>The code steps by script id; a script without one is SQL only.</summary>
    private static readonly Dictionary<string, CodeStep> CodeSteps = new(StringComparer.Ordinal)
    {
        ["0006_plan_ids"] = Migrations.PlanIdsStep.RunAsync,
        ["0007_query_tables"] = Query.QueryIndex.RunAsync,
        ["0013_ledger_sums"] = Portfolio.LedgerSums.RunAsync,
    };

    /// <summary>The scripts for a provider, ordered by their numeric prefix.</summary>
    public static IReadOnlyList<Script> Scripts(DatabaseProvider provider)
    {
        var folder = provider == DatabaseProvider.Postgres ? "Postgres" : "Sqlite";
        var prefix = $"migrations/{folder}/";
        var assembly = typeof(Migrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                var sql = Read(assembly, n);
                var id = n[prefix.Length..^".sql".Length];
                return new Script(id, sql, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql.ReplaceLineEndings("\n")))));
            })
            .ToList();
    }

    /// <summary>Brings the database up to date and returns the ids of the scripts it applied now.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(DatabaseSettings settings, CancellationToken ct = default)
    {
        if (settings.SqliteFile is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        }
        await using var db = HankevahtiDb.Create(settings);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        var postgres = settings.Provider == DatabaseProvider.Postgres;
        if (postgres)
        {
            // Two processes starting at once (web app and CLI) must not both apply a script.
            await SqlValues.ExecuteAsync(connection, null, "SELECT pg_advisory_lock(4815162342)", ct);
        }
        else
        {
            // WAL lets the CLI write while the web app reads the same file.
            await SqlValues.ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL", ct);
        }
        try
        {
            await SqlValues.ExecuteAsync(connection, null, postgres
                ? "CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL)"
                : "CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)", ct);
            var applied = await AppliedAsync(connection, ct);
            var done = new List<string>();
            foreach (var script in Scripts(settings.Provider))
            {
                if (applied.TryGetValue(script.Id, out var checksum))
                {
                    if (checksum != script.Checksum)
                    {
                        throw Changed(script, settings);
                    }
                    continue;
                }
                await using var tx = await connection.BeginTransactionAsync(ct);
                // SQLite has no advisory lock: another process may have applied the script since the list
                // was read. The transaction holds the write lock (BEGIN IMMEDIATE), so look again under it.
                if ((await AppliedAsync(connection, ct, tx)).TryGetValue(script.Id, out var appliedMeanwhile))
                {
                    await tx.RollbackAsync(ct);
                    if (appliedMeanwhile != script.Checksum)
                    {
                        throw Changed(script, settings);
                    }
                    continue;
                }
                await SqlValues.ExecuteAsync(connection, tx, script.Sql, ct);
                if (CodeSteps.TryGetValue(script.Id, out var step))
                {
                    await step(connection, tx, settings.Provider, ct);
                }
                await using (var insert = connection.CreateCommand())
                {
                    insert.Transaction = tx;
                    insert.CommandText = "INSERT INTO schema_migrations (id, checksum, applied_at) VALUES (@id, @checksum, @at)";
                    SqlValues.Add(insert, "@id", script.Id);
                    SqlValues.Add(insert, "@checksum", script.Checksum);
                    SqlValues.Add(insert, "@at", postgres ? DateTimeOffset.UtcNow : DateTimeOffset.UtcNow.ToString("O"));
                    await insert.ExecuteNonQueryAsync(ct);
                }
                await tx.CommitAsync(ct);
                done.Add(script.Id);
            }
            return done;
        }
        finally
        {
            if (postgres)
            {
                await SqlValues.ExecuteAsync(connection, null, "SELECT pg_advisory_unlock(4815162342)", ct);
            }
        }
    }

    /// <summary>The ids of the scripts applied so far, with when; for `hankevahti` diagnostics and tests.</summary>
    public static async Task<IReadOnlyList<string>> AppliedIdsAsync(DatabaseSettings settings, CancellationToken ct = default)
    {
        await using var db = HankevahtiDb.Create(settings);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        return (await AppliedAsync(connection, ct)).Keys.Order(StringComparer.Ordinal).ToList();
    }

    private static MigrationException Changed(Script script, DatabaseSettings settings) =>
        new($"Migration {script.Id} was changed after it was applied to {settings.Describe()}; add a new script instead of editing an applied one.");

    private static async Task<Dictionary<string, string>> AppliedAsync(DbConnection connection, CancellationToken ct, DbTransaction? tx = null)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT id, checksum FROM schema_migrations";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result[reader.GetString(0)] = reader.GetString(1);
        }
        return result;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

/// <summary>The database cannot be brought up to date; the message says why and what to do.</summary>
public sealed class MigrationException(string message) : Exception(message);
