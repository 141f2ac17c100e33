using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hankevahti.Web.Tests.Support;

/// <summary>A person who can sign in at <see cref="OidcProvider"/>: the claims its ID tokens carry, and the password its form takes.</summary>
public sealed record OidcAccount(string Sub, string Email, string Password, string Name, bool EmailVerified = true);

/// <summary>
/// The one client <see cref="OidcProvider"/> knows: the app under test. Code flow with PKCE only.
/// </summary>
/// <param name="RedirectUris">Where codes may be sent, e.g. http://127.0.0.1:5000/signin-oidc.</param>
/// <param name="TokenEndpointAuthMethod">client_secret_post (what ASP.NET Core's handler sends) or client_secret_basic.</param>
/// <param name="AnyLoopbackPort">
/// Accept the redirect URIs on any port of 127.0.0.1: the app binds port 0 and learns its port only after
/// it has been given the provider's address, so the URIs can name no port (http://127.0.0.1/signin-oidc).
/// </param>
public sealed record OidcClient(
    string ClientId,
    string ClientSecret,
    IReadOnlyList<string> RedirectUris,
    IReadOnlyList<string>? PostLogoutRedirectUris = null,
    string TokenEndpointAuthMethod = "client_secret_post",
    bool AnyLoopbackPort = false);

/// <summary>
/// A real OpenID Connect provider for the sign-on tests: `node tests/oidc/provider.mjs` (oidc-provider from
/// the repository's package-lock.json) on a free 127.0.0.1 port. Its sign-in page is a plain form
/// (E-mail, Password, "Sign in"); consent is not asked. Disposing it kills it.
/// </summary>
public sealed partial class OidcProvider : IAsyncDisposable
{
    // The script prints this once it listens; a loaded machine may need a few seconds to load Node.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process process;
    private readonly string configFile;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<Uri> ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private OidcProvider(Process process, string configFile, OidcClient client, IReadOnlyList<OidcAccount> accounts)
    {
        this.process = process;
        this.configFile = configFile;
        Client = client;
        Accounts = accounts;
    }

    /// <summary>The issuer, http://127.0.0.1:PORT/: what the app's OpenID Connect handler takes as Authority.</summary>
    public Uri Authority { get; private set; } = null!;

    public OidcClient Client { get; }
    public IReadOnlyList<OidcAccount> Accounts { get; }

    /// <summary>What the provider wrote to stdout and stderr, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static string Script => Path.Combine(SeedFiles.RepoRoot(), "tests", "oidc", "provider.mjs");

    public static async Task<OidcProvider> StartAsync(OidcClient client, params OidcAccount[] accounts)
    {
        var root = SeedFiles.RepoRoot();
        Assert.True(
            Directory.Exists(Path.Combine(root, "node_modules", "oidc-provider")),
            $"oidc-provider is missing from {root}/node_modules: run `npm ci` there (building Hankevahti.Web does it)");

        var configFile = Path.Combine(Path.GetTempPath(), $"hankevahti-oidc-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(configFile, ConfigJson(client, accounts));

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add("--config");
        start.ArgumentList.Add(configFile);
        // Port 0: the script binds a free port and prints it, so no other test can take it in between.
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add("0");
        start.Environment.Remove("OIDC_PORT");

        var provider = new OidcProvider(new Process { StartInfo = start, EnableRaisingEvents = true }, configFile, client, accounts);
        try
        {
            await provider.RunAsync();
            return provider;
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }
    }

    private async Task RunAsync()
    {
        process.OutputDataReceived += (_, e) => Keep(e.Data, "");
        process.ErrorDataReceived += (_, e) => Keep(e.Data, "stderr: ");
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            Assert.Fail("node is needed: apt-get install nodejs npm");
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExitAsync();
        // WaitForExitAsync also waits for the redirected output to be read, so a failed start shows all of stderr.
        var first = await Task.WhenAny(ready.Task, exited, Task.Delay(StartTimeout));
        Assert.True(
            first == ready.Task,
            (first == exited ? $"the OpenID Connect provider exited with {process.ExitCode}" : $"the OpenID Connect provider did not start in {StartTimeout.TotalSeconds} s") + $":\n{Output}");
        Authority = ready.Task.Result;
    }

    private void Keep(string? line, string prefix)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.Append(prefix).Append(line).Append('\n');
        }
        if (prefix.Length == 0 && ReadyLine().Match(line) is { Success: true } m)
        {
            ready.TrySetResult(new Uri(m.Groups[1].Value));
        }
    }

    /// <summary>The config file tests/oidc/provider.mjs reads: its field names are oidc-provider's client metadata.</summary>
    private static string ConfigJson(OidcClient client, IReadOnlyList<OidcAccount> accounts) =>
        JsonSerializer.Serialize(new
        {
            client = new
            {
                client_id = client.ClientId,
                client_secret = client.ClientSecret,
                redirect_uris = client.RedirectUris,
                post_logout_redirect_uris = client.PostLogoutRedirectUris ?? [],
                token_endpoint_auth_method = client.TokenEndpointAuthMethod,
                any_loopback_port = client.AnyLoopbackPort,
            },
            accounts = accounts.Select(a => new
            {
                sub = a.Sub,
                email = a.Email,
                email_verified = a.EmailVerified,
                name = a.Name,
                password = a.Password,
            }),
        });

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            await process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
            // Never started: there is nothing to kill.
        }
        process.Dispose();
        File.Delete(configFile);
    }

    public override string ToString() => $"OpenID Connect provider at {Authority}";

    [GeneratedRegex(@"^OIDC_READY (http://127\.0\.0\.1:\d+)$")]
    private static partial Regex ReadyLine();
}
