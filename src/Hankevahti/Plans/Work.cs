namespace Hankevahti.Plans;

/// <summary>
/// A node of the work structure: osa-alue, pilari, investointi, työpaketti or any grouping a
/// plan uses, to any depth, with actions (toimenpiteet) under it.
/// </summary>
public sealed record WorkPart
{
    /// <summary>Stable identifier of the item inside the plan, kept from version to version (docs/plan-json.md, "Identities").</summary>
    public string Id { get; init; } = "";
    /// <summary>The code as the plan writes it: "1", "TP2B", "1.4A", "Pilari 4".</summary>
    public string Code { get; init; } = "";
    public WorkPartKind Kind { get; init; } = WorkPartKind.Part;
    /// <summary>The plan's own word for the kind ("Osa-alue", "Työpaketti").</summary>
    public string? KindLabel { get; init; }
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    /// <summary>Name of the organisation responsible, as in <see cref="Organisation.Name"/> when it matches one.</summary>
    public string? Responsible { get; init; }
    public List<WorkPart> Children { get; init; } = [];
    public List<WorkAction> Actions { get; init; } = [];
    public SourceRef? Source { get; init; }
}

public enum WorkPartKind { Part, Pillar, Investment, WorkPackage, Other }

/// <summary>An action (toimenpide).</summary>
public sealed record WorkAction
{
    /// <summary>Stable identifier of the item inside the plan, kept from version to version (docs/plan-json.md, "Identities").</summary>
    public string Id { get; init; } = "";
    /// <summary>The code as the plan writes it: "F.1", "2.3", "A".</summary>
    public string Code { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public string? Responsible { get; init; }
    public Schedule Schedule { get; init; } = new();
    public SourceRef? Source { get; init; }
}

/// <summary>When an action is done. A plan may have lost its schedule (a Gantt chart whose bars were images).</summary>
public sealed record Schedule
{
    public ScheduleStatus Status { get; init; } = ScheduleStatus.None;
    public List<SchedulePeriod> Periods { get; init; } = [];
    public SourceRef? Source { get; init; }
}

public enum ScheduleStatus
{
    /// <summary>The plan gives no schedule for the action.</summary>
    None,
    /// <summary>The periods are known.</summary>
    Known,
    /// <summary>The plan had a schedule but its marks were lost (e.g. a chart exported as text).</summary>
    Unknown,
}

/// <summary>One period in which an action is active, with the mark's text if the cell held one.</summary>
public sealed record SchedulePeriod
{
    /// <summary>The column heading as written: "09-10/2026", "2020 Q1".</summary>
    public string Label { get; init; } = "";
    public PeriodGranularity Granularity { get; init; } = PeriodGranularity.Other;
    public DateOnly? Start { get; init; }
    public DateOnly? End { get; init; }
    public string? Note { get; init; }
    public SourceRef? Source { get; init; }
}

public enum PeriodGranularity { Month, Bimonth, Quarter, HalfYear, Year, Other }
