using Hankevahti.Storage.Database;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Hankevahti.Storage.People;

/// <summary>
/// The data-protection keys every Hankevahti process shares through the database (data_protection_keys), under one
/// application name: what one process protects (a cookie, an invitation token made by `hankevahti users add --invite`)
/// another can read. The web app and the CLI must both use this.
/// </summary>
public static class SharedKeys
{
    public const string ApplicationName = "Hankevahti";

    public static IDataProtectionBuilder AddHankevahtiDataProtection(this IServiceCollection services) =>
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<HankevahtiDb>();
}
