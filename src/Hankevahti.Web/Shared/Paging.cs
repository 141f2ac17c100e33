using System.Globalization;

namespace Hankevahti.Web.Shared;

/// <summary>
/// One page of a long list (the project list, the portfolio's overview and drill-downs): which rows of how many, and
/// the address of another page with every other choice of the address kept. A national portfolio lists ten thousand
/// projects; shown whole, one page was 20 MB of HTML that took seconds to send and more to draw. Totals and exports
/// still cover every row: only what is drawn is paged.
/// </summary>
public sealed record Paging(int Number, int Size, int Total)
{
    /// <summary>Rows a page shows: a screenful or a few, small enough to draw at once, large enough to scan.</summary>
    public const int DefaultSize = 100;

    public int Pages => Math.Max(1, (Total + Size - 1) / Size);
    public int Skip => (Number - 1) * Size;
    /// <summary>The first and last row shown, counted from 1 (0 and 0 when there are none).</summary>
    public int From => Total == 0 ? 0 : Skip + 1;
    public int To => Math.Min(Skip + Size, Total);

    /// <summary>
    /// The page the address asks for. A page past the last (the list shrank since the link was made) is the last one;
    /// anything but a whole number from 1 up is page 1 and <paramref name="bad"/>, for the page to say so.
    /// </summary>
    public static Paging Of(string? requested, int total, out bool bad, int size = DefaultSize)
    {
        bad = false;
        var number = 1;
        if (!string.IsNullOrWhiteSpace(requested))
        {
            if (int.TryParse(requested.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
            {
                number = n;
            }
            else
            {
                bad = true;
            }
        }
        var paging = new Paging(1, size, total);
        return paging with { Number = Math.Min(number, paging.Pages) };
    }

    /// <summary>The rows of this page.</summary>
    public IReadOnlyList<T> Of<T>(IReadOnlyList<T> rows) => rows.Skip(Skip).Take(Size).ToList();

    /// <summary>The address of the request without its page: every other choice kept, in the order the address gave them.</summary>
    public static string AddressOf(Microsoft.AspNetCore.Http.HttpRequest request)
    {
        var kept = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(q => !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)));
        return request.PathBase + request.Path + Microsoft.AspNetCore.Http.QueryString.Create(kept);
    }

    /// <summary>The address of page <paramref name="number"/>: <paramref name="address"/> (a path with its query, without page) and the page.</summary>
    public static string Link(string address, int number) =>
        number <= 1 ? address : address + (address.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "page=" + number.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What the paging links of a list need: the page and the list's address without its page.</summary>
public sealed record PagingLinks(Paging Paging, string Address);
