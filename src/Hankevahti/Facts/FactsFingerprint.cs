using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hankevahti.Figures;
using Hankevahti.Plans;

namespace Hankevahti.Facts;

/// <summary>
/// Builds the facts fingerprint of an imported plan, renders it as text (one fact a line) or JSON, and
/// compares two fingerprints field by field. Derived figures (totals, funding amounts) come from
/// <see cref="PlanFigures"/>, the same place the web and the checks take them from.
/// </summary>
public static class FactsFingerprint
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static PlanFacts Of(Plan plan)
    {
        var parts = PlanFigures.Parts(plan)
            .Select(p => new PartFact(FactText.Normalise(p.Code), FactText.Normalise(p.Title)))
            .OrderBy(p => NaturalKey(p.Code), StringComparer.Ordinal).ThenBy(p => p.Title, StringComparer.Ordinal)
            .ToList();
        var actions = PlanFigures.Actions(plan).Select(a => a.Action).ToList();
        var budget = plan.Budget;
        var hasBudget = budget.Lines.Any(l => l.Kind == FigureKind.Planned);
        var partTotals = hasBudget
            ? PlanFigures.ByPart(budget)
                .Select(p => new PartTotalFact(p.PartCode is { Length: > 0 } code ? FactText.Normalise(code) : "-", Money(p.Amount)))
                .OrderBy(p => NaturalKey(p.Part), StringComparer.Ordinal)
                .ToList()
            : [];
        return new PlanFacts
        {
            Title = FactText.Normalise(plan.Project.Name),
            Lead = plan.Organisations.FirstOrDefault(o => o.Roles.Contains(OrganisationRole.LeadApplicant)) is { } lead
                ? FactText.Normalise(lead.Name)
                : null,
            Parts = parts,
            Actions = actions.Count,
            ScheduledActions = actions.Count(a => a.Schedule.Status == ScheduleStatus.Known),
            BudgetTotal = hasBudget ? Money(PlanFigures.Total(budget)) : null,
            PartTotals = partTotals,
            OwnFundingShare = Share(budget.Funding.OwnFundingShare),
            OwnFunding = hasBudget && PlanFigures.OwnFunding(budget) is { } own ? Money(own) : null,
            GrantShare = Share(budget.Funding.GrantShare),
            Grant = hasBudget && PlanFigures.Grant(budget) is { } grant ? Money(grant) : null,
            Risks = [.. plan.Risks
                .Select(r => new RiskFact(FactText.Normalise(r.Title), Rating(r.Likelihood), Rating(r.Impact)))
                .OrderBy(r => r.Title, StringComparer.Ordinal).ThenBy(r => r.Likelihood, StringComparer.Ordinal).ThenBy(r => r.Impact, StringComparer.Ordinal)],
            Indicators = [.. plan.Indicators
                .Select(i => new IndicatorFact(FactText.Normalise(i.Name), [.. i.Targets.Select(Target).Order(StringComparer.Ordinal)]))
                .OrderBy(i => i.Name, StringComparer.Ordinal).ThenBy(i => string.Join("; ", i.Targets), StringComparer.Ordinal)],
        };
    }

    /// <summary>The fingerprint as (field, key, value) entries in a fixed order; what <see cref="Text"/> prints and <see cref="Compare"/> matches.</summary>
    public static IReadOnlyList<(string Field, string Key, string Value)> Entries(PlanFacts f)
    {
        var list = new List<(string, string, string)>
        {
            ("title", "", f.Title),
            ("lead", "", f.Lead ?? "-"),
            ("parts", "", Count(f.Parts.Count)),
        };
        list.AddRange(Keyed(f.Parts.Select(p => ("part", p.Code, p.Title))));
        list.Add(("actions", "", Count(f.Actions)));
        list.Add(("actions.scheduled", "", Count(f.ScheduledActions)));
        list.Add(("budget.total", "", Amount(f.BudgetTotal)));
        list.AddRange(Keyed(f.PartTotals.Select(p => ("budget.part", p.Part, Amount(p.Total)))));
        list.Add(("funding.ownShare", "", Percent(f.OwnFundingShare)));
        list.Add(("funding.own", "", Amount(f.OwnFunding)));
        list.Add(("funding.grantShare", "", Percent(f.GrantShare)));
        list.Add(("funding.grant", "", Amount(f.Grant)));
        list.Add(("risks", "", Count(f.Risks.Count)));
        list.AddRange(Keyed(f.Risks.Select(r => ("risk", r.Title, $"likelihood {r.Likelihood}, impact {r.Impact}"))));
        list.Add(("indicators", "", Count(f.Indicators.Count)));
        list.AddRange(Keyed(f.Indicators.Select(i => ("indicator", i.Name, i.Targets.Count == 0 ? "no targets" : string.Join("; ", i.Targets)))));
        return list;
    }

    /// <summary>One fact a line, "field [key]: value", in the order of <see cref="Entries"/>.</summary>
    public static string Text(PlanFacts facts)
    {
        var sb = new StringBuilder();
        foreach (var (field, key, value) in Entries(facts))
        {
            sb.Append(field);
            if (key.Length > 0)
            {
                sb.Append(" [").Append(key).Append(']');
            }
            sb.Append(": ").Append(value).Append('\n');
        }
        return sb.ToString();
    }

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Json(PlanFacts facts) => JsonSerializer.Serialize(facts, JsonOptions) + "\n";

    /// <summary>
    /// The differences from <paramref name="expected"/> to <paramref name="actual"/>, field by field: a
    /// value that differs, or a part, risk or indicator that is in one only. Empty when the two are equal.
    /// </summary>
    public static IReadOnlyList<FactDifference> Compare(PlanFacts expected, PlanFacts actual)
    {
        var a = Entries(expected);
        var b = Entries(actual).ToDictionary(e => (e.Field, e.Key), e => e.Value);
        var seen = new HashSet<(string, string)>();
        var differences = new List<FactDifference>();
        foreach (var (field, key, value) in a)
        {
            seen.Add((field, key));
            var other = b.GetValueOrDefault((field, key));
            if (other != value)
            {
                differences.Add(new FactDifference(field, key, value, other));
            }
        }
        foreach (var (field, key, value) in Entries(actual))
        {
            if (!seen.Contains((field, key)))
            {
                differences.Add(new FactDifference(field, key, null, value));
            }
        }
        return differences;
    }

    // Two risks (or parts) with the same title stay two entries: the second is keyed "title #2".
    private static IEnumerable<(string, string, string)> Keyed(IEnumerable<(string Field, string Key, string Value)> items)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (field, key, value) in items)
        {
            var n = counts[key] = counts.GetValueOrDefault(key) + 1;
            yield return (field, n == 1 ? key : $"{key} #{n}", value);
        }
    }

    private static string Count(int n) => n.ToString(Inv);

    private static string Amount(decimal? d) => d is { } v ? v.ToString("0.00", Inv) : "-";

    private static string Percent(decimal? share) => share is { } s ? (s * 100).ToString("0.##", Inv) + " %" : "-";

    // Cents are the finest unit a budget states; a trailing zero of scale is not a difference.
    private static decimal Money(decimal d) => decimal.Parse(Math.Round(d, 2, MidpointRounding.AwayFromZero).ToString("0.##", Inv), Inv);

    private static decimal? Share(decimal? s) => s is { } v ? decimal.Parse(v.ToString("0.####", Inv), Inv) : null;

    private static string Rating(RiskRating? r)
    {
        if (r is null)
        {
            return "-";
        }
        if (r.Min is { } min)
        {
            var max = r.Max ?? min;
            return max == min ? Number(min) : $"{Number(min)}–{Number(max)}";
        }
        return FactText.Normalise(r.Text) is { Length: > 0 } text ? text : "-";
    }

    private static string Target(IndicatorValue v)
    {
        var when = v.Year?.ToString(Inv) ?? FactText.Normalise(v.Period);
        var what = v.Value is { } value ? Number(value)
            : v.Achieved is { } achieved ? (achieved ? "yes" : "no")
            : FactText.Normalise(v.Text);
        return when.Length > 0 ? $"{when}: {what}" : what;
    }

    private static string Number(decimal d) => d.ToString("0.##########", Inv);

    // "1.10" after "1.9", "TP10" after "TP2": digit runs compare by value.
    private static string NaturalKey(string code)
    {
        var sb = new StringBuilder();
        var i = 0;
        while (i < code.Length)
        {
            if (char.IsAsciiDigit(code[i]))
            {
                var start = i;
                while (i < code.Length && char.IsAsciiDigit(code[i]))
                {
                    i++;
                }
                var digits = code[start..i].TrimStart('0');
                sb.Append(digits.Length.ToString("D3", Inv)).Append(digits);
            }
            else
            {
                sb.Append(code[i++]);
            }
        }
        return sb.ToString();
    }
}
