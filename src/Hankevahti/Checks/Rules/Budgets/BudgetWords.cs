using System.Text.RegularExpressions;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Budgets;

/// <summary>How the budget checks name tables, rows and amounts in their messages, in Finnish and English.</summary>
internal static partial class BudgetWords
{
    /// <summary>"Liite 1" as written; a section number as "kohta 2.5" / "section 2.5"; the budget when the plan names no table.</summary>
    public static Localized Table(TableFigure figure)
    {
        var table = figure.Table;
        if (string.IsNullOrWhiteSpace(table))
        {
            return new("Talousarvio", "Budget");
        }
        return SectionNumber().IsMatch(table) ? new($"Kohta {table}", $"Section {table}") : new(table, table);
    }

    /// <summary>The row a figure stands on: the total, a group row's label as written, or a cost category.</summary>
    public static Localized Row(TableFigure figure, Plans.Budget budget) => figure.Kind switch
    {
        StatedFigureKind.Total => new("kokonaiskustannukset", "total costs"),
        StatedFigureKind.Subtotal when figure.RowLabel is { } label => new(label, label),
        StatedFigureKind.Subtotal => new("välisumma", "subtotal"),
        StatedFigureKind.CategoryTotal when figure.Scope.Category is { } category => CategoryRow(category, figure.Scope, budget),
        StatedFigureKind.PartTotal => new("osan kokonaisbudjetti", "part total"),
        StatedFigureKind.OwnFunding => new("omarahoitus", "own funding"),
        StatedFigureKind.Grant => new("valtionavustus", "state grant"),
        _ => new("luku", "figure"),
    };

    /// <summary>"Liite 1, rivi Palkat yhteensä, sarake ennuste 2021" and its English.</summary>
    public static Localized Where(TableFigure figure, Plans.Budget budget)
    {
        var table = Table(figure);
        var row = Row(figure, budget);
        var column = figure.Column.Name;
        var part = figure.Scope.PartCode is { } code && !NamesPart(figure.Table, code)
            ? new Localized($" (osa {code})", $" (part {code})") : new Localized("", "");
        // A figure stated in prose has no row or column; naming them would send the reader to look for a table.
        if (figure.Figure.Source is { } source && source.Table is null && source.Row is null)
        {
            return new($"{table.Fi}{part.Fi}, {row.Fi}", $"{table.En}{part.En}, {row.En}");
        }
        return new($"{table.Fi}{part.Fi}, rivi {row.Fi}, sarake {column.Fi}", $"{table.En}{part.En}, row {row.En}, column {column.En}");
    }

    public static Localized Category(CostCategory category) => category switch
    {
        CostCategory.PersonnelHired => new("palkattu henkilöstö", "hired personnel"),
        CostCategory.PersonnelTransferred => new("siirretty työpanos", "transferred work input"),
        CostCategory.ServicesExpert => new("asiantuntijapalvelujen ostot", "expert services"),
        CostCategory.ServicesTravel => new("matkat", "travel"),
        CostCategory.ServicesTraining => new("koulutus", "training"),
        CostCategory.ServicesOther => new("muut ostopalvelut", "other purchased services"),
        CostCategory.Materials => new("aineet ja tarvikkeet", "materials and supplies"),
        CostCategory.Rents => new("vuokrat", "rents"),
        CostCategory.InvestmentIntangible => new("aineettomat investoinnit", "intangible investments"),
        CostCategory.InvestmentMachinery => new("koneet ja laitteet", "machinery and equipment"),
        CostCategory.InvestmentOther => new("muut investoinnit", "other investments"),
        _ => new("muut kustannukset", "other costs"),
    };

    /// <summary>A category row by the label the plan gave its lines ("Palkattu henkilöstö"), else by the category's name.</summary>
    private static Localized CategoryRow(CostCategory category, FigureScope scope, Plans.Budget budget)
    {
        var label = budget.Lines.FirstOrDefault(l => l.Category == category && !string.IsNullOrWhiteSpace(l.Label)
            && string.Equals(l.PartCode, scope.PartCode, StringComparison.OrdinalIgnoreCase)
            && string.Equals(l.Organisation, scope.Organisation, StringComparison.OrdinalIgnoreCase))?.Label;
        return label is not null && label.Length <= 60 ? new(label, label) : Category(category);
    }

    /// <summary>Whether a table's name already says the part ("Liite 3" for part 3), so the message need not repeat it.</summary>
    private static bool NamesPart(string? table, string code) =>
        table is not null && !SectionNumber().IsMatch(table) && Regex.IsMatch(table, $@"(?<![\w.]){Regex.Escape(code)}(?![\w.])", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"^\d+(\.\d+)*\.?$")]
    private static partial Regex SectionNumber();
}
