namespace Hankevahti.Storage.Following;

// The rows of migration 0010_following (see its comments for what each table holds). Columns are the
// properties in snake case. Enums are stored by their JSON names (CostCategory "personnelHired",
// statuses "draft"), converted by the code that reads and writes them in Storage/Following.

/// <summary>A measured value of an indicator for a reporting period (indicator_values).</summary>
public sealed class IndicatorValueRow
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string IndicatorId { get; set; } = "";
    public string PeriodCode { get; set; } = "";
    /// <summary>'' for the project as a whole; a co-implementer's organisation for its own value.</summary>
    public string Organisation { get; set; } = "";
    public decimal? NumberValue { get; set; }
    public bool? YesNo { get; set; }
    public string? Comment { get; set; }
    public string Status { get; set; } = "draft";
    public string? StatusReason { get; set; }
    public string? StatusBy { get; set; }
    public DateTimeOffset? StatusAt { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Raised by every change, so a form posted on an older state is told so (optimistic concurrency).</summary>
    public int Revision { get; set; } = 1;
}

/// <summary>An evidence file of a value (value_evidence).</summary>
public sealed class ValueEvidenceRow
{
    public int Id { get; set; }
    public int ValueId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public string? UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>One import of a ledger export (ledger_imports).</summary>
public sealed class LedgerImportRow
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string Organisation { get; set; } = "";
    public string FileName { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public int RowsRead { get; set; }
    public int RowsAdded { get; set; }
    public string? ImportedBy { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
}

/// <summary>An actual cost from a ledger row (actual_costs).</summary>
public sealed class ActualCostRow
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public int? ImportId { get; set; }
    public string Organisation { get; set; } = "";
    public string Voucher { get; set; } = "";
    public int Line { get; set; }
    public DateOnly BookedOn { get; set; }
    public string Account { get; set; } = "";
    public string? AccountName { get; set; }
    public string? CostCentre { get; set; }
    /// <summary>Null while the cost centre maps to no work part: the project as a whole, listed for mapping.</summary>
    public string? PartCode { get; set; }
    public string Category { get; set; } = "";
    public decimal Amount { get; set; }
    public string? Text { get; set; }
}

/// <summary>A cost entered by hand in the grid (cost_entries); Month is "yyyy-MM".</summary>
public sealed class CostEntryRow
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string Organisation { get; set; } = "";
    public string PartCode { get; set; } = "";
    public string Category { get; set; } = "";
    public string Month { get; set; } = "";
    public decimal Amount { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>An organisation's saved ledger mapping (cost_mappings): Kind "account" or "cost_centre".</summary>
public sealed class CostMappingRow
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string Organisation { get; set; } = "";
    public string Kind { get; set; } = "";
    public string SourceValue { get; set; } = "";
    public string Target { get; set; } = "";
    public string? UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The forecast to the end per work part ('' = whole project) and category (cost_forecasts).</summary>
public sealed class CostForecastRow
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string PartCode { get; set; } = "";
    public string Category { get; set; } = "";
    public decimal Amount { get; set; }
    public string? Note { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A budget transfer between parts or categories (budget_transfers).</summary>
public sealed class BudgetTransferRow
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string? FromPart { get; set; }
    public string? ToPart { get; set; }
    public string? FromCategory { get; set; }
    public string? ToCategory { get; set; }
    public decimal Amount { get; set; }
    public string Reason { get; set; } = "";
    public string Status { get; set; } = "submitted";
    public string? StatusReason { get; set; }
    public string? StatusBy { get; set; }
    public DateTimeOffset? StatusAt { get; set; }
    public string? RequestedBy { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
}

/// <summary>An action's status for a period (action_progress).</summary>
public sealed class ActionProgressRow : IPeriodRecordRow
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string ActionId { get; set; } = "";
    string IPeriodRecordRow.ItemId => ActionId;
    public string PeriodCode { get; set; } = "";
    public string Status { get; set; } = "";
    public int? PercentDone { get; set; }
    public string? Note { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>What a row said of one plan item for one period has (action_progress, risk_assessments): see <see cref="PeriodRecordSave"/>.</summary>
public interface IPeriodRecordRow
{
    int ProjectId { get; }
    string ItemId { get; }
    string PeriodCode { get; }
    string? UpdatedBy { get; set; }
    DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A risk reassessed for a period (risk_assessments).</summary>
public sealed class RiskAssessmentRow : IPeriodRecordRow
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string RiskId { get; set; } = "";
    string IPeriodRecordRow.ItemId => RiskId;
    public string PeriodCode { get; set; } = "";
    public int Likelihood { get; set; }
    public int Impact { get; set; }
    public string? Note { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A report to the funder (period_reports): Kind "status", "claim" or "final".</summary>
public sealed class PeriodReportRow
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string Kind { get; set; } = "";
    public string PeriodCode { get; set; } = "";
    public string? DoneText { get; set; }
    public string? Deviations { get; set; }
    public string? NextPeriod { get; set; }
    public string Status { get; set; } = "draft";
    public string? StatusReason { get; set; }
    public string? StatusBy { get; set; }
    public DateTimeOffset? StatusAt { get; set; }
    public string? SnapshotJson { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Revision { get; set; } = 1;
}

/// <summary>A reminder already sent (reminders_sent).</summary>
public sealed class ReminderSentRow
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string Kind { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Recipient { get; set; } = "";
    public DateTimeOffset SentAt { get; set; }
}
