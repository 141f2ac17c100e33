using System.Globalization;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Portfolio;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hankevahti.Web.Portfolio;

/// <summary>
/// Reads the portfolio's facts once the app has started and again just after each midnight, so that the first
/// portfolio page of the day is not the one that waits: at national scale (10 000 projects, a million values) that
/// read takes half a minute to two (docs/portfolio.md, "Scale"). A page asked meanwhile waits for this same read
/// rather than starting its own. After a write the pages read only the changed projects again, which is quick, so
/// nothing is warmed then. A failure is logged and left to the pages, which read (and report) as they always do.
/// A database of fewer projects than <see cref="ReadAheadFrom"/> is not read ahead: its first page reads it in about
/// a second, and a start (of the app, or of every test's app) should not spend the cores on it.
/// </summary>
public sealed class PortfolioWarmup(DatabaseSettings settings, DatabaseChanges changes, TimeProvider time,
    IHostApplicationLifetime lifetime, ILogger<PortfolioWarmup> log, PortfolioWarmup.Threshold threshold) : BackgroundService
{
    /// <summary>The configuration key: from how many projects the portfolio is read ahead (0: always).</summary>
    public const string ReadAheadFromKey = "Portfolio:ReadAheadFrom";

    /// <summary>The default: at 1 000 projects the first page's read takes seconds (docs/demo-portfolio.md).</summary>
    public const int DefaultReadAheadFrom = 1_000;

    /// <summary>From how many projects the portfolio is read ahead, as configured.</summary>
    public sealed record Threshold(int Projects);

    /// <summary><see cref="ReadAheadFromKey"/> read from <paramref name="configuration"/>; null with the problem when it is no whole number ≥ 0.</summary>
    public static (Threshold? Threshold, string? Problem) ReadAheadFrom(IConfiguration configuration) =>
        configuration[ReadAheadFromKey] is not { } text ? (new Threshold(DefaultReadAheadFrom), null)
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var projects) ? (new Threshold(projects), null)
        : (null, $"{ReadAheadFromKey} must be a whole number of projects (0 or more), not '{text}'");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not before the server listens: the start (migrations, the demo) must not wait for it, nor it for them.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetLocalNow();
            await WarmAsync(DateOnly.FromDateTime(now.DateTime), stoppingToken);
            // A minute into the next day, by the same clock the pages take their day from.
            var next = now.Date.AddDays(1).AddMinutes(1) - now.DateTime;
            await Task.Delay(next > TimeSpan.Zero ? next : TimeSpan.FromMinutes(1), time, stoppingToken);
        }
    }

    private async Task WarmAsync(DateOnly today, CancellationToken ct)
    {
        try
        {
            if (threshold.Projects > 0)
            {
                await using var db = HankevahtiDb.Create(settings);
                if (await db.Projects.Take(threshold.Projects).CountAsync(ct) < threshold.Projects)
                {
                    return;
                }
            }
            if (await changes.StampAsync(ct) is { } stamp)
            {
                var started = time.GetTimestamp();
                await PortfolioQuery.WarmAsync(new PortfolioStamp(settings, stamp), today).WaitAsync(ct);
                log.LogInformation("Portfolio figures of {Day} read in {Elapsed:0.0} s", today, time.GetElapsedTime(started).TotalSeconds);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "Portfolio figures of {Day} could not be read ahead; the first page reads them", today);
        }
    }
}
