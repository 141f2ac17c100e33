using Hankevahti.Plans;

namespace Hankevahti.Web.Plans.Risks;

/// <summary>How serious a score (likelihood × impact) is: the heat map's colour bands.</summary>
public enum RiskLevel { Low, Moderate, High, VeryHigh }

/// <summary>A cell of the 5 × 5 matrix: its ratings, score, band and place in the SVG.</summary>
public sealed record MatrixCell(int Likelihood, int Impact, int Score, RiskLevel Level, double X, double Y);

/// <summary>A risk placed in the matrix: its number on the page (index + 1), the cell and the marker's centre.</summary>
public sealed record MatrixMarker(int Index, int Likelihood, int Impact, double Cx, double Cy)
{
    public int Number => Index + 1;
    public string Anchor => PlanParts.Anchor($"risks[{Index}]");
}

/// <summary>
/// The risk matrix as a heat map: impact 1–5 from left to right, likelihood 1–5 from bottom to top, each
/// cell coloured by its score band, and each rated risk as a numbered marker in its cell. Risks without
/// both ratings (or with one outside 1–5) are listed in <see cref="Unplaced"/> instead.
/// </summary>
public sealed class RiskMatrix
{
    public const double Left = 96;
    public const double Top = 8;
    public const double CellWidth = 100;
    public const double CellHeight = 80;
    public const double Bottom = 64;
    public const double Radius = 11;
    public const double Width = Left + 5 * CellWidth + 8;
    public const double Height = Top + 5 * CellHeight + Bottom;
    private const int PerRow = 4;

    /// <summary>Fills light enough that dark text (#1a1a1a) on them has well over 4.5:1 contrast.</summary>
    public static readonly IReadOnlyDictionary<RiskLevel, string> Fills = new Dictionary<RiskLevel, string>
    {
        [RiskLevel.Low] = "#d3ecd6",
        [RiskLevel.Moderate] = "#fff0b3",
        [RiskLevel.High] = "#ffd0a1",
        [RiskLevel.VeryHigh] = "#f6b0ab",
    };

    public RiskMatrix(IReadOnlyList<Risk> risks)
    {
        var cells = new List<MatrixCell>();
        for (var likelihood = 5; likelihood >= 1; likelihood--)
        {
            for (var impact = 1; impact <= 5; impact++)
            {
                var score = likelihood * impact;
                cells.Add(new MatrixCell(likelihood, impact, score, LevelOf(score), Left + (impact - 1) * CellWidth, Top + (5 - likelihood) * CellHeight));
            }
        }
        Cells = cells;

        var markers = new List<MatrixMarker>();
        var unplaced = new List<int>();
        for (var i = 0; i < risks.Count; i++)
        {
            if (Place(risks[i]) is not { } place)
            {
                unplaced.Add(i);
                continue;
            }
            var cell = cells.Single(c => c.Likelihood == place.Likelihood && c.Impact == place.Impact);
            var k = markers.Count(m => m.Likelihood == place.Likelihood && m.Impact == place.Impact);
            markers.Add(new MatrixMarker(i, place.Likelihood, place.Impact,
                cell.X + 16 + k % PerRow * (2 * Radius + 3), cell.Y + 16 + k / PerRow * (2 * Radius + 3)));
        }
        Markers = markers;
        Unplaced = unplaced;
    }

    /// <summary>The 25 cells, top row (likelihood 5) first, each row from impact 1 to 5.</summary>
    public IReadOnlyList<MatrixCell> Cells { get; }
    public IReadOnlyList<MatrixMarker> Markers { get; }
    /// <summary>Indexes of the risks that have no cell.</summary>
    public IReadOnlyList<int> Unplaced { get; }

    public IEnumerable<MatrixMarker> In(MatrixCell cell) => Markers.Where(m => m.Likelihood == cell.Likelihood && m.Impact == cell.Impact);

    /// <summary>The cell of a risk: (likelihood, impact), or null when either rating is missing or outside 1–5.</summary>
    public static (int Likelihood, int Impact)? Place(Risk risk) =>
        CellOf(risk.Likelihood) is { } l && CellOf(risk.Impact) is { } i ? (l, i) : null;

    /// <summary>
    /// The row or column of a rating. A range ("2–3") goes to its upper end, the cautious reading: a risk
    /// judged possibly serious is shown as serious. A value between whole numbers (2,5) goes up likewise.
    /// </summary>
    public static int? CellOf(RiskRating? rating)
    {
        if ((rating?.Max ?? rating?.Min) is not { } value)
        {
            return null;
        }
        var cell = (int)Math.Ceiling(value);
        return cell is >= 1 and <= 5 ? cell : null;
    }

    public static RiskLevel LevelOf(int score) => score switch
    {
        <= 4 => RiskLevel.Low,
        <= 9 => RiskLevel.Moderate,
        <= 16 => RiskLevel.High,
        _ => RiskLevel.VeryHigh,
    };
}
