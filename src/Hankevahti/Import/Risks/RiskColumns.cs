using Hankevahti.Import.Common;

namespace Hankevahti.Import.Risks;

/// <summary>Which column of a risk table holds what, read from the header row's words.</summary>
public sealed record RiskColumns
{
    public int? Code { get; init; }
    public int? Title { get; init; }
    public int? Description { get; init; }
    public int? Consequence { get; init; }
    public int? Likelihood { get; init; }
    public int? Impact { get; init; }
    public int? Score { get; init; }
    public int? Mitigation { get; init; }
    public int? Owner { get; init; }

    /// <summary>The columns of a header row, or null when the row is not a risk table's header.</summary>
    public static RiskColumns? FromHeader(IReadOnlyList<string> cells)
    {
        var c = new RiskColumns();
        var any = false;
        for (var i = 0; i < cells.Count; i++)
        {
            var k = CleanText.Key(CleanText.OneLine(cells[i]));
            if (k.Length == 0)
            {
                continue;
            }
            any = true;
            if ((k.Contains("pisteet") || k.Contains("suuruus") || k.Contains("riskiluku") || k.Contains("x vaikutus") || k.Contains("merkittävyys")) && c.Score is null)
            {
                c = c with { Score = i };
            }
            else if (k.Contains("todennäk") && c.Likelihood is null)
            {
                c = c with { Likelihood = i };
            }
            else if (k.Contains("seuraus") && c.Consequence is null)
            {
                c = c with { Consequence = i };
            }
            else if ((k.Contains("toimenpit") || k.Contains("varautu") || k.Contains("hallinta") || k.Contains("ennaltaeh")) && c.Mitigation is null)
            {
                c = c with { Mitigation = i };
            }
            else if (k.StartsWith("vastuu") && c.Owner is null)
            {
                c = c with { Owner = i };
            }
            else if (k.StartsWith("vaikutus") && c.Impact is null)
            {
                c = c with { Impact = i };
            }
            else if (k is "nro" or "#" or "tunnus" or "nro." && c.Code is null)
            {
                c = c with { Code = i };
            }
            else if (k.Contains("riski") && c.Title is null && c.Description is null)
            {
                c = k.Contains("kuvaus") ? c with { Description = i } : c with { Title = i };
            }
            else if (k.StartsWith("kuvaus") && c.Description is null)
            {
                c = c with { Description = i };
            }
        }
        var hasRisk = c.Title is not null || c.Description is not null;
        var hasDetail = c.Mitigation is not null || c.Likelihood is not null || c.Consequence is not null || c.Owner is not null;
        return any && hasRisk && hasDetail ? c : null;
    }

    /// <summary>The column that names the risk: its own title column or else the description.</summary>
    public int Main => (Title ?? Description)!.Value;
}
