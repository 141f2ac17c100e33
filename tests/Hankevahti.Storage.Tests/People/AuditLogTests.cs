using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.People;

/// <summary>
/// The hash-chained audit log: what was appended verifies, and a row changed or removed behind the code's back
/// (with the append-only triggers dropped, as someone with the database's owner rights could) is named.
/// </summary>
public class AuditLogTests
{
    [Theory, BothProviders]
    public async Task Appended_rows_verify_intact_with_ids_one_after_another(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await AppendAsync(database, 5);

        await using var db = database.NewContext();
        var verification = await AuditLog.VerifyAsync(db);

        Assert.True(verification.Intact, verification.Problem);
        Assert.Equal(5, verification.RowsVerified);
        Assert.Equal([1L, 2, 3, 4, 5], await db.AuditLog.OrderBy(r => r.Id).Select(r => r.Id).ToListAsync());
        Assert.Equal(AuditLog.Genesis, (await db.AuditLog.SingleAsync(r => r.Id == 1)).PreviousHash);
    }

    // The triggers are the first defence: the application's own connection cannot change a row.
    [Theory, BothProviders]
    public async Task The_log_refuses_updates_and_deletes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await AppendAsync(database, 2);

        await Assert.ThrowsAnyAsync<Exception>(() => database.ExecuteAsync("UPDATE audit_log SET after_value = 'x' WHERE id = 1"));
        await Assert.ThrowsAnyAsync<Exception>(() => database.ExecuteAsync("DELETE FROM audit_log WHERE id = 2"));
        Assert.Equal(2, await database.CountAsync("SELECT COUNT(*) FROM audit_log"));
    }

    // Each column the hash covers, changed in place: the row is named, not a later one, and the rows before it count.
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "after_value = 'tampered'")]
    [InlineData(DatabaseProvider.Postgres, "after_value = 'tampered'")]
    [InlineData(DatabaseProvider.Sqlite, "user_name = 'someone else'")]
    [InlineData(DatabaseProvider.Postgres, "user_name = 'someone else'")]
    [InlineData(DatabaseProvider.Sqlite, "action = 'plan.view'")]
    [InlineData(DatabaseProvider.Postgres, "action = 'plan.view'")]
    [InlineData(DatabaseProvider.Sqlite, "project_id = NULL")]
    [InlineData(DatabaseProvider.Postgres, "project_id = NULL")]
    public async Task A_row_altered_in_the_database_is_named(DatabaseProvider provider, string change)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await AppendAsync(database, 5);
        await DropTriggersAsync(database);

        await database.ExecuteAsync($"UPDATE audit_log SET {change} WHERE id = 3");

        await using var db = database.NewContext();
        var verification = await AuditLog.VerifyAsync(db);
        Assert.False(verification.Intact);
        Assert.Equal(3, verification.FirstBadRow);
        Assert.Equal(2, verification.RowsVerified);
        Assert.Contains("row 3 was altered", verification.Problem);
    }

    [Theory, BothProviders]
    public async Task A_row_removed_from_the_middle_is_named_as_missing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await AppendAsync(database, 5);
        await DropTriggersAsync(database);

        await database.ExecuteAsync("DELETE FROM audit_log WHERE id = 3");

        await using var db = database.NewContext();
        var verification = await AuditLog.VerifyAsync(db);
        Assert.Equal(3, verification.FirstBadRow);
        Assert.Contains("row 3 is missing", verification.Problem);
    }

    // A removed row whose successors were renumbered and rehashed from there on still breaks the link to the row before.
    [Theory, BothProviders]
    public async Task A_row_replaced_with_a_self_consistent_forgery_breaks_the_chain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await AppendAsync(database, 3);
        await DropTriggersAsync(database);
        await using (var db = database.NewContext())
        {
            var row = await db.AuditLog.AsNoTracking().SingleAsync(r => r.Id == 2);
            row.AfterValue = "forged";
            row.PreviousHash = new string('1', 64);
            row.Hash = AuditLog.HashOf(row);
            await db.AuditLog.Where(r => r.Id == 2).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.AfterValue, row.AfterValue).SetProperty(r => r.PreviousHash, row.PreviousHash).SetProperty(r => r.Hash, row.Hash));
        }

        await using var check = database.NewContext();
        var verification = await AuditLog.VerifyAsync(check);
        Assert.Equal(2, verification.FirstBadRow);
        Assert.Contains("does not follow", verification.Problem);
    }

    // Appends from many clients at once must neither take the same id nor link to the same previous row.
    [Theory, BothProviders]
    public async Task Many_clients_appending_at_once_leave_an_intact_chain_with_ids_one_to_n(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        const int clients = 8;
        const int each = 25;
        var start = new TaskCompletionSource();
        var work = Enumerable.Range(0, clients).Select(async c =>
        {
            await using var db = database.NewContext();
            db.Actor = new Actor($"user-{c}", $"client {c}", "127.0.0.1");
            await start.Task;
            for (var i = 0; i < each; i++)
            {
                await AuditLog.AppendAsync(db, new AuditEvent("test.append", Item: $"{c}/{i}"));
            }
        }).ToList();
        start.SetResult();
        await Task.WhenAll(work);

        await using var check = database.NewContext();
        var verification = await AuditLog.VerifyAsync(check);
        Assert.True(verification.Intact, verification.Problem);
        Assert.Equal(clients * each, verification.RowsVerified);
        var ids = await check.AuditLog.OrderBy(r => r.Id).Select(r => r.Id).ToListAsync();
        Assert.Equal(Enumerable.Range(1, clients * each).Select(i => (long)i), ids);
        Assert.Equal(clients * each, (await check.AuditLog.Select(r => r.Item).ToListAsync()).Distinct().Count());
    }

    // The CSV is read by spreadsheets: quoting per RFC 4180 and no cell that starts a formula.
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+358 40", "'+358 40")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Csv_fields_are_quoted_and_formulas_defused(string? value, string expected) =>
        Assert.Equal(expected, AuditCsv.Field(value));

    [Theory, BothProviders]
    public async Task The_csv_export_has_a_header_and_only_the_projects_rows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        await AuditLog.AppendAsync(db, new AuditEvent("plan.save", ProjectId: 1, Item: "a,b"));
        await AuditLog.AppendAsync(db, new AuditEvent("plan.save", ProjectId: 2));
        await AuditLog.AppendAsync(db, new AuditEvent("plan.save", ProjectId: 1, After: "=1+1"));

        var output = new StringWriter();
        var count = await AuditCsv.WriteAsync(db, 1, output);

        Assert.Equal(2, count);
        var lines = output.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal(string.Join(",", AuditCsv.Header), lines[0]);
        Assert.StartsWith("1,", lines[1]);
        Assert.Contains(",\"a,b\",", lines[1]);
        Assert.StartsWith("3,", lines[2]);
        Assert.Contains(",'=1+1,", lines[2]);
    }

    internal static Task DropTriggersAsync(TestDatabase database) => database.ExecuteAsync(database.Provider == DatabaseProvider.Postgres
        ? "DROP TRIGGER audit_log_no_change ON audit_log"
        : "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete");

    private static async Task AppendAsync(TestDatabase database, int count)
    {
        await using var db = database.NewContext();
        db.Actor = new Actor("u1", "aino@example.fi", "192.0.2.1");
        for (var i = 1; i <= count; i++)
        {
            await AuditLog.AppendAsync(db, new AuditEvent("plan.save", ProjectId: 7, VersionNumber: i, Item: $"item {i}", Before: "ennen", After: "jälkeen"));
        }
    }
}
