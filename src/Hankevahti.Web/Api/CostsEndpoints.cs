using System.Globalization;
using Hankevahti.Following;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Api;

/// <summary>
/// A project's actual costs: summed per organisation × work part × category × month as the costs page counts them
/// (the ledger's rows and the grid's entries, summed by the database: <see cref="FollowUps.CostsAsync"/>), and the
/// ledger's rows themselves a page at a time.
/// </summary>
public static class CostsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/{id:int}/costs", SumsAsync)
            .WithName("listCostSums").WithSummary("Actual costs summed per organisation × work part × category × month")
            .WithDescription("from and to are months (yyyy-MM), both included; part \"\" is the project as a whole. Total is the sum of the items returned.")
            .Produces<CostSums>().ApiErrors(400, 401, 403, 404)
            .RequireAuthorization(Policies.ProjectRead);

        api.MapGet("/{id:int}/costs/rows", RowsAsync)
            .WithName("listCostRows").WithSummary("The ledger's rows as imported, a page at a time, by id")
            .Produces<PageOf<CostRow>>().ApiErrors(400, 401, 403, 404)
            .RequireAuthorization(Policies.ProjectRead);
    }

    private static async Task<IResult> SumsAsync(int id, HankevahtiDb db, CancellationToken ct,
        string? organisation = null, string? part = null, string? category = null, string? from = null, string? to = null)
    {
        var errors = new Dictionary<string, string[]>();
        var first = Month(from, "from", errors);
        var last = Month(to, "to", errors);
        if (category is not null && FollowUpNames.ParseCategory(category.Trim()) is null)
        {
            errors["category"] = [$"category must be one of {string.Join(", ", Enum.GetValues<Hankevahti.Plans.CostCategory>().Select(FollowUpNames.Category))}, not \"{category.Trim()}\"."];
        }
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }
        if (!await db.Projects.AnyAsync(p => p.Id == id, ct))
        {
            return ApiProblems.NotFound($"There is no project with id {id}.");
        }
        var items = (await FollowUps.CostsAsync(db, id, ct))
            .Where(c => (organisation is null || c.Organisation == organisation.Trim())
                && (part is null || (c.PartCode ?? "") == part.Trim())
                && (category is null || FollowUpNames.Category(c.Category) == FollowUpNames.Category(FollowUpNames.ParseCategory(category.Trim())!.Value))
                && (first is null || c.Month >= first) && (last is null || c.Month <= last))
            .Select(c => new CostSum(c.Organisation, c.PartCode, FollowUpNames.Category(c.Category), c.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), c.Amount))
            .ToList();
        return Results.Ok(new CostSums(items, items.Sum(c => c.Amount)));
    }

    private static async Task<IResult> RowsAsync(int id, HttpContext http, HankevahtiDb db, CancellationToken ct,
        int? page = null, int? pageSize = null, string? organisation = null, string? from = null, string? to = null)
    {
        var (number, size, errors) = Paging.Read(page, pageSize);
        var first = Month(from, "from", errors);
        var last = Month(to, "to", errors);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }
        if (!await db.Projects.AnyAsync(p => p.Id == id, ct))
        {
            return ApiProblems.NotFound($"There is no project with id {id}.");
        }
        var query = db.ActualCosts.AsNoTracking().Where(c => c.ProjectId == id);
        if (organisation is not null)
        {
            var org = organisation.Trim();
            query = query.Where(c => c.Organisation == org);
        }
        if (first is { } f)
        {
            query = query.Where(c => c.BookedOn >= f);
        }
        if (last is { } l)
        {
            var end = l.AddMonths(1);
            query = query.Where(c => c.BookedOn < end);
        }
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(c => c.Id).Skip((number - 1) * size).Take(size)
            .Select(c => new CostRow(c.Id, c.Organisation, c.Voucher, c.Line, c.BookedOn, c.Account, c.AccountName, c.CostCentre, c.PartCode, c.Category, c.Amount, c.Text))
            .ToListAsync(ct);
        return Results.Ok(Paging.Of(http.Request, items, total, number, size));
    }

    private static DateOnly? Month(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month;
        }
        errors[field] = [$"{field} must be a month written yyyy-MM (2026-03), not \"{text.Trim()}\"."];
        return null;
    }
}
