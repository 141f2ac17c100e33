using Hankevahti.Storage.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hankevahti.Storage.People;

/// <summary>
/// ASP.NET Core Identity on Hankevahti's database with Hankevahti's rules, for the web app and the CLI alike,
/// so that a password the CLI accepts is one the web accepts and the other way round.
/// </summary>
public static class PeopleServices
{
    /// <summary>The shortest password accepted: length, not character classes, is what makes a password hard to guess (NIST SP 800-63B).</summary>
    public const int MinPasswordLength = 12;

    /// <summary>Failed sign-ins in a row before the account is locked for <see cref="LockoutMinutes"/>.</summary>
    public const int MaxFailedSignIns = 5;

    public const int LockoutMinutes = 15;

    /// <summary>Identity's user manager on the database; the web app adds sign-in and its token providers to what this returns.</summary>
    public static IdentityBuilder AddHankevahtiIdentityCore(this IServiceCollection services)
    {
        services.AddScoped<IUserConfirmation<UserAccount>, AccountConfirmation>();
        return services.AddIdentityCore<UserAccount>(Configure)
            .AddEntityFrameworkStores<HankevahtiDb>();
    }

    public static void Configure(IdentityOptions options)
    {
        options.Password.RequiredLength = MinPasswordLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 4;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(LockoutMinutes);
        options.User.RequireUniqueEmail = true;
        // The user name is the e-mail address: any character an address may have.
        options.User.AllowedUserNameCharacters = "";
        // A disabled account may not sign in (AccountConfirmation says so).
        options.SignIn.RequireConfirmedAccount = true;
    }
}

/// <summary>Identity asks this before every sign-in: an account an administrator disabled is refused.</summary>
public sealed class AccountConfirmation : IUserConfirmation<UserAccount>
{
    public Task<bool> IsConfirmedAsync(UserManager<UserAccount> manager, UserAccount user) => Task.FromResult(user.DisabledAt is null);
}
