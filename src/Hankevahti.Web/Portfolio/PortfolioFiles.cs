using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hankevahti.Web.Portfolio;

/// <summary>A page's table as a download when the address asks for one (?format=xlsx or csv); null: show the page.</summary>
public static class PortfolioFiles
{
    public static IActionResult? Respond(PageModel page, string? format, PortfolioTable table, string fileName) =>
        format?.Trim().ToLowerInvariant() switch
        {
            "xlsx" => page.File(PortfolioExport.Xlsx(table), PortfolioExport.XlsxType, fileName + ".xlsx"),
            "csv" => page.File(PortfolioExport.Csv(table), PortfolioExport.CsvType, fileName + ".csv"),
            // Any other format is a hand-edited address: the page itself, with the figures, is the answer.
            _ => null,
        };
}
