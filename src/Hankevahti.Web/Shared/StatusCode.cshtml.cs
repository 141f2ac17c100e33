using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hankevahti.Web.Shared;

/// <summary>The page for error status codes without a body of their own (404 above all), via UseStatusCodePagesWithReExecute.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusCodeModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet(int code)
    {
        (Title, Message) = code switch
        {
            404 => ("Sivua ei löytynyt", "Hakemaasi sivua tai hanketta ei ole. Tarkista osoite tai valitse hanke luettelosta."),
            400 => ("Virheellinen pyyntö", "Palvelin ei voinut käsitellä pyyntöä."),
            403 => ("Ei käyttöoikeutta", "Sinulla ei ole oikeutta tähän sivuun."),
            405 => ("Toiminto ei ole sallittu", "Tätä toimintoa ei voi tehdä tälle sivulle."),
            _ => ("Virhe", $"Pyyntöä ei voitu käsitellä (tilakoodi {code})."),
        };
        // Reached directly (/status/404) rather than through a failed request: keep the code it names.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null && code is >= 400 and <= 599)
        {
            Response.StatusCode = code;
        }
    }

    public void OnPost(int code) => OnGet(code);
}
