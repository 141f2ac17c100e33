using System.Globalization;
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
/// The projects behind one figure: of a view's group (?view=regions&amp;group=Pirkanmaa) or of the whole filtered
/// portfolio, those whose share of the figure is not zero, each linking to the project. Their figures add up to the
/// figure the link came from, because the group's figure is their sum (<see cref="PortfolioResult.RowsOf"/>).
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class PortfolioProjectsModel(HankevahtiDb db, RequestAccess access, TimeProvider time, IStringLocalizer<PortfolioText> text,
    DatabaseSettings settings, DatabaseChanges changes) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "programme")] public string? Programme { get; set; }
    [BindProperty(SupportsGet = true, Name = "region")] public string? Region { get; set; }
    [BindProperty(SupportsGet = true, Name = "organisation")] public string? Organisation { get; set; }
    [BindProperty(SupportsGet = true, Name = "year")] public string? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "order")] public string? Order { get; set; }
    [BindProperty(SupportsGet = true, Name = "view")] public string? ViewParameter { get; set; }
    [BindProperty(SupportsGet = true, Name = "group")] public string? Group { get; set; }
    [BindProperty(SupportsGet = true, Name = "figure")] public string? FigureParameter { get; set; }
    [BindProperty(SupportsGet = true, Name = "format")] public string? Format { get; set; }
    // Read from the query itself: "page" is the route value Razor Pages names the page by, which binding would give instead.
    private string? PageParameter => Request.Query["page"];

    /// <summary>The page of <see cref="Rows"/> shown (the total row and the exports cover them all).</summary>
    public Paging Paging { get; private set; } = null!;

    public PortfolioView View { get; private set; } = null!;
    public PortfolioFigure Figure { get; private set; }
    public IReadOnlyList<PortfolioRow> Rows { get; private set; } = [];
    /// <summary>The group shown (null: the whole filtered portfolio).</summary>
    public string? ShownGroup { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var messages = new List<(string, string)>();
        var viewName = string.IsNullOrWhiteSpace(ViewParameter) ? "overview" : ViewParameter.Trim().ToLowerInvariant();
        if (!PortfolioView.Views.Any(v => v.Name == viewName))
        {
            messages.Add(("view", Bad(text["ViewsNav"], ViewParameter)));
            viewName = "overview";
        }
        Figure = PortfolioFigure.Projects;
        if (!string.IsNullOrWhiteSpace(FigureParameter))
        {
            if (PortfolioNames.Figure(FigureParameter) is { } figure)
            {
                Figure = figure;
            }
            else
            {
                messages.Add(("figure", Bad(text["FigureParameter"], FigureParameter)));
            }
        }
        var address = new PortfolioAddress(Programme, Region, Organisation, Year, Sort, Order, viewName == "overview" ? null : viewName,
            viewName == "overview" ? null : Group, PortfolioNames.Of(Figure));
        View = await PortfolioView.LoadAsync(db, await access.VisibleProjectsAsync(ct), viewName, address, text,
            DateOnly.FromDateTime(time.GetLocalNow().DateTime), await PortfolioView.StampAsync(settings, changes, ct), ct);
        View.NoGroupText = text["NoGroup"];
        View.FormAction = "/portfolio/projects";
        ShownGroup = viewName == "overview" || string.IsNullOrEmpty(Group) ? null : Group;
        if (ShownGroup is not null && !View.Result.Groups.Any(g => g.Group == ShownGroup))
        {
            messages.Add(("group", Bad(text["GroupParameter"], Group)));
            ShownGroup = null;
        }
        Rows = View.Sorted(View.Result.RowsOf(ShownGroup, Figure), r => r.Project.Name, r => r.Figures);
        Paging = Paging.Of(PageParameter, Rows.Count, out var badPage);
        if (badPage)
        {
            messages.Add(("page", string.Format(CultureInfo.CurrentCulture, Fi.Ui("BadPage"), PageParameter)));
        }
        foreach (var (field, message) in View.Messages.Concat(messages))
        {
            ModelState.AddModelError(field, message);
        }
        Messages = View.Messages.Concat(messages).ToList();
        return PortfolioFiles.Respond(this, Format, Table(), "salkku-hankkeet") ?? Page();
    }

    public IReadOnlyList<(string Field, string Message)> Messages { get; private set; } = [];

    public PortfolioTable Table() => new(
        text["Group.none"],
        View.Figures.Select(f => (f, text["Figure." + PortfolioNames.Of(f)].Value)).ToList(),
        Rows.Select(r => (r.Project.Name, r.Figures)).ToList(),
        text["Total"], PortfolioFigures.Sum(Rows.Select(r => r.Figures)));

    private string Bad(string label, string? value) =>
        string.Format(CultureInfo.CurrentCulture, text["BadValue"], label, value, text["ExpectedListed"]);
}
