using Hankevahti.Web.Security;

namespace Hankevahti.Web.Tests.Cli;

/// <summary>
/// `hankevahti serve` warns when it listens where other machines may reach it: there are no accounts,
/// so whoever reaches the address reads and changes every plan.
/// </summary>
public sealed class ListenWarningTests
{
    [Theory]
    // The default and the other ways of saying "this machine only": no warning.
    [InlineData("http://127.0.0.1:5080", false)]
    [InlineData("http://localhost:5080", false)]
    [InlineData("http://LOCALHOST:5080", false)]
    [InlineData("http://[::1]:5080", false)]
    [InlineData("https://127.0.0.1:0", false)]
    // All of 127.0.0.0/8 is this machine.
    [InlineData("http://127.0.0.2:5080", false)]
    // Every interface, in the forms Kestrel takes and reports.
    [InlineData("http://0.0.0.0:5080", true)]
    [InlineData("http://[::]:5080", true)]
    [InlineData("http://+:5080", true)]
    [InlineData("http://*:5080", true)]
    // One address of the LAN.
    [InlineData("http://192.168.1.5:5080", true)]
    [InlineData("http://[fe80::1]:5080", true)]
    // Kestrel binds a host name other than localhost to every interface.
    [InlineData("http://plans.example.fi:5080", true)]
    [InlineData("http://localhost.example.fi:5080", true)]
    public void An_address_other_machines_may_reach_is_told_apart(string url, bool reachable) =>
        Assert.Equal(reachable, ListenAddresses.ReachableFromOtherMachines(url));
}
