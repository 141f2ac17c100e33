using Hankevahti.Demo;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hankevahti.Web.Shared;

/// <summary>
/// Brings the database up to date when the app starts and, on an empty database, stores the demo
/// plan so that a first run has something to show. Hosted services start before the server does, so
/// no request ever sees an unmigrated database; a failure here stops the start with its message.
/// </summary>
public sealed class DatabaseStartup(DatabaseSettings settings, IServiceScopeFactory scopes, ILogger<DatabaseStartup> log, ListenPlan listen, IConfiguration configuration) : IHostedService
{
    /// <summary>
    /// The configuration key that makes the demo's accounts (one per role) along with the demo project.
    /// `hankevahti serve` sets it; the accounts are made here, before the first request, so that no request
    /// is ever answered as the local owner of a database that is about to have accounts.
    /// </summary>
    public const string DemoAccountsKey = "Demo:Accounts";

    /// <summary>The demo project's id when this start stored it on an empty database.</summary>
    public int? StoredDemo { get; private set; }

    /// <summary>The demo's accounts with their passwords when this start made them; `hankevahti serve` prints them once.</summary>
    public IReadOnlyList<DemoAccounts.Account> DemoAccountsMade { get; private set; } = [];

    /// <summary>The origin recorded on the demo project's version.</summary>
    public const string DemoOrigin = "demo";

    public async Task StartAsync(CancellationToken ct)
    {
        try
        {
            await PrepareAsync(ct);
        }
        catch (ListenRefusedException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The start fails with this message (`hankevahti serve` prints it as one line): say which database.
            throw new DatabaseStartupException($"database {settings.Describe()}: {ex.Message}", ex);
        }
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        var applied = await Migrator.MigrateAsync(settings, ct);
        log.LogInformation("Database {Database}; migrations applied now: {Applied}", settings.Describe(),
            applied.Count == 0 ? "none" : string.Join(", ", applied));

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HankevahtiDb>();
        if (!await db.Projects.AnyAsync(ct))
        {
            var project = await db.AddProjectAsync(DemoPlan.Load(), DemoOrigin, "Esimerkkisuunnitelma ensimmäisellä käynnistyskerralla", ct);
            log.LogInformation("Empty database: stored the demo project as id {Id}", project.Id);
            StoredDemo = project.Id;
            if (configuration.GetValue<bool>(DemoAccountsKey))
            {
                DemoAccountsMade = await DemoAccounts.CreateAsync(scope.ServiceProvider, project.Id, ct);
            }
        }
        // Until an administrator exists, no one is responsible for the accounts: this machine only.
        var reachable = listen.Urls.Where(ListenAddresses.ReachableFromOtherMachines).ToList();
        // The demo's administrator does not count: its password was printed on a console for trying the app.
        var demo = "@" + DemoAccounts.Domain;
        if (reachable.Count > 0 && !await (
                from r in db.GlobalRoles
                join u in db.Users on r.UserId equals u.Id
                where r.Role == Hankevahti.People.RoleNames.AdministratorName && u.DisabledAt == null && u.Email != null && !u.Email.EndsWith(demo)
                select r).AnyAsync(ct))
        {
            throw new ListenRefusedException(
                $"not listening on {string.Join(", ", reachable)}: the database {settings.Describe()} has no administrator yet, so the app listens on this machine only " +
                $"(e.g. --urls {WebApp.DefaultUrl}). Create one first: hankevahti users add EMAIL --role admin");
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}

/// <summary>The addresses the server was told to listen on (--urls, ASPNETCORE_URLS, "urls"), checked before it binds them.</summary>
public sealed record ListenPlan(IReadOnlyList<string> Urls);

/// <summary>The app was told to listen beyond this machine while the database has no administrator.</summary>
public sealed class ListenRefusedException(string message) : Exception(message);

/// <summary>The database could not be prepared when the app started; the message names the database.</summary>
public sealed class DatabaseStartupException(string message, Exception inner) : Exception(message, inner);
