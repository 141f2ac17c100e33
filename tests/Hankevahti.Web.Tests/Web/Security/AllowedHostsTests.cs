using System.Net;
using Hankevahti.Web.Tests.Support;
using Microsoft.Extensions.Options;

namespace Hankevahti.Web.Tests.Web.Security;

/// <summary>
/// The app answers only the host names in AllowedHosts, by default the loopback names: a page that a
/// DNS-rebinding domain loads into someone's browser is sent with that domain in Host and gets 400.
/// </summary>
public sealed class AllowedHostsTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    /// <summary>"{port}" stands for the port the app listens on.</summary>
    [Theory]
    // A name nobody configured, as a rebinding page sends it (without and with the app's port).
    [InlineData("evil.example", HttpStatusCode.BadRequest)]
    [InlineData("rebind.attacker.example:{port}", HttpStatusCode.BadRequest)]
    // A name that only begins like a loopback name is another name.
    [InlineData("localhost.evil.example:{port}", HttpStatusCode.BadRequest)]
    [InlineData("127.0.0.1.nip.io:{port}", HttpStatusCode.BadRequest)]
    // The names a browser on this machine uses, on any port; host names are not case-sensitive.
    [InlineData("localhost:{port}", HttpStatusCode.OK)]
    [InlineData("LocalHost:{port}", HttpStatusCode.OK)]
    [InlineData("127.0.0.1:{port}", HttpStatusCode.OK)]
    [InlineData("[::1]:{port}", HttpStatusCode.OK)]
    [InlineData("localhost:8080", HttpStatusCode.OK)]
    public async Task A_page_is_answered_only_for_an_allowed_host(string host, HttpStatusCode expected)
    {
        var status = await GetAsync(fixture.App, host.Replace("{port}", fixture.App.Address.Port.ToString()), $"/projects/{RiskPageForm.DemoProject}");
        Assert.Equal(expected, status.Status);
    }

    [Fact]
    public async Task A_refused_host_gets_a_short_message_and_nothing_of_the_plans()
    {
        var (status, body) = await GetAsync(fixture.App, "evil.example", $"/projects/{RiskPageForm.DemoProject}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("hostname", body, StringComparison.OrdinalIgnoreCase);
        Assert.True(body.Length < 1000, $"the refusal is {body.Length} characters long");
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain("Pohjola", body);
    }

    /// <summary>Why each case: the configured name must work, and configuring it must take the loopback names away (an operator lists every name in use).</summary>
    [Theory]
    [InlineData("plans.example.fi", HttpStatusCode.OK)]
    [InlineData("plans.example.fi:{port}", HttpStatusCode.OK)]
    [InlineData("localhost:{port}", HttpStatusCode.BadRequest)]
    [InlineData("127.0.0.1:{port}", HttpStatusCode.BadRequest)]
    [InlineData("other.example.fi", HttpStatusCode.BadRequest)]
    public async Task Configured_allowed_hosts_replace_the_loopback_names(string host, HttpStatusCode expected)
    {
        using var data = new TempDataFolder();
        await using var app = await RunningApp.StartAsync(data.Settings, "--AllowedHosts=plans.example.fi");

        var (status, _) = await GetAsync(app, host.Replace("{port}", app.Address.Port.ToString()), "/");

        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task Several_configured_hosts_are_separated_by_semicolons_with_spaces_allowed()
    {
        using var data = new TempDataFolder();
        await using var app = await RunningApp.StartAsync(data.Settings, "--AllowedHosts=plans.example.fi; localhost");

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(app, "plans.example.fi", "/")).Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(app, "localhost", "/")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync(app, "127.0.0.1", "/")).Status);
    }

    /// <summary>An empty value must not open the app to every host name (ASP.NET Core's own reading of an empty list is "*").</summary>
    [Theory]
    [InlineData("--AllowedHosts=")]
    [InlineData("--AllowedHosts= ; ")]
    public async Task An_empty_setting_keeps_the_loopback_names(string setting)
    {
        using var data = new TempDataFolder();
        await using var app = await RunningApp.StartAsync(data.Settings, setting);

        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync(app, "evil.example", "/")).Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(app, "localhost", "/")).Status);
    }

    /// <summary>
    /// Why each case: host filtering compares names only, so an entry with a scheme, a port or a path
    /// would match nothing and refuse every request with no hint why; the start is stopped instead.
    /// </summary>
    [Theory]
    [InlineData("--AllowedHosts=http://plans.example.fi", "'http://plans.example.fi'")]
    [InlineData("--AllowedHosts=plans.example.fi:443", "'plans.example.fi:443'")]
    [InlineData("--AllowedHosts=localhost;[::1]:5080", "'[::1]:5080'")]
    [InlineData("--AllowedHosts=plans.example.fi/", "'plans.example.fi/'")]
    public async Task An_entry_that_is_not_a_host_name_stops_the_start_naming_it(string setting, string named)
    {
        using var data = new TempDataFolder();
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => RunningApp.StartAsync(data.Settings, setting));
        Assert.Contains("AllowedHosts", error.Message);
        Assert.Contains(named, error.Message);
    }

    internal static async Task<(HttpStatusCode Status, string Body)> GetAsync(RunningApp app, string host, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        using var response = await app.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
