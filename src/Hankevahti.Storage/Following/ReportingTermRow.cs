namespace Hankevahti.Storage.Following;

/// <summary>
/// The due rule a funder set for one reporting period of a programme (reporting_terms, migration 0014_reporting_terms):
/// a month-day (<see cref="ReportDue"/>) or days after the period's end (<see cref="ReportDueDays"/>), one of them.
/// The period is named by its rule's month-day bounds in the programme's profile.
/// </summary>
public sealed class ReportingTermRow
{
    public string ProgrammeKey { get; set; } = "";
    public string PeriodFrom { get; set; } = "";
    public string PeriodTo { get; set; } = "";
    public string? ReportDue { get; set; }
    public int? ReportDueDays { get; set; }
    public string? SetBy { get; set; }
    public DateTimeOffset SetAt { get; set; }
}
