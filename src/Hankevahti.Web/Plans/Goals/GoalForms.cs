using Hankevahti.Limits;
using System.Globalization;
using Hankevahti.Plans;
using Hankevahti.Web.Plans.Limits;
using Hankevahti.Web.Shared;

namespace Hankevahti.Web.Plans.Goals;

/// <summary>
/// A goal as its form posts it. Every field is a string, so that whatever was typed comes back to the
/// field when the form is shown again with a message.
/// </summary>
[LabelsFrom(typeof(GoalsText))]
public sealed class GoalInput
{
    /// <summary>The goal's place in the plan's list; null for a new goal.</summary>
    public int? Index { get; set; }
    public string? Level { get; set; }
    [Limit(FieldKind.Code, Label = "Goal.Code")]
    public string? Code { get; set; }
    [Limit(FieldKind.Description, Label = "Goal.Text")]
    public string? Text { get; set; }
    public string? PartCode { get; set; }
    public List<string> IndicatorIds { get; set; } = [];

    public static GoalInput From(Goal goal, int index) => new()
    {
        Index = index,
        Level = goal.Level.ToString(),
        Code = goal.Code,
        Text = goal.Text,
        PartCode = goal.PartCode,
        IndicatorIds = [.. goal.IndicatorIds],
    };
}

/// <summary>An indicator as its form posts it, with its baseline and target rows and the goals it measures.</summary>
[LabelsFrom(typeof(GoalsText))]
public sealed class IndicatorInput
{
    /// <summary>Blank target rows offered beyond the filled ones: without JavaScript there is no "add a row" button.</summary>
    public const int SpareRows = 2;

    public int? Index { get; set; }
    [Limit(FieldKind.Title, Label = "Indicator.Name")]
    public string? Name { get; set; }
    public string? Kind { get; set; }
    [Limit(FieldKind.ShortText, Label = "Indicator.Unit")]
    public string? Unit { get; set; }
    public ValueInput Baseline { get; set; } = new();
    public List<ValueInput> Targets { get; set; } = [];
    [Limit(FieldKind.ShortText, Label = "Indicator.DataSource")]
    public string? DataSource { get; set; }
    [Limit(FieldKind.ShortText, Label = "Indicator.Method")]
    public string? Method { get; set; }
    [Limit(FieldKind.ShortText, Label = "Indicator.Frequency")]
    public string? Frequency { get; set; }
    [Limit(FieldKind.Person, Label = "Indicator.Responsible")]
    public string? Responsible { get; set; }
    /// <summary>The codes of the work parts or actions followed, separated by commas.</summary>
    [Limit(FieldKind.ShortText, Label = "Indicator.WorkCodes")]
    public string? WorkCodes { get; set; }
    /// <summary>The ids of the goals the indicator measures (the goals' <see cref="Goal.IndicatorIds"/>).</summary>
    public List<string> GoalIds { get; set; } = [];

    public static IndicatorInput New() => new() { Kind = nameof(IndicatorKind.Count), Targets = [.. Enumerable.Range(0, SpareRows + 1).Select(_ => new ValueInput())] };

    public static IndicatorInput From(Indicator indicator, int index, IEnumerable<Goal> goals) => new()
    {
        Index = index,
        Name = indicator.Name,
        Kind = indicator.Kind.ToString(),
        Unit = indicator.Unit,
        Baseline = ValueInput.From(indicator.Baseline),
        Targets = [.. indicator.Targets.Select(ValueInput.From), .. Enumerable.Range(0, SpareRows).Select(_ => new ValueInput())],
        DataSource = indicator.DataSource,
        Method = indicator.Method,
        Frequency = indicator.Frequency,
        Responsible = indicator.Responsible,
        WorkCodes = string.Join(", ", indicator.WorkCodes),
        GoalIds = [.. goals.Where(g => g.IndicatorIds.Contains(indicator.Id)).Select(g => g.Id)],
    };
}

/// <summary>One row of an indicator's values: the baseline or a target, for a year or a period.</summary>
[LabelsFrom(typeof(GoalsText))]
public sealed class ValueInput
{
    [Limit(FieldKind.Date)]
    public string? Year { get; set; }
    [Limit(FieldKind.Number)]
    public string? Value { get; set; }
    /// <summary>"yes", "no" or empty: the value of a yes/no indicator.</summary>
    public string? Achieved { get; set; }
    [Limit(FieldKind.ShortText, Label = "Column.Period")]
    public string? Period { get; set; }
    [Limit(FieldKind.ShortText, Label = "Column.Text")]
    public string? Text { get; set; }

    public bool IsBlank => new[] { Year, Value, Achieved, Period, Text }.All(string.IsNullOrWhiteSpace);

    public static ValueInput From(IndicatorValue? value) => value is null ? new() : new()
    {
        Year = value.Year?.ToString(CultureInfo.InvariantCulture),
        Value = FormValues.Number(value.Value),
        Achieved = value.Achieved switch { true => "yes", false => "no", _ => "" },
        Period = value.Period,
        Text = value.Text,
    };
}

/// <summary>Small helpers shared by the forms of the goals, outcomes and needs pages.</summary>
public static class FormText
{
    /// <summary>The text trimmed, or null when nothing was typed: the plan's JSON leaves out what is not known.</summary>
    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A list typed as "1.1, 1.2" or one item a line.</summary>
    public static List<string> Items(string? text) =>
        [.. (text ?? "").Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// An id for an item added in the web: the kind's prefix and six letters of a random hash, not used
    /// anywhere in the plan. Random, not "one more than the highest", so that an id once deleted is not
    /// given to another item in a later version, where the versions' diff would call it the same item.
    /// </summary>
    public static string NewId(string prefix, Plan plan) =>
        Hankevahti.Versions.PlanIds.NewId(prefix, null, Guid.NewGuid().ToString("N"), Hankevahti.Versions.PlanIds.All(plan));
}
