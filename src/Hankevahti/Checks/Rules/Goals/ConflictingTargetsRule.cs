using System.Globalization;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Goals;

/// <summary>
/// The same indicator (same name, same work codes) given different targets for the same year, in one
/// row or in two: one of them is wrong, and the funder cannot tell which.
/// </summary>
public sealed class ConflictingTargetsRule : Rule
{
    public override string Code => "HV-IND-004";
    public override FindingSeverity Severity => FindingSeverity.Error;
    public override Localized Title => new("Ristiriitaiset tavoitearvot", "Conflicting targets");
    public override Localized Explanation => new(
        "Samalle mittarille (sama nimi ja samat toimenpidetunnukset) on annettu samalle vuodelle kaksi eri tavoitearvoa.",
        "The same indicator (same name and work codes) has two different targets for the same year.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var indicators = context.Plan.Indicators ?? [];
        var rows = indicators
            .Select((indicator, index) => (indicator, index))
            .Where(x => x.indicator is not null && !string.IsNullOrWhiteSpace(x.indicator.Name))
            .GroupBy(x => Key(x.indicator), StringComparer.Ordinal);
        foreach (var same in rows)
        {
            var targets = same
                .SelectMany(x => (x.indicator.Targets ?? []).Select((t, ti) => (x.indicator, x.index, target: t, ti)))
                .Where(x => x.target?.Year is not null && Value(x.target) is not null)
                .GroupBy(x => (x.target.Year, Period: Flat(x.target.Period)));
            foreach (var year in targets)
            {
                var values = year.Select(x => Value(x.target)!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                if (values.Count < 2)
                {
                    continue;
                }
                var first = year.First();
                var second = year.First(x => !string.Equals(Value(x.target), values[0], StringComparison.OrdinalIgnoreCase));
                var when = year.Key.Period.Length > 0 ? year.Key.Period : year.Key.Year!.Value.ToString(CultureInfo.InvariantCulture);
                var shown = string.Join(" / ", year.Select(x => Shown(x.target)).Distinct(StringComparer.OrdinalIgnoreCase));
                var rowsNote = first.index == second.index
                    ? new Localized("samalla rivillä", "in the same row")
                    : new Localized("kahdella rivillä", "in two rows");
                var name = Named(first.indicator);
                yield return Found(
                    context.Place($"indicators[{second.index}].targets[{second.ti}]", second.target.Source ?? second.indicator.Source, second.indicator.Name, "monitoring", "goals"),
                    new($"Mittarilla {name} on vuodelle {when} eri tavoitearvot {rowsNote.Fi}: {shown}.",
                        $"Indicator {name} has different targets for {when} {rowsNote.En}: {shown}."),
                    new("Päätä, mikä tavoitearvo on oikea, ja poista tai korjaa toinen.", "Decide which target is right and remove or correct the other."));
            }
        }
    }

    /// <summary>"Sähköisen asioinnin osuus" (1.2.A): the name, then the work it follows.</summary>
    private static string Named(Indicator indicator)
    {
        var codes = (indicator.WorkCodes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(WorkIndex.Normalise).ToList();
        var name = $"\"{WorkNames.Short(indicator.Name)}\"";
        return codes.Count == 0 ? name : $"{name} ({string.Join(", ", codes)})";
    }

    /// <summary>Name and work codes, compared without case or extra spaces.</summary>
    private static string Key(Indicator indicator) =>
        Flat(indicator.Name).ToLowerInvariant() + "|" + string.Join(",", (indicator.WorkCodes ?? []).Select(c => WorkIndex.Normalise(c).ToLowerInvariant()).Order(StringComparer.Ordinal));

    /// <summary>The value compared: the number, else yes/no, else the words.</summary>
    private static string? Value(IndicatorValue? t) =>
        t?.Value is { } v ? v.ToString("0.##########", CultureInfo.InvariantCulture)
        : t?.Achieved is { } a ? (a ? "yes" : "no")
        : string.IsNullOrWhiteSpace(t?.Text) ? null : Flat(t.Text);

    private static string Shown(IndicatorValue t) =>
        !string.IsNullOrWhiteSpace(t.Text) ? Flat(t.Text) : t.Value is { } v ? Say.NumberFi(v) : t.Achieved is { } a ? (a ? "kyllä" : "ei") : "?";

    private static string Flat(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
