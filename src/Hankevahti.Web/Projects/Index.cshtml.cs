using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Projects;

/// <summary>
/// The front page: every project, searched, filtered and sorted by a GET form, so that the choices
/// live in the address (a link or a bookmark shows the same list) and nothing needs JavaScript.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(HankevahtiDb db, RequestAccess access, IStringLocalizer<UiText> ui, IStringLocalizer<ProjectsText> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "programme")]
    public string? Programme { get; set; }

    [BindProperty(SupportsGet = true, Name = "region")]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "order")]
    public string? Order { get; set; }

    // Read from the query itself: "page" is the route value Razor Pages names the page by, which binding would give instead.
    private string? PageParameter => Request.Query["page"];

    /// <summary>The page of <see cref="Projects"/> shown.</summary>
    public Paging Paging { get; private set; } = new(1, Paging.DefaultSize, 0);

    /// <summary>The filters' choices and the number of all projects.</summary>
    public ProjectChoices Choices { get; private set; } = new(0, [], [], []);

    public IReadOnlyList<ProjectSummary> Projects { get; private set; } = [];

    public ProjectFilter Filter { get; private set; } = null!;

    /// <summary>A signed-in account without any role: it sees no project, and is told why.</summary>
    public bool HasNoRole { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await access.VisibleProjectsAsync(ct);
        HasNoRole = (await access.CurrentAsync(ct)).HasNoRole;
        Choices = await ProjectList.ChoicesAsync(db, scope, ct);
        int? year = null;
        if (!string.IsNullOrWhiteSpace(Year))
        {
            if (FormValues.TryYear(Year, out var y))
            {
                year = y;
            }
            else
            {
                // Only a hand-edited address gets here; the list is shown unfiltered by year, and says why.
                ModelState.AddModelError("year", string.Format(CultureInfo.CurrentUICulture, ui["NotAYear"], text["FilterYear"]));
            }
        }
        var sort = ProjectFilter.Sorts.Contains(Sort) ? Sort! : "name";
        Filter = new ProjectFilter(Query?.Trim(), Programme, Region, Status, year, sort, Order == "desc");
        Projects = await ProjectList.QueryAsync(db, Filter, scope, ct);
        Paging = Paging.Of(PageParameter, Projects.Count, out var badPage);
        if (badPage)
        {
            ModelState.AddModelError("page", string.Format(CultureInfo.CurrentUICulture, ui["BadPage"], PageParameter));
        }
    }
}
