using System.Runtime;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hankevahti.Web.Import;

/// <summary>
/// Uploads from the form to their save, kept on the server so the document never travels back and
/// forth in hidden fields: the form carries only a random token. An upload waits in a queue for one
/// of the readers (<see cref="ImportWorkers"/>), is read, waits on its preview page to be saved, and is
/// saved once however many times the button is pressed.
/// </summary>
/// <remarks>
/// Everything kept is counted against the upload half of the memory budget by its estimated size
/// (a preview holds the document's text several times over: the blocks, the plan, the lines shown);
/// the oldest previews are dropped to make room, and all are dropped after their lifetime by a timer,
/// not only when someone next uploads. A restart forgets them all, which the preview page reports as
/// an expired upload.
/// </remarks>
public sealed class PendingImports : IDisposable
{
    // Dropping more than this at once is worth a full, compacting collection: the memory goes back to
    // the system instead of staying with the process (eight large previews kept 3.6 GB for ten minutes).
    private const long CollectAfterBytes = 32L * 1024 * 1024;

    private readonly TimeProvider clock;
    private readonly ILogger log;
    private readonly Lock gate = new();
    private readonly Dictionary<string, PendingImport> byToken = new(StringComparer.Ordinal);
    private readonly Channel<PendingImport> queue = Channel.CreateUnbounded<PendingImport>(new UnboundedChannelOptions { SingleReader = false });
    private readonly ITimer sweeper;
    private readonly SemaphoreSlim reimports;

    public PendingImports(TimeProvider clock, ImportLimits limits, ILogger<PendingImports>? log = null)
    {
        this.clock = clock;
        Limits = limits;
        reimports = new SemaphoreSlim(Math.Max(1, limits.Concurrent));
        this.log = (ILogger?)log ?? NullLogger.Instance;
        var period = TimeSpan.FromTicks(Math.Clamp(limits.PreviewLifetime.Ticks / 4, TimeSpan.FromSeconds(1).Ticks, TimeSpan.FromMinutes(1).Ticks));
        sweeper = clock.CreateTimer(_ => Sweep(), null, period, period);
    }

    public ImportLimits Limits { get; }

    /// <summary>Uploads waiting for a reader, in the order they came; the workers take them from here.</summary>
    internal ChannelReader<PendingImport> Queue => queue.Reader;

    /// <summary>
    /// Puts an upload in the queue to be read; null when as many as the limit are waiting already
    /// (the server is busy: the user is told to try again in a moment).
    /// </summary>
    public PendingImport? Enqueue(string file, byte[] bytes, string owner = "")
    {
        PendingImport entry;
        lock (gate)
        {
            DropExpired();
            var waiting = byToken.Values.Count(p => p.State == ImportState.Waiting);
            var reading = byToken.Values.Count(p => p.State == ImportState.Reading);
            if (waiting >= Limits.Waiting + Math.Max(0, Limits.Concurrent - reading))
            {
                return null;
            }
            entry = new PendingImport(NewToken(), file, bytes.LongLength, clock.GetUtcNow(), bytes) { State = ImportState.Waiting, Estimate = bytes.LongLength, Owner = owner };
            byToken[entry.Token] = entry;
        }
        queue.Writer.TryWrite(entry);
        return entry;
    }

    /// <summary>Keeps an upload already read (the tests' way in) and returns it; evicts the oldest when over a bound.</summary>
    public PendingImport Add(string file, long bytes, ImportPreview preview)
    {
        var entry = new PendingImport(NewToken(), file, bytes, clock.GetUtcNow(), null);
        lock (gate)
        {
            byToken[entry.Token] = entry;
        }
        Finish(entry, preview);
        return entry;
    }

    /// <summary>A reader takes the upload: it is counted at the most its reading may hold until it is done.</summary>
    internal bool Start(PendingImport entry)
    {
        long dropped;
        lock (gate)
        {
            if (entry.State != ImportState.Waiting || !byToken.ContainsKey(entry.Token))
            {
                return false;
            }
            entry.State = ImportState.Reading;
            entry.Estimate = entry.Bytes + ImportPreview.EstimateFor(Math.Min(Limits.Read.Characters, Path.GetExtension(entry.File) is ".docx" or ".pdf" ? long.MaxValue : entry.Bytes));
            dropped = MakeRoom(except: entry);
        }
        Collect(dropped);
        return true;
    }

    /// <summary>The upload was read: its preview is kept (or, when it did not import, what it says), its file dropped.</summary>
    internal void Finish(PendingImport entry, ImportPreview preview)
    {
        long dropped;
        lock (gate)
        {
            entry.Source = null;
            entry.Finished = clock.GetUtcNow();
            if (!byToken.ContainsKey(entry.Token))
            {
                entry.State = ImportState.Failed;
                dropped = 0;
            }
            else
            {
                entry.Preview = preview;
                entry.State = preview.Plan is null ? ImportState.Failed : ImportState.Ready;
                entry.Estimate = preview.EstimatedBytes;
                dropped = MakeRoom(except: entry);
            }
        }
        entry.ReadDone.TrySetResult();
        Collect(dropped);
    }

    /// <summary>
    /// Imports a read upload again with corrections and shows that preview instead; null when the upload is
    /// no longer ready. An import takes a core for seconds on a large plan, so no more of these run at once
    /// than uploads are read at once (<see cref="ImportLimits.Concurrent"/>); the others wait their turn.
    /// </summary>
    public async Task<ImportPreview?> ReimportAsync(PendingImport entry, Hankevahti.Import.Corrections.ImportCorrections? corrections, CorrectionsOrigin? from, CancellationToken ct)
    {
        await reimports.WaitAsync(ct);
        try
        {
            if (entry.Preview is not { Plan: not null } preview || entry.State != ImportState.Ready)
            {
                return null;
            }
            var corrected = await Task.Run(() => preview.WithCorrections(corrections, from), ct);
            return corrected.Plan is not null && Replace(entry, corrected) ? corrected : null;
        }
        finally
        {
            reimports.Release();
        }
    }

    /// <summary>
    /// Shows <paramref name="preview"/> (the upload imported again with corrections) instead of the one read;
    /// false when the upload is no longer ready (being saved, saved or dropped), and then nothing changes.
    /// </summary>
    public bool Replace(PendingImport entry, ImportPreview preview)
    {
        lock (gate)
        {
            if (entry.State != ImportState.Ready || preview.Plan is null || !byToken.ContainsKey(entry.Token))
            {
                return false;
            }
            entry.Preview = preview;
            entry.Estimate = preview.EstimatedBytes;
            return true;
        }
    }

    /// <summary>The upload the token names, or null when it is unknown, expired or dropped.</summary>
    public PendingImport? Get(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }
        lock (gate)
        {
            DropExpired();
            return byToken.GetValueOrDefault(token);
        }
    }

    /// <summary>How many uploads wait before this one (0 when it is being read or done).</summary>
    public int Ahead(PendingImport entry)
    {
        lock (gate)
        {
            return entry.State != ImportState.Waiting ? 0 : byToken.Values.Count(p => p.State == ImportState.Waiting && p.Created < entry.Created);
        }
    }

    /// <summary>
    /// Takes the upload for saving. Exactly one caller gets <see cref="Claim.Mine"/> however many
    /// press Save at once; the others get the save under way to wait for, or the project it went to.
    /// </summary>
    public Claim TryClaim(string? token)
    {
        var entry = Get(token);
        if (entry is null)
        {
            return new Claim(ClaimKind.Gone, null, null, null);
        }
        lock (gate)
        {
            switch (entry.State)
            {
                case ImportState.Ready:
                    entry.State = ImportState.Saving;
                    entry.Saving = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
                    return new Claim(ClaimKind.Mine, entry, null, null);
                case ImportState.Saving:
                    return new Claim(ClaimKind.UnderWay, entry, entry.Saving!.Task, null);
                case ImportState.Saved:
                    return new Claim(ClaimKind.Saved, entry, null, entry.SavedTo);
                default:
                    return new Claim(ClaimKind.Gone, entry, null, null);
            }
        }
    }

    /// <summary>The claimed upload was saved at <paramref name="address"/>: its preview is let go, the token leads there.</summary>
    public void Saved(PendingImport entry, string address)
    {
        long dropped;
        lock (gate)
        {
            entry.SavedTo = address;
            entry.State = ImportState.Saved;
            entry.Preview = null;
            dropped = entry.Estimate;
            entry.Estimate = 0;
            entry.Finished = clock.GetUtcNow();
        }
        entry.Saving?.TrySetResult(address);
        Collect(dropped);
    }

    /// <summary>The claimed upload was not saved (a form error, a failure): it can be saved again.</summary>
    public void Release(PendingImport entry)
    {
        lock (gate)
        {
            if (entry.State == ImportState.Saving)
            {
                entry.State = ImportState.Ready;
            }
        }
        entry.Saving?.TrySetResult(null);
    }

    /// <summary>Forgets an upload; false when it was already gone.</summary>
    public bool Remove(string token)
    {
        lock (gate)
        {
            return byToken.Remove(token);
        }
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                DropExpired();
                return byToken.Count;
            }
        }
    }

    /// <summary>What everything kept is counted as now.</summary>
    public long EstimatedBytes
    {
        get
        {
            lock (gate)
            {
                return byToken.Values.Sum(p => p.Estimate);
            }
        }
    }

    /// <summary>Drops what has outlived its lifetime; the timer calls it, and so does every look-up.</summary>
    public void Sweep()
    {
        long dropped;
        lock (gate)
        {
            dropped = DropExpired();
        }
        Collect(dropped);
    }

    public void Dispose()
    {
        sweeper.Dispose();
        reimports.Dispose();
    }

    private long DropExpired()
    {
        var now = clock.GetUtcNow();
        long dropped = 0;
        foreach (var old in byToken.Values.Where(p => p.State is not (ImportState.Waiting or ImportState.Reading or ImportState.Saving) && now - p.Finished > Limits.PreviewLifetime).ToList())
        {
            dropped += Drop(old);
        }
        return dropped;
    }

    // Oldest first, the finished ones only: what is waiting, being read or saved is someone's work in progress.
    private long MakeRoom(PendingImport except)
    {
        long dropped = 0;
        while (byToken.Values.Sum(p => p.Estimate) > Limits.UploadBudgetBytes || byToken.Values.Count(p => p.State is ImportState.Ready or ImportState.Failed) > Limits.MaxPreviews)
        {
            var oldest = byToken.Values.Where(p => p != except && p.State is ImportState.Ready or ImportState.Failed or ImportState.Saved).MinBy(p => p.Finished);
            if (oldest is null)
            {
                break;
            }
            log.LogInformation("Preview of {File} dropped to stay within the upload memory budget of {Megabytes} MB", oldest.File, Limits.UploadBudgetBytes / (1024 * 1024));
            dropped += Drop(oldest);
        }
        return dropped;
    }

    private long Drop(PendingImport entry)
    {
        byToken.Remove(entry.Token);
        var estimate = entry.Estimate;
        entry.Preview = null;
        entry.Estimate = 0;
        return estimate;
    }

    private static void Collect(long dropped)
    {
        if (dropped >= CollectAfterBytes)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    // 128 random bits: a token cannot be guessed, so one user's upload is not reachable by another's.
    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}

public enum ClaimKind
{
    /// <summary>This caller saves it.</summary>
    Mine,
    /// <summary>Another request is saving it: wait for <see cref="Claim.Saving"/>.</summary>
    UnderWay,
    /// <summary>Saved already: go to <see cref="Claim.SavedTo"/>.</summary>
    Saved,
    /// <summary>Unknown, expired, not read or not importable.</summary>
    Gone,
}

public sealed record Claim(ClaimKind Kind, PendingImport? Entry, Task<string?>? Saving, string? SavedTo);

public static class PendingImportsServices
{
    public static IServiceCollection AddPendingImports(this IServiceCollection services, ImportLimits limits)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(limits);
        services.AddSingleton<PendingImports>();
        services.AddHostedService<ImportWorkers>();
        return services;
    }
}
