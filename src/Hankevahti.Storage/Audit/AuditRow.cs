namespace Hankevahti.Storage.Audit;

/// <summary>
/// One entry of the audit trail (migration 0009_people): who did what, when, from where, in which
/// project, version and item, the value before and after, and whether it was done or refused.
/// Written only by <see cref="AuditLog"/>; read-only to EF.
/// </summary>
public sealed class AuditRow
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string? Address { get; set; }
    public string Action { get; set; } = "";
    public string Outcome { get; set; } = "";
    public int? ProjectId { get; set; }
    public int? VersionNumber { get; set; }
    public string? Item { get; set; }
    public string? BeforeValue { get; set; }
    public string? AfterValue { get; set; }
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}
