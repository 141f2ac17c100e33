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
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }
            var form = await context.Request.ReadFormAsync();
            var code = Codes.Contains(form["lang"].ToString()) ? form["lang"].ToString() : "fi";
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(Fi.Culture, new CultureInfo(code))),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            return Results.LocalRedirect(LocalOnly(form["returnUrl"].ToString()));
        });
        return app;
    }

    // Only a path of this site: an absolute or protocol-relative address would be an open redirect.
    private static string LocalOnly(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
