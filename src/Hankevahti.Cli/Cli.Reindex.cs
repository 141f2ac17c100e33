using Hankevahti.Storage.Query;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Cli;

public static partial class Cli
{
    private const string ReindexHelp = """
        Usage: hankevahti reindex [--data DIR]

        Rebuilds the query tables (budget lines, work parts, funding, indicators and their targets,
        risks, organisations, regions; docs/decisions/0008-query-tables.md) from the stored plan JSON
        of every version, in one transaction: readers see the old rows or the new, never none. Prints
        how many versions were read and how many rows each table got. A version whose JSON does not
        read gets no rows and is counted as unreadable.

        Options:
          --data DIR     SQLite data folder (see 'hankevahti --help')
        """;

    private static async Task<int> ReindexAsync(Arguments args, Context context)
    {
        args.NoPositional("reindex");
        var settings = context.Settings();
        var counts = await UseDatabaseAsync(settings, context.Cancel, async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(context.Cancel);
            await using var tx = await connection.BeginTransactionAsync(context.Cancel);
            var rebuilt = await QueryIndex.RebuildAsync(connection, tx, context.Cancel);
            await tx.CommitAsync(context.Cancel);
            return rebuilt;
        });
        await context.Out.WriteAsync($"{Name} reindex: {counts.Versions} versions read, {counts.Unreadable} unreadable, on {settings.Describe()}\n");
        foreach (var (table, rows) in counts.Rows)
        {
            await context.Out.WriteAsync($"{table}\t{rows}\n");
        }
        return counts.Unreadable == 0 ? 0 : 1;
    }
}
