using System.Globalization;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Portfolio;
using Hankevahti.Web.Security;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Portfolio;

/// <summary>
/// The address of a portfolio page: every choice as the URL gives it (so a shared link shows the same view, and a
/// bad value can be shown back), and the links that keep the choices while changing one of them.
/// </summary>
public sealed record PortfolioAddress(string? Programme, string? Region, string? Organisation, string? Year, string? Sort, string? Order,
    string? View = null, string? Group = null, string? Figure = null)
{
    /// <summary>The query string of the address with some values replaced (null or empty: left out), starting with "?" when not empty.</summary>
    public string Query(params (string Name, string? Value)[] changes)
    {
        var values = new List<(string, string?)>
        {
            ("programme", Programme), ("region", Region), ("organisation", Organisation), ("year", Year), ("sort", Sort), ("order", Order),
            ("view", View), ("group", Group), ("figure", Figure),
        };
        foreach (var (name, value) in changes)
        {
            var i = values.FindIndex(v => v.Item1 == name);
            values[i] = (name, value);
        }
        var parts = values.Where(v => !string.IsNullOrEmpty(v.Item2)).Select(v => $"{v.Item1}={Uri.EscapeDataString(v.Item2!)}").ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}

/// <summary>
/// What a portfolio page shows: the figures of the projects the user may see, grouped by the view's dimension,
/// filtered and sorted as the address says. A value the address gives that is not one of the choices is shown back
/// with a message and not applied: the page answers with the rest, never with an error.
/// </summary>
public sealed class PortfolioView
{
    /// <summary>The views by the last segment of their address, in the navigation's order.</summary>
    public static readonly IReadOnlyList<(string Name, PortfolioDimension Dimension)> Views =
    [
        ("overview", PortfolioDimension.None), ("programmes", PortfolioDimension.Programme), ("regions", PortfolioDimension.Region),
        ("organisations", PortfolioDimension.Organisation), ("years", PortfolioDimension.Year),
    ];

    public required string ViewName { get; init; }
    public required PortfolioDimension Dimension { get; init; }
    public required PortfolioAddress Address { get; init; }
    public required PortfolioResult Result { get; init; }
    public required PortfolioFilter Filter { get; init; }
    public required IReadOnlyList<(string Field, string Message)> Messages { get; set; }
    /// <summary>"name" or a figure's address name.</summary>
    public required string Sort { get; init; }
    public required bool Descending { get; init; }
    public required string Language { get; init; }

    public static string ViewPath(string view) => view == "overview" ? "/portfolio" : "/portfolio/" + view;

    /// <param name="stamp">The database's change stamp taken before (null: it cannot be told; every fact is read afresh).</param>
    public static async Task<PortfolioView> LoadAsync(HankevahtiDb db, ProjectScope scope, string viewName, PortfolioAddress address,
        IStringLocalizer<PortfolioText> text, DateOnly today, PortfolioStamp? stamp, CancellationToken ct)
    {
        var dimension = Views.First(v => v.Name == viewName).Dimension;
        var messages = new List<(string, string)>();
        string Bad(string field, string label, string? value, string expected) =>
            string.Format(CultureInfo.CurrentCulture, text["BadValue"], label, value, expected);

        int? year = null;
        if (!string.IsNullOrWhiteSpace(address.Year))
        {
            if (int.TryParse(address.Year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2200)
            {
                year = y;
            }
            else
            {
                messages.Add(("year", Bad("year", text["Group.year"], address.Year, text["ExpectedYear"])));
            }
        }
        var wanted = new PortfolioFilter(Blank(address.Programme), Blank(address.Region), Blank(address.Organisation), year);
        var projects = scope.Apply(db.Projects);
        var result = await PortfolioQuery.RunAsync(db, projects, dimension, wanted, today, ct, stamp);
        // A value not among the choices (a typo, or a programme the user may not see) is named and dropped.
        var choices = result.Choices;
        var filter = wanted;
        if (filter.Programme is { } p && !choices.Programmes.Any(c => string.Equals(c.Key, p, StringComparison.OrdinalIgnoreCase)))
        {
            messages.Add(("programme", Bad("programme", text["Group.programme"], p, text["ExpectedListed"])));
            filter = filter with { Programme = null };
        }
        if (filter.Region is { } r && !choices.Regions.Contains(r.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            messages.Add(("region", Bad("region", text["Group.region"], r, text["ExpectedListed"])));
            filter = filter with { Region = null };
        }
        if (filter.Organisation is { } o && !choices.Organisations.Contains(o.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            messages.Add(("organisation", Bad("organisation", text["Group.organisation"], o, text["ExpectedListed"])));
            filter = filter with { Organisation = null };
        }
        if (filter != wanted)
        {
            result = await PortfolioQuery.RunAsync(db, projects, dimension, filter, today, ct, stamp);
        }
        var sort = Blank(address.Sort)?.ToLowerInvariant() ?? "name";
        if (sort != "name" && PortfolioNames.Figure(sort) is null)
        {
            messages.Add(("sort", Bad("sort", text["SortParameter"], address.Sort, text["ExpectedListed"])));
            sort = "name";
        }
        return new PortfolioView
        {
            ViewName = viewName, Dimension = dimension, Address = address, Result = result, Filter = filter, Messages = messages,
            Sort = sort, Descending = string.Equals(address.Order, "desc", StringComparison.OrdinalIgnoreCase),
            Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
        };
    }

    /// <summary>The groups in the address's order; by name in Finnish order, a figure's ties by name. Sorted once per page.</summary>
    public IReadOnlyList<PortfolioGroup> Groups => groups ??= Sorted(Result.Groups, g => GroupName(g.Group), g => g.Figures);

    private IReadOnlyList<PortfolioGroup>? groups;

    public IReadOnlyList<T> Sorted<T>(IEnumerable<T> items, Func<T, string> name, Func<T, PortfolioFigures> figures)
    {
        var names = StringComparer.Create(Shared.Fi.Culture, ignoreCase: true);
        if (PortfolioNames.Figure(Sort) is { } figure)
        {
            var byFigure = Descending ? items.OrderByDescending(i => figures(i).Value(figure)) : items.OrderBy(i => figures(i).Value(figure));
            return byFigure.ThenBy(name, names).ToList();
        }
        return (Descending ? items.OrderByDescending(name, names) : items.OrderBy(name, names)).ToList();
    }

    /// <summary>A group's name as the reader reads it: a programme by the catalogue's name, a project by its own, "(none)" for the no-group.</summary>
    public string GroupName(string group) => Dimension switch
    {
        _ when group == PortfolioQuery.NoGroup || group == ProgrammeCatalogue.None => NoGroupText,
        PortfolioDimension.Programme => Result.Choices.Programmes.FirstOrDefault(p => p.Key == group)?.Name(Language) ?? group,
        PortfolioDimension.None => (projectNames ??= ProjectNames()).GetValueOrDefault(group) ?? group,
        _ => group,
    };

    // The overview's groups are its projects' ids: looked up, not searched for, ten thousand times a page.
    private Dictionary<string, string>? projectNames;

    private Dictionary<string, string> ProjectNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Result.Rows)
        {
            names.TryAdd(row.Group, row.Project.Name);
        }
        return names;
    }

    public string NoGroupText { get; set; } = "–";

    /// <summary>Where the filter form sends its choices: the view itself, or the drill-down page.</summary>
    public string FormAction { get; set; } = "";

    /// <summary>The figures the view shows: a forecast only where projects are whole (not split by organisation or year).</summary>
    public IReadOnlyList<PortfolioFigure> Figures =>
        Enum.GetValues<PortfolioFigure>().Where(f => f != PortfolioFigure.Forecast || (Dimension is not (PortfolioDimension.Organisation or PortfolioDimension.Year)
            && Filter.Organisation is null && Filter.Year is null)).ToList();

    /// <summary>The drill-down behind one group's figure (null group: the whole portfolio's).</summary>
    public string DrillLink(string? group, PortfolioFigure figure) =>
        "/portfolio/projects" + Address.Query(("sort", null), ("order", null), ("view", group is null ? null : ViewName), ("group", group), ("figure", PortfolioNames.Of(figure)));

    /// <summary>The database's change stamp now, for <see cref="LoadAsync"/>: the pages keep the portfolio's facts while it stays the same.</summary>
    public static async Task<PortfolioStamp?> StampAsync(DatabaseSettings settings, DatabaseChanges changes, CancellationToken ct) =>
        await changes.StampAsync(ct) is { } stamp ? new PortfolioStamp(settings, stamp) : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
