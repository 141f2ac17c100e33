using Hankevahti.People;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hankevahti.Storage.Tests.People;

/// <summary>Accounts through Identity's user manager with Hankevahti's rules, as the CLI and the web add them.</summary>
public class AccountTests
{
    private const string Password = "oikein pitkä salasana";

    // Identity's own "is the address taken?" check and the insert are apart; the unique index must catch the rest.
    [Theory, BothProviders]
    public async Task Simultaneous_adds_of_one_address_leave_one_account_and_refuse_the_others(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = Services(database);
        var start = new TaskCompletionSource();
        var adds = Enumerable.Range(0, 8).Select(async i =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HankevahtiDb>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            await start.Task;
            return await users.AddUserAsync(db, i % 2 == 0 ? "aino@example.fi" : "AINO@example.fi", Password, role: GlobalRole.Administrator);
        }).ToList();
        start.SetResult();
        var results = await Task.WhenAll(adds);

        Assert.Single(results, r => r.Outcome == AccountOutcome.Done);
        Assert.All(results.Where(r => r.Outcome != AccountOutcome.Done), r =>
        {
            Assert.Equal(AccountOutcome.Refused, r.Outcome);
            Assert.Contains("already exists", r.Message);
        });
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM users"));
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM global_roles"));
        await using var check = database.NewContext();
        var verification = await AuditLog.VerifyAsync(check);
        Assert.True(verification.Intact, verification.Problem);
        Assert.Equal(1, verification.RowsVerified);
    }

    // What a refused account leaves behind: nothing, not even half (a user without its role, or an audit entry).
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "lyhyt", null, AccountOutcome.Refused)]
    [InlineData(DatabaseProvider.Postgres, "lyhyt", null, AccountOutcome.Refused)]
    [InlineData(DatabaseProvider.Sqlite, Password, "ei-ohjelma", AccountOutcome.RoleRefused)]
    [InlineData(DatabaseProvider.Postgres, Password, "ei-ohjelma", AccountOutcome.RoleRefused)]
    public async Task A_refused_account_stores_nothing(DatabaseProvider provider, string password, string? programme, AccountOutcome expected)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = Services(database);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HankevahtiDb>();

        var result = await scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>()
            .AddUserAsync(db, "aino@example.fi", password, role: programme is null ? null : GlobalRole.FunderOfficial, programme: programme);

        Assert.Equal(expected, result.Outcome);
        foreach (var table in new[] { "users", "global_roles", "audit_log" })
        {
            Assert.Equal(0, await database.CountAsync($"SELECT COUNT(*) FROM {table}"));
        }
    }

    private static ServiceProvider Services(TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<HankevahtiDb>(o => HankevahtiDb.Configure(o, database.Settings));
        services.AddHankevahtiIdentityCore();
        return services.BuildServiceProvider();
    }
}
