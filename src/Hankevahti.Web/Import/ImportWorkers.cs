using Hankevahti.Reading.Pdf;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hankevahti.Web.Import;

/// <summary>
/// The readers of uploads: as many as <see cref="ImportLimits.Concurrent"/>, each taking the next
/// upload from the queue in the order they came. Reading a large plan takes a core for seconds; with a
/// fixed number of readers, a burst of uploads waits its turn instead of taking every core and the
/// memory of all of them at once.
/// </summary>
public sealed class ImportWorkers(PendingImports pending, ILogger<ImportWorkers> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        PdfProcesses.Limit = pending.Limits.PdfProcesses;
        return Task.WhenAll(Enumerable.Range(0, pending.Limits.Concurrent).Select(_ => Task.Run(() => RunAsync(stoppingToken), stoppingToken)));
    }

    private async Task RunAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var entry in pending.Queue.ReadAllAsync(ct))
            {
                if (!pending.Start(entry))
                {
                    continue;
                }
                var bytes = entry.Source!;
                ImportPreview preview;
                try
                {
                    preview = ImportPreview.Of(bytes, entry.File, pending.Limits.Read);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // Readers and the importer report rather than throw; this is a bug, and the user still gets an answer.
                    log.LogError(e, "Import of {File} failed", entry.File);
                    preview = ImportPreview.Failed(entry.File, $"{entry.File}: the import failed ({e.GetType().Name}).");
                }
                pending.Finish(entry, preview);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The app is stopping; uploads not read are forgotten with the rest.
        }
    }
}
