using Hankevahti.Models;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Models;

/// <summary>What the models' pages share: the projects a user may link, messages of refused fields, the period shown by default.</summary>
public static class ModelForms
{
    /// <summary>
    /// The projects a user may link a model to: every project for the local owner and administrators, else those
    /// where they are manager or editor (the same holders as <see cref="Policies.ModelEdit"/>).
    /// </summary>
    public static async Task<IReadOnlyList<(int Id, string Name)>> LinkableProjectsAsync(HankevahtiDb db, UserAccess access, CancellationToken ct)
    {
        var all = await db.Projects.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        return all.Where(p => access.LocalOwner || access.IsAdministrator
                || (access.Memberships.TryGetValue(p.Id, out var m) && m.Role is ProjectRole.Manager or ProjectRole.Editor))
            .Select(p => (p.Id, p.Name)).ToList();
    }

    /// <summary>The ids of the projects the user may see: linked projects outside them are not named to them.</summary>
    public static async Task<IReadOnlySet<int>> VisibleProjectIdsAsync(HankevahtiDb db, RequestAccess access, CancellationToken ct) =>
        (await (await access.VisibleProjectsAsync(ct)).Apply(db.Projects.AsNoTracking()).Select(p => p.Id).ToListAsync(ct)).ToHashSet();

    /// <summary>Refused fields by name, each with its message in the reader's language (ModelsText "Error.{code}").</summary>
    public static Dictionary<string, string> Messages(IEnumerable<FieldError> errors, IStringLocalizer<ModelsText> text) =>
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => text["Error." + g.First().Code].Value, StringComparer.Ordinal);

    /// <summary>This month, the period shown when none is asked for.</summary>
    public static ModelPeriod ThisMonth => new(DateTime.Today.Year, DateTime.Today.Month);

    /// <summary>An SVG text element (Razor keeps &lt;text&gt; for itself): the content encoded, the attributes numbers only.</summary>
    public static Microsoft.AspNetCore.Html.HtmlString SvgText(int x, int y, string content, bool middle = true) =>
        new($"<text x=\"{x.ToString(System.Globalization.CultureInfo.InvariantCulture)}\" y=\"{y.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"{(middle ? " text-anchor=\"middle\"" : "")} font-size=\"13\" fill=\"#111\">{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(content)}</text>");

    public static string StatusText(IStringLocalizer<ModelsText> text, AdoptionStatus status) => text["Status." + AdoptionStatuses.Name(status)].Value;
}
