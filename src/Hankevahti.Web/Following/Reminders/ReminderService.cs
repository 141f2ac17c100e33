using Hankevahti.Storage.Database;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hankevahti.Web.Following.Reminders;

/// <summary>
/// Scans for reminders every Reminders:Interval (hourly by default) while the app runs, and sends them. Runs only
/// when SMTP is configured and the interval is not off: without SMTP the reminders show only in the app, and tests
/// get no scans unless they configure both. A failed scan is logged and the next one tries again; several app
/// processes on one database may scan at once (each reminder still goes once, reminders_sent decides).
/// </summary>
public sealed class ReminderService(IServiceScopeFactory scopes, ReminderSettings settings, TimeProvider time, ILogger<ReminderService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.Smtp is null || settings.Interval <= TimeSpan.Zero)
        {
            return;
        }
        // The first scan right away: a restarted app does not wait an hour to send what is due.
        do
        {
            await ScanAsync(stoppingToken);
        }
        while (await Wait(stoppingToken));
    }

    private async Task<bool> Wait(CancellationToken ct)
    {
        try
        {
            await Task.Delay(settings.Interval, time, ct);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task ScanAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HankevahtiDb>();
            // The audit trail names the app's scan as who recorded the reminders sent.
            db.Actor = new Hankevahti.Storage.Audit.Actor(null, "app:reminders", "local");
            var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
            var result = await ReminderRun.RunAsync(db, settings, today, ct: ct);
            if (result.Deliveries.Count > 0)
            {
                log.LogInformation("Reminders: {Sent} sent, {Failed} failed", result.Sent, result.Failed);
            }
            foreach (var failed in result.Deliveries.Where(d => d.Outcome == Hankevahti.Storage.Following.ReminderOutcome.Failed))
            {
                log.LogWarning("Reminder {Kind} {Subject} to {Email} failed: {Problem}", failed.Reminder.KindName, failed.Reminder.Subject, failed.To.Email, failed.Problem);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogError(ex, "Reminder scan failed; the next scan tries again");
        }
    }
}
