using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hankevahti.Web.Security;

/// <summary>
/// The host names the app answers: AllowedHosts, a list separated by semicolons ("plans.example.fi;localhost"),
/// by default the loopback names. ASP.NET Core's host filtering, which WebApplication.CreateBuilder puts
/// first in the pipeline, answers any other Host with 400. This is what stops DNS rebinding: a page on
/// another domain whose name is re-pointed to 127.0.0.1 reaches the app with its own name in Host.
/// </summary>
public static class AllowedHosts
{
    public const string Key = "AllowedHosts";

    /// <summary>What a browser on this machine calls the app, on any port.</summary>
    public static readonly IReadOnlyList<string> Loopback = ["localhost", "127.0.0.1", "[::1]"];

    public static IServiceCollection AddAllowedHosts(this IServiceCollection services, IConfiguration configuration)
    {
        // Set here rather than left to ASP.NET Core's own reading of the key, which trims nothing and takes
        // an empty value for "*", every host: a blank setting must not open the app to every domain.
        services.AddOptions<HostFilteringOptions>()
            .Configure(options => options.AllowedHosts = From(configuration[Key]))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<HostFilteringOptions>, Validation>();
        return services;
    }

    /// <summary>The configured names, trimmed; the loopback names when none is given.</summary>
    public static List<string> From(string? setting)
    {
        var names = (setting ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return names.Count > 0 ? names : [.. Loopback];
    }

    /// <summary>
    /// Host filtering compares names without the port, so an entry with a scheme, a port or a path would
    /// match no request and the app would refuse everyone without a hint: such a setting stops the start.
    /// </summary>
    private sealed class Validation : IValidateOptions<HostFilteringOptions>
    {
        public ValidateOptionsResult Validate(string? name, HostFilteringOptions options)
        {
            var problems = options.AllowedHosts.Where(h => !IsName(h))
                .Select(h => $"{Key}: '{h}' is not a host name; list names without scheme, port or path, separated by ';' (e.g. plans.example.fi;localhost)")
                .ToList();
            return problems.Count > 0 ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
        }

        // "*" (any host), "*.example.fi" (its subdomains), a name, an IPv4 address or a bracketed IPv6 address.
        private static bool IsName(string host) =>
            host.Length > 0
            && !host.Contains('/')
            && (host.StartsWith('[') ? host.EndsWith(']') : !host.Contains(':'));
    }
}
