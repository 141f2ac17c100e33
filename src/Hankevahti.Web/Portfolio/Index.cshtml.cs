using Hankevahti.Storage.Database;
using Hankevahti.Storage.Portfolio;
using Hankevahti.Web.Security;
using Hankevahti.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Portfolio;

/// <summary>
/// The portfolio: the overview (one row per project) and the views by programme, region, organisation and year, each
/// with its figures, charts and exports (?format=xlsx|csv), all of the projects the user may see. Filters and sorting
/// are a GET form, so a link shows the same view.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class PortfolioModel(HankevahtiDb db, RequestAccess access, TimeProvider time, IStringLocalizer<PortfolioText> text,
    DatabaseSettings settings, DatabaseChanges changes) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "programme")] public string? Programme { get; set; }
    [BindProperty(SupportsGet = true, Name = "region")] public string? Region { get; set; }
    [BindProperty(SupportsGet = true, Name = "organisation")] public string? Organisation { get; set; }
    [BindProperty(SupportsGet = true, Name = "year")] public string? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "order")] public string? Order { get; set; }
    [BindProperty(SupportsGet = true, Name = "format")] public string? Format { get; set; }
    // Read from the query itself: "page" is the route value Razor Pages names the page by, which binding would give instead.
    private string? PageParameter => Request.Query["page"];

    public PortfolioView View { get; private set; } = null!;

    /// <summary>The page of the view's rows shown (the total row and the exports cover them all).</summary>
    public Paging Paging { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? view, CancellationToken ct)
    {
        var name = view ?? "overview";
        if (!PortfolioView.Views.Any(v => v.Name == name))
        {
            return NotFound();
        }
        var address = new PortfolioAddress(Programme, Region, Organisation, Year, Sort, Order);
        View = await PortfolioView.LoadAsync(db, await access.VisibleProjectsAsync(ct), name, address, text,
            DateOnly.FromDateTime(time.GetLocalNow().DateTime), await PortfolioView.StampAsync(settings, changes, ct), ct);
        View.NoGroupText = text["NoGroup"];
        Paging = Paging.Of(PageParameter, View.Groups.Count, out var badPage);
        if (badPage)
        {
            View.Messages = [.. View.Messages, ("luvut", string.Format(System.Globalization.CultureInfo.CurrentCulture, Fi.Ui("BadPage"), PageParameter))];
        }
        foreach (var (field, message) in View.Messages)
        {
            ModelState.AddModelError(field, message);
        }
        return PortfolioFiles.Respond(this, Format, Table(), "salkku-" + name) ?? Page();
    }

    /// <summary>The view's table as the page shows it: a row per group (per project in the overview) and the total.</summary>
    public PortfolioTable Table() => new(
        text[View.Dimension == PortfolioDimension.None ? "Group.none" : "Group." + PortfolioNames.Of(View.Dimension)],
        View.Figures.Select(f => (f, text["Figure." + PortfolioNames.Of(f)].Value)).ToList(),
        View.Groups.Select(g => (View.GroupName(g.Group), g.Figures)).ToList(),
        text["Total"], View.Dimension == PortfolioDimension.None ? View.Result.Total : PortfolioFigures.Sum(View.Result.Groups.Select(g => g.Figures)));
}
