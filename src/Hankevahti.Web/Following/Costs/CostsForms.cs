namespace Hankevahti.Web.Following.Costs;

/// <summary>One cell of the month's grid as posted: every value a string, so that what was typed comes back as typed.</summary>
public sealed class EntryCellForm
{
    public string? Part { get; set; }
    public string? Category { get; set; }
    public string? Amount { get; set; }
}

/// <summary>One forecast row as posted.</summary>
public sealed class ForecastForm
{
    public string? Part { get; set; }
    public string? Category { get; set; }
    public string? Amount { get; set; }
    public string? Note { get; set; }
}

/// <summary>A transfer request as posted; an empty part or category is the other side's (or all, when both are empty).</summary>
public sealed class TransferForm
{
    public string? FromPart { get; set; }
    public string? ToPart { get; set; }
    public string? FromCategory { get; set; }
    public string? ToCategory { get; set; }
    public string? Amount { get; set; }
    public string? Reason { get; set; }
}

/// <summary>A funder official's decision on a transfer: "approve" or "return" with a reason.</summary>
public sealed class DecisionForm
{
    public int? TransferId { get; set; }
    public string? Decision { get; set; }
    public string? Reason { get; set; }
}
