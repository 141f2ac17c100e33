using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Hankevahti.Storage.Demo;

/// <summary>A table the bulk writer fills: its columns, with the PostgreSQL type each is copied as.</summary>
internal sealed record BulkTable(string Name, params (string Column, NpgsqlDbType Type)[] Columns)
{
    public string ColumnList => string.Join(", ", Columns.Select(c => c.Column));
}

/// <summary>
/// Writes many rows of one table in the caller's transaction: on SQLite one prepared single-row INSERT run per
/// row (SQLite runs in the process, so a statement costs no round trip, and a prepared one is parsed once); on
/// PostgreSQL a binary COPY, which streams the rows without a statement each.
/// </summary>
internal abstract class BulkRows : IAsyncDisposable
{
    public long Count { get; private set; }

    public static async Task<BulkRows> BeginAsync(DbConnection connection, DbTransaction transaction, BulkTable table, CancellationToken ct) =>
        connection is NpgsqlConnection npgsql
            ? new CopyRows(await npgsql.BeginBinaryImportAsync($"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", ct), table)
            : await InsertRows.PrepareAsync(connection, transaction, table, ct);

    /// <summary>One row, its values in the table's column order (null for NULL).</summary>
    public async ValueTask AddAsync(object?[] values, CancellationToken ct)
    {
        await WriteAsync(values, ct);
        Count++;
    }

    protected abstract ValueTask WriteAsync(object?[] values, CancellationToken ct);

    /// <summary>Ends the table's rows; a COPY is only stored once completed.</summary>
    public abstract Task CompleteAsync(CancellationToken ct);

    public abstract ValueTask DisposeAsync();

    private sealed class InsertRows(DbCommand command, DbParameter[] parameters) : BulkRows
    {
        public static async Task<BulkRows> PrepareAsync(DbConnection connection, DbTransaction transaction, BulkTable table, CancellationToken ct)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"@v{i}"))})";
            var parameters = new DbParameter[table.Columns.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i] = command.CreateParameter();
                parameters[i].ParameterName = $"@v{i}";
                command.Parameters.Add(parameters[i]);
            }
            await command.PrepareAsync(ct);
            return new InsertRows(command, parameters);
        }

        protected override ValueTask WriteAsync(object?[] values, CancellationToken ct)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }
            // Synchronous on purpose: SQLite's async methods run synchronously anyway and only add their overhead.
            command.ExecuteNonQuery();
            return ValueTask.CompletedTask;
        }

        public override Task CompleteAsync(CancellationToken ct) => Task.CompletedTask;

        public override ValueTask DisposeAsync() => command.DisposeAsync();
    }

    private sealed class CopyRows(NpgsqlBinaryImporter importer, BulkTable table) : BulkRows
    {
        protected override async ValueTask WriteAsync(object?[] values, CancellationToken ct)
        {
            await importer.StartRowAsync(ct);
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is null)
                {
                    await importer.WriteNullAsync(ct);
                }
                else
                {
                    await importer.WriteAsync(values[i], table.Columns[i].Type, ct);
                }
            }
        }

        public override async Task CompleteAsync(CancellationToken ct) => await importer.CompleteAsync(ct);

        public override ValueTask DisposeAsync() => importer.DisposeAsync();
    }
}
