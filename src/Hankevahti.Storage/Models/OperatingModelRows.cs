namespace Hankevahti.Storage.Models;

/// <summary>A model of the catalogue (operating_models); <see cref="Revision"/> is its optimistic concurrency token.</summary>
public sealed class OperatingModelRow
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string? CoreIdea { get; set; }
    public string? TargetGroup { get; set; }
    public string? Conditions { get; set; }
    public string? Evidence { get; set; }
    public int Revision { get; set; } = 1;
    public string? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The core or a module of a model (operating_model_modules).</summary>
public sealed class OperatingModelModuleRow
{
    public int Id { get; set; }
    public int ModelId { get; set; }
    public int Ordinal { get; set; }
    public string Name { get; set; } = "";
    public bool IsCore { get; set; }
    public string? Description { get; set; }
}

/// <summary>A project (and optionally an action of its plan) that develops or spreads a model (operating_model_links).</summary>
public sealed class OperatingModelLinkRow
{
    public int Id { get; set; }
    public int ModelId { get; set; }
    public int ProjectId { get; set; }
    public string ActionId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? AddedBy { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}

/// <summary>One adoption record (model_adoptions): history, never updated in place.</summary>
public sealed class ModelAdoptionRow
{
    public int Id { get; set; }
    public int ModelId { get; set; }
    public int ModuleId { get; set; }
    public string Organisation { get; set; } = "";
    public string? Unit { get; set; }
    public string HolderKey { get; set; } = "";
    public string Region { get; set; } = "";
    public string Period { get; set; } = "";
    public int PeriodKey { get; set; }
    public string Status { get; set; } = "";
    public string? Evidence { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
