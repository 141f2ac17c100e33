using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hankevahti.Web.Shared;

/// <summary>
/// The page UseExceptionHandler shows for an unhandled error: what happened in plain words and an id
/// to find the logged details by, never the exception itself.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string? RequestId { get; private set; }

    // The exception handler re-executes the failed request's method, so every method renders this page.
    public void OnGet() => RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;

    public void OnPost() => OnGet();

    public void OnPut() => OnGet();

    public void OnDelete() => OnGet();
}
