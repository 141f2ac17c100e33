using Microsoft.AspNetCore.Authorization;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Shared;

/// <summary>The page for error status codes without a body of their own (404 above all), via UseStatusCodePagesWithReExecute.</summary>
[Authorize(Policy = Policies.Public)]
[IgnoreAntiforgeryToken]
public sealed class StatusCodeModel(IStringLocalizer<UiText> ui) : PageModel
{
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    // No parameters to bind: binding would read the form of a re-executed POST, and a form that broke
    // the original request (too large) breaks this one too. The code comes from the route.
    public void OnGet()
    {
        var code = int.TryParse(RouteData.Values["code"] as string, System.Globalization.CultureInfo.InvariantCulture, out var c) ? c : 0;
        (Title, Message) = code switch
        {
            404 => (ui["NotFoundTitle"].Value, ui["NotFoundText"].Value),
            400 => (ui["BadRequestTitle"], ui["BadRequestText"]),
            403 when HttpContext.Items.ContainsKey(SameSiteWrites.RefusedItem) => (ui["CrossSiteTitle"], ui["CrossSiteText"]),
            403 => (ui["ForbiddenTitle"], ui["ForbiddenText"]),
            405 => (ui["MethodTitle"], ui["MethodText"]),
            413 => (ui["TooLargeTitle"], ui["TooLargeText"]),
            _ => (ui["StatusTitle"], ui["StatusText", code]),
        };
        // Reached directly (/status/404) rather than through a failed request: keep the code it names.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null && code is >= 400 and <= 599)
        {
            Response.StatusCode = code;
        }
    }

    [HandlerPolicy(Policies.Public)]
    public void OnPost() => OnGet();
}
