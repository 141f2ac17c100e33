using Hankevahti.Demo;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hankevahti.Web.Shared;

/// <summary>
/// Brings the database up to date when the app starts and, on an empty database, stores the demo
/// plan so that a first run has something to show. Hosted services start before the server does, so
/// no request ever sees an unmigrated database; a failure here stops the start with its message.
/// </summary>
public sealed class DatabaseStartup(DatabaseSettings settings, IServiceScopeFactory scopes, ILogger<DatabaseStartup> log) : IHostedService
{
    /// <summary>The origin recorded on the demo project's version.</summary>
    public const string DemoOrigin = "demo";

    public async Task StartAsync(CancellationToken ct)
    {
        try
        {
            await PrepareAsync(ct);
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
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}

/// <summary>The database could not be prepared when the app started; the message names the database.</summary>
public sealed class DatabaseStartupException(string message, Exception inner) : Exception(message, inner);
