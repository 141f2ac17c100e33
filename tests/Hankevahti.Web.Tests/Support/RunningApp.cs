using System.Net;
using Hankevahti.Storage.Database;
using Microsoft.AspNetCore.Builder;

namespace Hankevahti.Web.Tests.Support;

/// <summary>
/// The real web app on Kestrel, on a free 127.0.0.1 port, over the given database: started as
/// `hankevahti serve` starts it, and reached over HTTP.
/// </summary>
public sealed class RunningApp : IAsyncDisposable
{
    private RunningApp(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
        // No redirects followed and no cookies kept: each test sees exactly what the app answered.
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address };
    }

    public WebApplication App { get; }
    public Uri Address { get; }
    public HttpClient Http { get; }

    /// <param name="configuration">More command-line configuration, "--Limits:Text:Title=20".</param>
    public static async Task<RunningApp> StartAsync(DatabaseSettings settings, params string[] configuration)
    {
        var app = WebApp.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. configuration], settings);
        await app.StartAsync();
        // With port 0 the server picks a free port and reports the address it bound.
        var address = new Uri(app.Urls.Single());
        Assert.Equal(IPAddress.Loopback.ToString(), address.Host);
        return new RunningApp(app, address);
    }

    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The page as text: entities decoded, so that "1&#xA0;336&#xA0;000,00 €" reads as it shows.</summary>
    public async Task<(HttpStatusCode Status, string Html)> GetPageAsync(string path)
    {
        var (status, body) = await GetAsync(path);
        return (status, WebUtility.HtmlDecode(body));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
