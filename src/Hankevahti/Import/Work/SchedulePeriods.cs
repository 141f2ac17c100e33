using Hankevahti.Plans;

namespace Hankevahti.Import.Work;

/// <summary>
/// Column headings of schedule tables as the model's schedule periods, read by the vocabulary's period
/// grammar (<see cref="Periods"/>). A year alone ("2020") heads the quarter columns under it and a day range
/// is not a column, so neither becomes a period here.
/// </summary>
public static class SchedulePeriods
{
    /// <summary>The period a heading names; <paramref name="year"/> is the year from a row above, for "Q1" or a month name alone.</summary>
    public static SchedulePeriod? Parse(string heading, int? year = null)
    {
        if (Periods.Parse(heading, year) is not { Kind: not (PeriodKind.Years or PeriodKind.Days) } p)
        {
            return null;
        }
        return new SchedulePeriod
        {
            Label = p.Text,
            Granularity = p.Months switch
            {
                1 => PeriodGranularity.Month,
                2 => PeriodGranularity.Bimonth,
                3 => PeriodGranularity.Quarter,
                6 => PeriodGranularity.HalfYear,
                12 when p.Start.Month == 1 => PeriodGranularity.Year,
                _ => PeriodGranularity.Other,
            },
            Start = p.Start,
            End = p.End,
        };
    }

    /// <summary>A year on its own ("2020"), as in the row above quarter columns.</summary>
    public static int? Year(string text) => Periods.Year(text);
}
