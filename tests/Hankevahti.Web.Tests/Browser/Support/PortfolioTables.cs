using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Hankevahti.Web.Tests.Browser.Support;

/// <summary>One row of a portfolio table as the reader sees it: its name (a project's id where the row is a project), each figure's number and where the figure's link goes.</summary>
public sealed record ShownRow(string Name, IReadOnlyDictionary<string, decimal> Figures, IReadOnlyDictionary<string, string> Links)
{
    /// <summary>The group a view's row is, read from its drill-down link ("?group=…"), as the address names it.</summary>
    public string Group => Query(Links["projects"], "group");

    public static string Query(string href, string name) =>
        Uri.UnescapeDataString(Regex.Match(href.Replace("+", "%20", StringComparison.Ordinal), $"[?&]{name}=([^&]*)").Groups[1].Value);
}

/// <summary>
/// Reads the portfolio's tables (table.portfolio, figures in td[data-figure], totals in td[data-total]) as shown:
/// from the page in the browser, or from a page's HTML fetched with the browser's cookies. Numbers are read as
/// the Finnish page writes them ("1 336 000,00 €", "12").
/// </summary>
public static partial class PortfolioTables
{
    // Each body row: its heading's text, and per figure cell the text of the figure itself (not the link's hidden
    // words for screen readers) and the link's address.
    private const string ReadRows = """
        () => [...document.querySelectorAll('table.portfolio tbody tr')].map(tr => ({
            name: tr.querySelector('th').childNodes[0].textContent.trim() || tr.querySelector('th').textContent.trim(),
            project: tr.dataset.project || ((tr.querySelector('th a')?.getAttribute('href') || '').match(/^\/projects\/(\d+)$/) || [])[1] || null,
            cells: [...tr.querySelectorAll('td[data-figure]')].map(td => {
                const a = td.querySelector('a');
                return { figure: td.dataset.figure, text: (a ? a.childNodes[0].textContent : td.textContent).trim(), href: a ? a.getAttribute('href') : null };
            })
        }))
        """;

    private const string ReadTotal = """
        () => Object.fromEntries([...document.querySelectorAll('table.portfolio tfoot td[data-total]')].map(td => {
            const a = td.querySelector('a');
            return [td.dataset.total, (a ? a.childNodes[0].textContent : td.textContent).trim()];
        }))
        """;

    public static async Task<IReadOnlyList<ShownRow>> RowsAsync(IPage page)
    {
        // Read as JSON: Playwright makes no records of its own.
        var rows = await page.EvaluateAsync<JsonElement>(ReadRows);
        return rows.EnumerateArray().Select(r =>
        {
            var cells = r.GetProperty("cells").EnumerateArray().ToList();
            return new ShownRow(r.GetProperty("project").GetString() ?? r.GetProperty("name").GetString()!,
                cells.ToDictionary(c => c.GetProperty("figure").GetString()!, c => Number(c.GetProperty("text").GetString()!)),
                cells.Where(c => c.GetProperty("href").ValueKind == JsonValueKind.String)
                    .ToDictionary(c => c.GetProperty("figure").GetString()!, c => c.GetProperty("href").GetString()!));
        }).ToList();
    }

    public static async Task<IReadOnlyDictionary<string, decimal>> TotalAsync(IPage page) =>
        (await page.EvaluateAsync<JsonElement>(ReadTotal)).EnumerateObject().ToDictionary(p => p.Name, p => Number(p.Value.GetString()!));

    /// <summary>The drill-down's rows from its HTML: project id → figures.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>> DrillRows(string html) =>
        DrillRow().Matches(html).ToDictionary(
            m => int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture),
            m => (IReadOnlyDictionary<string, decimal>)FigureCell().Matches(m.Groups["cells"].Value)
                .ToDictionary(c => c.Groups["figure"].Value, c => Number(WebUtility.HtmlDecode(c.Groups["text"].Value))));

    /// <summary>"1 336 000,00 €" → 1336000.00; "12" → 12; "−5,00 €" → −5.00.</summary>
    public static decimal Number(string text)
    {
        var kept = new string(text.Where(c => char.IsAsciiDigit(c) || c is ',' or '-' or '\u2212').ToArray()).Replace('\u2212', '-').Replace(',', '.');
        return decimal.Parse(kept, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("<tr data-project=\"(?<id>\\d+)\">(?<cells>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex DrillRow();

    [GeneratedRegex("<td class=\"num\" data-figure=\"(?<figure>[a-z-]+)\">(?<text>.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex FigureCell();
}
