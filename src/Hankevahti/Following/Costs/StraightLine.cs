using Hankevahti.Plans;

namespace Hankevahti.Following.Costs;

/// <summary>
/// The straight-line projection shown beside the entered forecast: the actual costs so far divided by the share of the
/// project's time that has passed (days from the start through the day of the statement, of all the project's days).
/// It assumes money is spent evenly; it is a yardstick for the forecast, not a forecast.
/// </summary>
public static class StraightLine
{
    /// <summary>
    /// The elapsed share of the project's time on <paramref name="asOf"/>, 0–1; null when the project's dates are
    /// not both known or it has not started (nothing can be projected from no time).
    /// </summary>
    public static decimal? ElapsedShare(DateRange? period, DateOnly asOf)
    {
        if (period?.Start is not { } start || period.End is not { } end || end < start || asOf < start)
        {
            return null;
        }
        if (asOf >= end)
        {
            return 1m;
        }
        var all = end.DayNumber - start.DayNumber + 1;
        var passed = asOf.DayNumber - start.DayNumber + 1;
        return (decimal)passed / all;
    }

    /// <summary>The projected cost at the end, to the cent; null when no share of time has passed.</summary>
    public static decimal? Project(decimal actual, decimal? elapsedShare) =>
        elapsedShare is { } share and > 0m ? Math.Round(actual / share, 2, MidpointRounding.AwayFromZero) : null;
}
