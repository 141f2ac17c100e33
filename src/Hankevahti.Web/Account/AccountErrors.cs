using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Account;

/// <summary>
/// Identity's refusals in the user's language: the ones a person meets when choosing a password get our own
/// text (Identity describes them in English only); any other is shown as Identity words it.
/// </summary>
public static class AccountErrors
{
    public static IReadOnlyList<string> Describe(IdentityResult result, IdentityOptions options, IStringLocalizer<AccountText> text) =>
        result.Errors.Select(e => Describe(e, options, text)).Distinct(StringComparer.Ordinal).ToList();

    public static string Describe(IdentityError error, IdentityOptions options, IStringLocalizer<AccountText> text) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => Format(text["ErrorPasswordTooShort"], options.Password.RequiredLength),
        nameof(IdentityErrorDescriber.PasswordMismatch) => text["ErrorPasswordMismatch"],
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => Format(text["ErrorPasswordRequiresUniqueChars"], options.Password.RequiredUniqueChars),
        nameof(IdentityErrorDescriber.InvalidToken) => text["ErrorInvalidToken"],
        _ => error.Description,
    };

    private static string Format(string format, int value) => string.Format(CultureInfo.CurrentUICulture, format, value);
}
