using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hankevahti.Web.Import;

/// <summary>An uploaded document waiting on its preview page to be saved or dropped, with what was read from it.</summary>
public sealed record PendingImport(string Token, string File, long Bytes, DateTimeOffset Created, ImportPreview Preview);

/// <summary>
/// Uploads between the preview and the save, kept on the server so the document never travels back
/// and forth in hidden fields: the form carries only a random token. Bounded in count, in bytes and in
/// time, so that uploads left unsaved cannot fill the memory; the oldest go first.
/// A restart forgets them all, which the preview page reports as an expired upload.
/// </summary>
public sealed class PendingImports(TimeProvider clock)
{
    public const int MaxCount = 16;
    // Each upload is at most 20 MB; what is read from it is kept too, so the bound counts the source bytes only loosely.
    public const long MaxTotalBytes = 160L * 1024 * 1024;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private readonly Lock gate = new();
    private readonly Dictionary<string, PendingImport> byToken = new(StringComparer.Ordinal);

    /// <summary>Keeps an upload and returns the token that names it; evicts the oldest when over a bound.</summary>
    public PendingImport Add(string file, long bytes, ImportPreview preview)
    {
        // 128 random bits: a token cannot be guessed, so one user's upload is not reachable by another's.
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var pending = new PendingImport(token, file, bytes, clock.GetUtcNow(), preview);
        lock (gate)
        {
            DropExpired();
            while (byToken.Count > 0 && (byToken.Count >= MaxCount || byToken.Values.Sum(p => p.Bytes) + bytes > MaxTotalBytes))
            {
                byToken.Remove(byToken.Values.MinBy(p => p.Created)!.Token);
            }
            byToken[token] = pending;
        }
        return pending;
    }

    /// <summary>The upload the token names, or null when it is unknown, expired or already saved.</summary>
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

    /// <summary>Forgets an upload (after it was saved); false when it was already gone.</summary>
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

    private void DropExpired()
    {
        var now = clock.GetUtcNow();
        foreach (var old in byToken.Values.Where(p => now - p.Created > Lifetime).ToList())
        {
            byToken.Remove(old.Token);
        }
    }
}

public static class PendingImportsServices
{
    public static IServiceCollection AddPendingImports(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PendingImports>();
        return services;
    }
}
