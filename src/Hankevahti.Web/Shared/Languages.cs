using Hankevahti.Web.Security;
using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hankevahti.Web.Shared;

/// <summary>
/// The interface languages: Finnish (the default), Swedish and English. The reader's choice is kept in
/// a cookie set by the language form of every page (POST /language), and ?lang=sv works for links.
/// Numbers, amounts and dates keep the Finnish formats in every language (<see cref="Fi"/>), so
/// forms read "12 500,50" the same whichever language the page is in.
/// </summary>
public static class Languages
{
    public static readonly IReadOnlyList<string> Codes = ["fi", "sv", "en"];

    /// <summary>The language the page is written in: "fi", "sv" or "en".</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is var code && Codes.Contains(code) ? code : "fi";

    /// <summary>Each language's name in itself, for the switch.</summary>
    public static string NameOf(string code) => code switch
    {
        "sv" => "Svenska",
        "en" => "English",
        _ => "Suomi",
    };

    public static IServiceCollection AddLanguages(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var ui = Codes.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(Fi.Culture, new CultureInfo("fi"));
            // Formats stay Finnish: only fi-FI is a supported (formatting) culture.
            options.SupportedCultures = [Fi.Culture];
            options.SupportedUICultures = ui;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new CookieRequestCultureProvider(),
            ];
        });
        return services;
    }

    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapPost("/language", async (HttpContext context, IAntiforgery antiforgery) =>
        {
            IFormCollection form;
            try
            {
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    return Results.BadRequest();
                }
                form = await context.Request.ReadFormAsync();
            }
            catch (Exception ex) when (ex is AntiforgeryValidationException or InvalidDataException)
            {
                // A form the framework will not read (a NUL in a value, a broken body) is the client's fault: 400, not 500.
                return Results.BadRequest();
            }
            var code = Codes.Contains(form["lang"].ToString()) ? form["lang"].ToString() : "fi";
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(Fi.Culture, new CultureInfo(code))),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            return Results.LocalRedirect(LocalOnly(form["returnUrl"].ToString()));
        }).RequireAuthorization(Policies.Public);
        return app;
    }

    /// <summary>
    /// The return address when it is a plain path of this site, else the front page. An absolute or
    /// protocol-relative address ("//x", and "/\x", which browsers read the same) would be an open
    /// redirect. The layout writes the page's path and query escaped, so a real one is printable ASCII;
    /// anything else is junk, and would not pass anyway: LocalRedirect throws on control characters and
    /// Kestrel on a Location header with them or with non-ASCII (both were a 500).
    /// </summary>
    private static string LocalOnly(string? url) =>
        url is { Length: > 0 } && url[0] == '/'
        && (url.Length == 1 || url[1] is not ('/' or '\\'))
        && url.All(c => c is > ' ' and < '\u007f')
            ? url
            : "/";
}
