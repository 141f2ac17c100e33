using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Database;

/// <summary>The few statements written in SQL (migrations, inserts that must not fail on a unique index, the query rows): parameters in the columns' own formats.</summary>
internal static class SqlValues
{
    public static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }

    /// <summary>Runs a statement that returns nothing, in the transaction when one is given.</summary>
    public static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>timestamptz on PostgreSQL; on SQLite the text EF Core writes for a DateTimeOffset, so that EF reads it back.</summary>
    public static object Timestamp(DbContext db, DateTimeOffset value) =>
        db.Database.IsNpgsql() ? value : value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    /// <summary>PostgreSQL's timestamptz takes UTC only; whole microseconds keep SQLite and PostgreSQL values equal.</summary>
    public static DateTimeOffset Now()
    {
        var now = DateTimeOffset.UtcNow;
        return new DateTimeOffset(now.Ticks - now.Ticks % 10, TimeSpan.Zero);
    }
}
