using Hankevahti.Plans;

namespace Hankevahti.Following.Values;

/// <summary>A checked value to store: the indicator's id, the period's code, who measured it, the value and the comment.</summary>
public sealed record ValueEntry(string IndicatorId, string PeriodCode, string Organisation, ReadValue Value, string? Comment);

/// <summary>Why a typed value cannot be stored for the plan: a code and what the pages and the CLI say of it.</summary>
public sealed record EntryProblem(string Code, string Typed, ValueProblem? Value = null)
{
    public const string UnknownIndicator = "entry.unknown_indicator";
    public const string UnknownPeriod = "entry.unknown_period";
    public const string UnknownOrganisation = "entry.unknown_organisation";
    public const string CommentTooLong = "entry.comment_too_long";
    public const string BadValue = "entry.bad_value";

    public string English => Code switch
    {
        UnknownIndicator => $"'{Typed}' is not an indicator of the plan (expected an indicator's id or name)",
        UnknownPeriod => $"'{Typed}' is not one of the project's reporting periods (expected a code such as 2026-H2 within the project's dates)",
        UnknownOrganisation => $"'{Typed}' is not an organisation of the plan",
        CommentTooLong => $"the comment is longer than {Typed} characters",
        _ => Value?.English ?? $"'{Typed}' was refused",
    };
}

/// <summary>
/// Checks a typed value against the plan before anything is stored: the indicator is in the plan (by id, or by
/// its name when only one has it), the period is one of the project's, the organisation one of the plan's ('' for
/// the project as a whole), and the value is of the indicator's kind.
/// </summary>
public static class ValueEntries
{
    public static (ValueEntry? Entry, EntryProblem? Problem) Check(Plan plan, IReadOnlyList<ProjectPeriod> periods, string? indicator,
        string? period, string? organisation, string? value, string? comment, int maxComment)
    {
        var found = FindIndicator(plan, indicator);
        if (found is null)
        {
            return (null, new EntryProblem(EntryProblem.UnknownIndicator, (indicator ?? "").Trim()));
        }
        var code = (period ?? "").Trim();
        var projectPeriod = periods.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));
        if (projectPeriod is null)
        {
            return (null, new EntryProblem(EntryProblem.UnknownPeriod, code));
        }
        var org = (organisation ?? "").Trim();
        if (org.Length > 0 && !plan.Organisations.Any(o => o.Name == org))
        {
            return (null, new EntryProblem(EntryProblem.UnknownOrganisation, org));
        }
        var read = MeasuredValueText.Read(found.Kind, value, found.Unit);
        if (read.Problem is { } problem)
        {
            return (null, new EntryProblem(EntryProblem.BadValue, problem.Typed, problem));
        }
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (text is not null && text.Length > maxComment)
        {
            return (null, new EntryProblem(EntryProblem.CommentTooLong, maxComment.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return (new ValueEntry(found.Id, projectPeriod.Code, org, read.Value!.Value, text), null);
    }

    /// <summary>The indicator by its id, or by its name when exactly one indicator has that name.</summary>
    public static Indicator? FindIndicator(Plan plan, string? idOrName)
    {
        var key = (idOrName ?? "").Trim();
        if (key.Length == 0)
        {
            return null;
        }
        var byId = plan.Indicators.FirstOrDefault(i => i.Id == key);
        if (byId is not null)
        {
            return byId;
        }
        var byName = plan.Indicators.Where(i => string.Equals(i.Name.Trim(), key, StringComparison.OrdinalIgnoreCase)).ToList();
        return byName.Count == 1 ? byName[0] : null;
    }
}
