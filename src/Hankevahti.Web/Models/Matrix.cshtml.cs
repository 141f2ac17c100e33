using Hankevahti.Models;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Models;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Models;

/// <summary>
/// The region × module matrix of a model (/models/{model}/matrix?period=..&amp;compare=..): per region and part, how
/// many organisations or units are in each status as of <c>period</c> (this month by default), and the change from
/// <c>compare</c> (a year earlier by default). Counted by SQL (OperatingModels.MatrixAsync); drawn as a table and an
/// SVG whose figures are the table's. A period that does not read is shown back with its message, and the default used.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class MatrixModel(HankevahtiDb db, IStringLocalizer<ModelsText> text) : PageModel
{
    public OperatingModel Operating { get; private set; } = null!;
    public MatrixChange Change { get; private set; } = null!;
    public Dictionary<string, string> Errors { get; } = [];

    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    [BindProperty(SupportsGet = true)] public string? Compare { get; set; }

    public async Task<IActionResult> OnGetAsync(int model, CancellationToken ct)
    {
        if (await OperatingModels.LoadAsync(db, model, ct) is not { } stored)
        {
            return NotFound();
        }
        Operating = stored.Model;
        var to = Read(Period, "period", ModelForms.ThisMonth);
        var from = Read(Compare, "compare", new ModelPeriod(to.Year - 1, to.Month));
        Period ??= to.ToString();
        Compare ??= from.ToString();
        Change = MatrixChange.Of(await OperatingModels.MatrixAsync(db, model, from, ct), await OperatingModels.MatrixAsync(db, model, to, ct));
        return Page();
    }

    private ModelPeriod Read(string? typed, string field, ModelPeriod fallback)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return fallback;
        }
        if (ModelPeriod.TryParse(typed, out var period))
        {
            return period;
        }
        Errors[field] = text["Error.PeriodFormat"];
        return fallback;
    }
}
