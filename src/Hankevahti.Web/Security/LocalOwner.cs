using System.Security.Claims;
using Hankevahti.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hankevahti.Web.Security;

/// <summary>
/// A database without any account is one person's, on their own machine: the app then listens on loopback
/// only (<see cref="ListenAddresses"/>), treats whoever reaches it as that person, and every page says how to
/// create the first administrator. The first account ends this for good: from then on everyone signs in.
/// </summary>
public sealed class LocalOwner(IServiceScopeFactory scopes, TimeProvider time)
{
    public const string ClaimType = "hankevahti:local-owner";

    // Accounts are never deleted, only disabled: once there is one, there always is.
    private volatile bool accountsExist;
    // Stopwatch ticks before which the last answer "no account" stands; 0: look now.
    private long nextCheck;

    /// <summary>True while the database has no account. Looked up at most once a second (the CLI adds the first account from another process).</summary>
    public async ValueTask<bool> ActiveAsync(CancellationToken ct = default)
    {
        if (accountsExist)
        {
            return false;
        }
        var now = time.GetTimestamp();
        if (now < Interlocked.Read(ref nextCheck))
        {
            return true;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HankevahtiDb>();
        if (await db.Users.AnyAsync(ct))
        {
            accountsExist = true;
            return false;
        }
        Interlocked.Exchange(ref nextCheck, now + time.TimestampFrequency);
        return true;
    }

    public static ClaimsPrincipal Principal(string scheme) =>
        new(new ClaimsIdentity([new Claim(ClaimType, "true"), new Claim(ClaimTypes.Name, "local")], scheme));
}
