using Hankevahti.Following.Actions;
using Hankevahti.Web.Plans.Risks;

namespace Hankevahti.Web.Following.Actions;

/// <summary>A risk in the movement matrix: its number on the page, where it is now and where it was (null: not moved or nothing before).</summary>
public sealed record MovementMarker(int Number, RiskState State, double Cx, double Cy, double? FromCx, double? FromCy);

/// <summary>
/// The risk matrix of a period with movement (laid out on the server, drawn by _RiskMovement.cshtml): the same
/// 5 × 5 heat map as the plan's risk page (<see cref="RiskMatrix"/>'s cells and colours), each risk as a numbered
/// marker at its current place, and for a risk that moved a dashed ring at its previous place with an arrow to
/// the new one. Risks with no place (the plan gave no ratings and none was assessed) are left out of the figure;
/// the table beside it lists every risk.
/// </summary>
public sealed class RiskMovement
{
    public RiskMovement(IReadOnlyList<RiskState> states)
    {
        Cells = new RiskMatrix([]).Cells;
        var now = new Dictionary<(int, int), int>();
        var before = new Dictionary<(int, int), int>();
        var markers = new List<MovementMarker>();
        for (var i = 0; i < states.Count; i++)
        {
            if (states[i].Current is not { } current)
            {
                continue;
            }
            var (cx, cy) = Slot(current, now, top: true);
            double? fx = null, fy = null;
            if (states[i].Previous is { } previous && previous != current)
            {
                (var x, var y) = Slot(previous, before, top: false);
                (fx, fy) = (x, y);
            }
            markers.Add(new MovementMarker(i + 1, states[i], cx, cy, fx, fy));
        }
        Markers = markers;
    }

    public IReadOnlyList<MatrixCell> Cells { get; }
    public IReadOnlyList<MovementMarker> Markers { get; }

    public const double Radius = RiskMatrix.Radius;

    // Current markers fill a cell from its top, previous rings from its bottom, so the two rarely cover each other.
    private static (double X, double Y) Slot(RiskPoint point, Dictionary<(int, int), int> used, bool top)
    {
        var key = (point.Likelihood, point.Impact);
        var k = used.GetValueOrDefault(key);
        used[key] = k + 1;
        var x = RiskMatrix.Left + (point.Impact - 1) * RiskMatrix.CellWidth + 16 + k % 4 * (2 * Radius + 3);
        var rowTop = RiskMatrix.Top + (5 - point.Likelihood) * RiskMatrix.CellHeight;
        var y = top ? rowTop + 16 + k / 4 % 2 * (2 * Radius + 3) : rowTop + RiskMatrix.CellHeight - 18 - k / 4 % 2 * (2 * Radius + 3);
        return (x, y);
    }

    /// <summary>The arrow's end: short of the marker's centre by its radius, so the head is seen beside it.</summary>
    public static (double X, double Y) ArrowEnd(MovementMarker m)
    {
        var dx = m.Cx - m.FromCx!.Value;
        var dy = m.Cy - m.FromCy!.Value;
        var length = Math.Sqrt(dx * dx + dy * dy);
        return length < 1 ? (m.Cx, m.Cy) : (m.Cx - dx / length * (Radius + 2), m.Cy - dy / length * (Radius + 2));
    }
}
