namespace Hankevahti.Plans;

/// <summary>The project (hanke) the plan describes.</summary>
public sealed record Project
{
    public string Name { get; init; } = "";
    public string? ShortName { get; init; }
    public Programme? Programme { get; init; }
    /// <summary>Regions (alueet) the project covers, as the plan names them.</summary>
    public List<string> Regions { get; init; } = [];
    public DateRange? Period { get; init; }
    public ProjectStatus Status { get; init; } = ProjectStatus.Draft;
    /// <summary>Funder's case number (diaarinumero) when known.</summary>
    public string? CaseNumber { get; init; }
    public SourceRef? Source { get; init; }
}

/// <summary>The funding programme and call (ohjelma / haku) that funds the project.</summary>
public sealed record Programme
{
    /// <summary>Stable key of the programme, e.g. "rakenneuudistus", "rrf", "hyvan-tyon-ohjelma"; selects the check profile.</summary>
    public string Key { get; init; } = "";
    /// <summary>The programme's name as the plan writes it.</summary>
    public string Name { get; init; } = "";
    public string? Call { get; init; }
    /// <summary>RRF pillar (pilari) the project belongs to, e.g. "4".</summary>
    public string? Pillar { get; init; }
    public string? Investment { get; init; }
    public string? Funder { get; init; }
}

public enum ProjectStatus { Draft, Submitted, Approved, Running, Closed, Cancelled }

/// <summary>A period of dates; either end may be unknown.</summary>
public sealed record DateRange
{
    public DateOnly? Start { get; init; }
    public DateOnly? End { get; init; }
    /// <summary>The plan's own wording when it gives no exact dates ("09/2026–12/2027").</summary>
    public string? Text { get; init; }
}
