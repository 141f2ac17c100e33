using System.Collections.Concurrent;
using Hankevahti.Storage.Database;

namespace Hankevahti.Web.Shared;

/// <summary>
/// Keeps what a page computed from the database for as long as nothing has been committed since: the value is
/// kept with the change stamp (<see cref="DatabaseChanges"/>) taken before it was read, and a request whose stamp
/// is the same uses it without a query. Any commit anywhere (another request, the CLI, another instance) makes the
/// next request read afresh, so what is shown is never older than the last commit. The project overview reads
/// the running project's follow-up this way: a dozen queries per view made it many times slower than before.
/// </summary>
/// <remarks>
/// The key must name everything else the value depends on (the project, the day, the person). When the stamp
/// cannot be read, nothing is kept. Entries are few per project; beyond <see cref="MaxEntries"/> it starts over
/// rather than grows.
/// </remarks>
public sealed class StampedCache(DatabaseChanges changes)
{
    private const int MaxEntries = 4096;

    private readonly ConcurrentDictionary<string, (string Stamp, object Value)> entries = new(StringComparer.Ordinal);

    public async Task<T> GetAsync<T>(string key, Func<Task<T>> read, CancellationToken ct = default) where T : class
    {
        var stamp = await changes.StampAsync(ct);
        if (stamp is not null && entries.TryGetValue(key, out var kept) && kept.Stamp == stamp && kept.Value is T value)
        {
            return value;
        }
        var fresh = await read();
        if (stamp is not null)
        {
            if (entries.Count >= MaxEntries)
            {
                entries.Clear();
            }
            entries[key] = (stamp, fresh);
        }
        return fresh;
    }
}
