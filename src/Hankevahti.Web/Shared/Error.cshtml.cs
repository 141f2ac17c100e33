using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hankevahti.Web.Shared;

/// <summary>
/// The page UseExceptionHandler shows for an unhandled error: what happened in plain words and an id
/// to find the logged details by, never the exception itself.
/// </summary>
[Authorize(Policy = Policies.Public)]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string? RequestId { get; private set; }

    // The exception handler re-executes the failed request's method, so every method renders this page.
    public void OnGet() => RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;

    [HandlerPolicy(Policies.Public)]
    public void OnPost() => OnGet();

    [HandlerPolicy(Policies.Public)]
    public void OnPut() => OnGet();

    [HandlerPolicy(Policies.Public)]
    public void OnDelete() => OnGet();
}
