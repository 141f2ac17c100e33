using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Costs;

/// <summary>
/// A part's cost as the plan states it in prose ("Työpaketin 3.2 kustannusarvio … on 117 000 €"): a stated
/// part total that does not stand in a table row. <see cref="Approximate"/> when the sentence says "noin".
/// </summary>
public sealed record Estimate(StatedFigure Figure, int Index, WorkEntry Part, bool Approximate)
{
    public decimal Value => Figure.Value;
    public string Path => $"budget.statedFigures[{Index}]";
}

public static class Estimates
{
    public static IReadOnlyList<Estimate> Of(CheckContext context)
    {
        var figures = context.Plan.Budget?.StatedFigures ?? [];
        var result = new List<Estimate>();
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            if (f is null || f.Kind != StatedFigureKind.PartTotal || f.Value <= 0 || InTableRow(f)
                || PartPaths.Resolve(context.Work, f.Scope?.PartCode) is not { } part)
            {
                continue;
            }
            result.Add(new Estimate(f, i, part, IsApproximate(context, f)));
        }
        return result;
    }

    /// <summary>A figure read from a table's row is the table's own; the table's arithmetic is checked elsewhere.</summary>
    public static bool InTableRow(StatedFigure figure) => figure.Source?.Row is not null || figure.Source?.Cell is not null;

    /// <summary>Whether the section the figure stands in says it approximately: "noin 1 100 000 €".</summary>
    private static bool IsApproximate(CheckContext context, StatedFigure figure)
    {
        if (string.IsNullOrWhiteSpace(figure.Text) || context.SectionAt(figure.Source) is not { } section)
        {
            return false;
        }
        // The vocabulary's grammar says which words before an amount make it approximate; any occurrence of the
        // figure's text so stated counts.
        var text = Flat(section.Section.Text);
        var figureText = Flat(figure.Text);
        for (var at = text.IndexOf(figureText, StringComparison.Ordinal); at >= 0; at = text.IndexOf(figureText, at + 1, StringComparison.Ordinal))
        {
            if (Amounts.IsApproximate(text.AsSpan(0, at)))
            {
                return true;
            }
        }
        return false;
    }

    private static string Flat(string text) => string.Join(' ', text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
