using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Hankevahti.Web.Api;

/// <summary>?page=&amp;pageSize= of the API's lists: pages from 1, at most <see cref="MaxPageSize"/> items a page.</summary>
public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>The page and size asked for, or the fields refused with what was expected.</summary>
    public static (int Page, int Size, Dictionary<string, string[]> Errors) Read(int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (page is < 1)
        {
            errors["page"] = [$"page must be 1 or more, not {page}."];
        }
        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be from 1 to {MaxPageSize}, not {pageSize}."];
        }
        return (page ?? 1, pageSize ?? DefaultPageSize, errors);
    }

    public static PageOf<T> Of<T>(HttpRequest request, IReadOnlyList<T> items, int total, int page, int size)
    {
        var last = Math.Max(1, (total + size - 1) / size);
        return new PageOf<T>(items, total, page, size, new PageLinks(
            Link(request, page, size), Link(request, 1, size), Link(request, last, size),
            page < last ? Link(request, page + 1, size) : null,
            page > 1 ? Link(request, Math.Min(page - 1, last), size) : null));
    }

    // The request's own address with page and pageSize replaced: the filters stay as they were sent.
    private static string Link(HttpRequest request, int page, int size)
    {
        var query = new QueryBuilder(request.Query.Where(q => q.Key is not ("page" or "pageSize")).SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))))
        {
            { "page", page.ToString(CultureInfo.InvariantCulture) },
            { "pageSize", size.ToString(CultureInfo.InvariantCulture) },
        };
        return request.PathBase + request.Path + query.ToQueryString();
    }
}
