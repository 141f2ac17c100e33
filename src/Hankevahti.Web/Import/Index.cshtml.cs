using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Hankevahti.Reading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Hankevahti.Web.Shared;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Import;

/// <summary>
/// The upload form: a .docx, .pdf, .txt or .md plan is read and imported at once, kept on the
/// server under a random token, and the browser is sent to its preview. Every problem with the file
/// (too large, a type the readers do not take, a broken file, no plan in it) comes back as a message
/// beside the file field naming the file.
/// </summary>
// The request may be well over the file limit so that a file over 20 MB still reaches the check
// below, which names the file and the limit (the form buffers large files on disk, not in memory);
// only this page takes bodies this large. Past it the request fails as a bad request.
[Authorize(Policy = Policies.SignedIn)]
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public sealed class IndexModel(PendingImports pending, IStringLocalizer<ImportText> text) : PageModel
{

    public const long FileLimit = DocumentReader.MaxBytes;
    public const long RequestLimit = 5 * FileLimit;
    public static readonly string[] Extensions = [".docx", ".pdf", ".txt", ".md"];
    // The text reader takes these spellings too; they are not offered in the form.
    private static readonly string[] AlsoRead = [".markdown", ".text"];

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The reader's or importer's own words (English) under the message, when it gave any.</summary>
    public string? Detail { get; private set; }

    public static string LimitInMegabytes => (FileLimit / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void OnGet()
    {
    }

    [HandlerPolicy(Policies.SignedIn)]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0 && string.IsNullOrEmpty(Upload.FileName))
        {
            return Problem(text["NoFile"]);
        }
        // Browsers send the name only; some old ones a whole path, which is no one's business here.
        var file = Path.GetFileName(Upload.FileName.Replace('\\', '/'));
        if (file.Length > 200)
        {
            file = file[..200];
        }
        if (file.Length == 0)
        {
            file = "?";
        }
        var ext = Path.GetExtension(file).ToLowerInvariant();
        if (ext == ".doc")
        {
            return Problem(text["OldDoc", file]);
        }
        if (!Extensions.Contains(ext) && !AlsoRead.Contains(ext))
        {
            return Problem(text["UnknownType", file, string.Join(", ", Extensions)]);
        }
        if (Upload.Length > FileLimit)
        {
            return Problem(text["TooLarge", file, Megabytes(Upload.Length), LimitInMegabytes]);
        }
        if (Upload.Length == 0)
        {
            return Problem(text["EmptyFile", file]);
        }

        byte[] bytes;
        using (var stream = new MemoryStream((int)Upload.Length))
        {
            await Upload.CopyToAsync(stream, ct);
            bytes = stream.ToArray();
        }
        if (pending.Enqueue(file, bytes, ImportOwner.Of(User)) is not { } queued)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "30";
            return Problem(text["Busy", pending.Limits.Waiting, file]);
        }
        try
        {
            await queued.Read.WaitAsync(pending.Limits.FormWait, ct);
        }
        catch (TimeoutException)
        {
            // Still waiting or being read: the preview page says which and refreshes until it is done.
            return RedirectToPage("/Import/Preview", new { t = queued.Token });
        }
        if (queued.State == ImportState.Failed && queued.Preview is { } failed)
        {
            pending.Remove(queued.Token);
            (var message, Detail) = ImportProblem.Describe(failed, text);
            return Problem(message);
        }
        return RedirectToPage("/Import/Preview", new { t = queued.Token });
    }

    private PageResult Problem(string message)
    {
        ModelState.AddModelError(nameof(Upload), message);
        return Page();
    }

    private static string Megabytes(long bytes) =>
        (bytes / (1024m * 1024m)).ToString("0.#", Fi.Culture);
}
