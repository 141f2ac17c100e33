using System.Net;
using Microsoft.AspNetCore.Http;

namespace Hankevahti.Web.Security;

/// <summary>
/// Which addresses the app listens on that other machines may reach. There are no accounts yet, so
/// whoever reaches the app reads and changes every plan: `hankevahti serve` warns about such an address.
/// </summary>
public static class ListenAddresses
{
    /// <summary>
    /// True unless <paramref name="url"/> (as --urls takes it or the server reports it) is a loopback
    /// address or localhost. "+", "*", 0.0.0.0 and [::] are every interface, and Kestrel binds any other
    /// host name to every interface too.
    /// </summary>
    public static bool ReachableFromOtherMachines(string url)
    {
        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            // The server refuses an address it cannot read before anyone reaches it.
            return false;
        }
        if (address.IsUnixPipe || string.Equals(address.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        return !(IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
