using System.Globalization;
using Hankevahti.Following;
using Hankevahti.Following.Actions;
using Hankevahti.Storage.Database;

namespace Hankevahti.Storage.Following;

/// <summary>
/// Saves risks reassessed per period (risk_assessments): likelihood and impact 1–5 and a note, one row per risk
/// and period, replaced when assessed again. All or nothing, checked against the latest plan version's risks and
/// the project's periods, with an audit row per change in the same transaction (<see cref="PeriodRecordSave"/>).
/// </summary>
public static class RiskAssessmentStore
{
    public const string AuditAction = "risk.assess";

    private static readonly PeriodRecordKind<RiskAssessment, RiskAssessmentRow> Kind = new(
        AuditAction,
        db => db.RiskAssessments,
        plan => plan.Risks.Select(r => r.Id),
        ProgressRules.Check,
        r => r.RiskId,
        r => r.PeriodCode,
        r => r.Note,
        (r, note) => Describe(r.Likelihood, r.Impact, note),
        row => Describe(row.Likelihood, row.Impact, row.Note),
        (projectId, item, period) => new RiskAssessmentRow { ProjectId = projectId, RiskId = item, PeriodCode = period },
        (row, r, note) =>
        {
            row.Likelihood = r.Likelihood;
            row.Impact = r.Impact;
            row.Note = note;
        });

    public static Task<ProgressSave> SaveRiskAssessmentsAsync(this HankevahtiDb db, int projectId, IReadOnlyList<RiskAssessment> records, CancellationToken ct = default) =>
        PeriodRecordSave.SaveAsync(db, projectId, records, Kind, ct);

    /// <summary>"3×4=12: the note", as the audit log shows an assessment.</summary>
    public static string Describe(int likelihood, int impact, string? note) =>
        string.Create(CultureInfo.InvariantCulture, $"{likelihood}×{impact}={likelihood * impact}") + (note is null ? "" : ": " + note);
}
