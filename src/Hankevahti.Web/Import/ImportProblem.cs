using Hankevahti.Reading;
using Hankevahti.Web.Shared;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Import;

/// <summary>
/// Why an upload gave no plan, in the user's language: over a limit (what, how much, the limit), not
/// readable as its type, or no plan in it; with the reader's or importer's own words (English) as the
/// detail. The upload page and the preview page (for imports that waited in the queue) say the same.
/// </summary>
public static class ImportProblem
{
    public static (string Message, string? Detail) Describe(ImportPreview preview, IStringLocalizer<ImportText> text)
    {
        var file = preview.File;
        if (preview.Read.OverLimit is { } over)
        {
            return (text[$"OverLimit{over.Kind}", file, Fi.Number(over.Found), Fi.Number(over.Limit)], null);
        }
        if (preview.ReadFailed)
        {
            var ext = Path.GetExtension(file).ToLowerInvariant();
            var expected = text[ext switch { ".docx" => "ExpectedDocx", ".pdf" => "ExpectedPdf", _ => "ExpectedText" }];
            return (text["Unreadable", file, expected], preview.Read.Messages.First(m => m.Severity == Severity.Error).Message);
        }
        return (text["NotAPlan", file], preview.Result.Error);
    }
}
