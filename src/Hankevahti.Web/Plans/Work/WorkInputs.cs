using Hankevahti.Limits;
using Hankevahti.Plans;
using Hankevahti.Web.Plans.Limits;
using Hankevahti.Web.Shared;

namespace Hankevahti.Web.Plans.Work;

/// <summary>
/// What the part form sends. Every field is a string, so that what the user typed is shown again as
/// typed when the form comes back with a message.
/// </summary>
[LabelsFrom(typeof(WorkText))]
public sealed class PartInput
{
    /// <summary>The edited part's path; when adding, the new part's parent ("work" for the top level).</summary>
    public string? Target { get; set; }
    [Limit(FieldKind.Code)]
    public string? Code { get; set; }
    public string? Kind { get; set; }
    [Limit(FieldKind.Title)]
    public string? Title { get; set; }
    [Limit(FieldKind.Person)]
    public string? Responsible { get; set; }
    [Limit(FieldKind.Description)]
    public string? Description { get; set; }
    /// <summary>Where the edited part goes: a part's path or "work" for the top level.</summary>
    public string? Parent { get; set; }

    public static PartInput From(WorkPart part, PartPlace place) => new()
    {
        Target = place.Path,
        Code = part.Code,
        Kind = part.Kind.ToString(),
        Title = part.Title,
        Responsible = part.Responsible,
        Description = part.Description,
        Parent = place.Parent?.Path ?? WorkModel.TopLevel,
    };
}

/// <summary>What the action form sends: the action's fields and its schedule, with the periods as rows.</summary>
[LabelsFrom(typeof(WorkText))]
public sealed class ActionInput
{
    /// <summary>The edited action's path; when adding, the part's path.</summary>
    public string? Target { get; set; }
    [Limit(FieldKind.Code)]
    public string? Code { get; set; }
    [Limit(FieldKind.Title)]
    public string? Title { get; set; }
    [Limit(FieldKind.Person)]
    public string? Responsible { get; set; }
    [Limit(FieldKind.Description)]
    public string? Description { get; set; }
    public string? Status { get; set; }
    public List<PeriodInput> Periods { get; set; } = [];

    /// <summary>The action's fields, its periods and one empty row for a new period.</summary>
    public static ActionInput From(WorkAction action, string path) => new()
    {
        Target = path,
        Code = action.Code,
        Title = action.Title,
        Responsible = action.Responsible,
        Description = action.Description,
        Status = action.Schedule.Status.ToString(),
        Periods = [.. action.Schedule.Periods.Select(p => new PeriodInput { Label = p.Label, Start = FormValues.Date(p.Start), End = FormValues.Date(p.End) }), new PeriodInput()],
    };

    public static ActionInput New(string partPath) => new()
    {
        Target = partPath,
        Status = nameof(ScheduleStatus.Known),
        Periods = [new PeriodInput()],
    };
}

[LabelsFrom(typeof(WorkText))]
public sealed class PeriodInput
{
    [Limit(FieldKind.ShortText, Label = "PeriodLabel")]
    public string? Label { get; set; }
    [Limit(FieldKind.Date)]
    public string? Start { get; set; }
    [Limit(FieldKind.Date)]
    public string? End { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Label) && string.IsNullOrWhiteSpace(Start) && string.IsNullOrWhiteSpace(End);
}

/// <summary>Which form is open on the page, and for which item; at most one at a time.</summary>
public enum WorkForm { EditPart, AddPart, EditAction, AddAction, ConfirmDelete }

public sealed record OpenForm(WorkForm Form, string Path);
