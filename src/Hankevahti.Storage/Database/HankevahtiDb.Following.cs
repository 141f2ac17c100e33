using Hankevahti.Storage.Following;
using Hankevahti.Storage.Projects;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Database;

// The tables of following a running project (migration 0010_following).
public sealed partial class HankevahtiDb
{
    public DbSet<IndicatorValueRow> IndicatorValues => Set<IndicatorValueRow>();
    public DbSet<ValueEvidenceRow> ValueEvidence => Set<ValueEvidenceRow>();
    public DbSet<LedgerImportRow> LedgerImports => Set<LedgerImportRow>();
    public DbSet<ActualCostRow> ActualCosts => Set<ActualCostRow>();
    public DbSet<Portfolio.ActualCostSumRow> ActualCostSums => Set<Portfolio.ActualCostSumRow>();
    public DbSet<Portfolio.ActualCostSumsThroughRow> ActualCostSumsThrough => Set<Portfolio.ActualCostSumsThroughRow>();
    public DbSet<CostEntryRow> CostEntries => Set<CostEntryRow>();
    public DbSet<CostMappingRow> CostMappings => Set<CostMappingRow>();
    public DbSet<CostForecastRow> CostForecasts => Set<CostForecastRow>();
    public DbSet<BudgetTransferRow> BudgetTransfers => Set<BudgetTransferRow>();
    public DbSet<ActionProgressRow> ActionProgress => Set<ActionProgressRow>();
    public DbSet<RiskAssessmentRow> RiskAssessments => Set<RiskAssessmentRow>();
    public DbSet<PeriodReportRow> PeriodReports => Set<PeriodReportRow>();
    public DbSet<ReminderSentRow> RemindersSent => Set<ReminderSentRow>();

    private static void FollowingTables(ModelBuilder model)
    {
        Snake<IndicatorValueRow>(model, "indicator_values");
        Snake<ValueEvidenceRow>(model, "value_evidence");
        Snake<LedgerImportRow>(model, "ledger_imports");
        Snake<ActualCostRow>(model, "actual_costs");
        Snake<Portfolio.ActualCostSumRow>(model, "actual_cost_sums");
        Snake<Portfolio.ActualCostSumsThroughRow>(model, "actual_cost_sums_through");
        model.Entity<Portfolio.ActualCostSumRow>(e => e.HasKey(s => new { s.ProjectId, s.Organisation, s.Year }));
        model.Entity<Portfolio.ActualCostSumsThroughRow>(e => e.Property(t => t.Id).ValueGeneratedNever());
        Snake<CostEntryRow>(model, "cost_entries");
        Snake<CostMappingRow>(model, "cost_mappings");
        Snake<CostForecastRow>(model, "cost_forecasts");
        Snake<BudgetTransferRow>(model, "budget_transfers");
        Snake<ActionProgressRow>(model, "action_progress");
        Snake<RiskAssessmentRow>(model, "risk_assessments");
        Snake<PeriodReportRow>(model, "period_reports");
        Snake<ReminderSentRow>(model, "reminders_sent");
        model.Entity<IndicatorValueRow>(e =>
        {
            e.HasIndex(v => new { v.ProjectId, v.IndicatorId, v.PeriodCode, v.Organisation }).IsUnique();
            e.Property(v => v.Revision).IsConcurrencyToken();
            e.HasOne<ProjectRow>().WithMany().HasForeignKey(v => v.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<ValueEvidenceRow>(e => e.HasOne<IndicatorValueRow>().WithMany().HasForeignKey(f => f.ValueId).OnDelete(DeleteBehavior.Cascade));
        model.Entity<LedgerImportRow>(e => e.HasOne<ProjectRow>().WithMany().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Cascade));
        model.Entity<ActualCostRow>(e =>
        {
            e.HasIndex(c => new { c.ProjectId, c.Organisation, c.Voucher, c.Line }).IsUnique();
            e.HasOne<ProjectRow>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<LedgerImportRow>().WithMany().HasForeignKey(c => c.ImportId).OnDelete(DeleteBehavior.SetNull);
        });
        model.Entity<CostEntryRow>(e =>
        {
            e.HasIndex(c => new { c.ProjectId, c.Organisation, c.PartCode, c.Category, c.Month }).IsUnique();
            e.HasOne<ProjectRow>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<CostMappingRow>(e =>
        {
            e.HasIndex(m => new { m.ProjectId, m.Organisation, m.Kind, m.SourceValue }).IsUnique();
            e.HasOne<ProjectRow>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<CostForecastRow>(e =>
        {
            e.HasIndex(f => new { f.ProjectId, f.PartCode, f.Category }).IsUnique();
            e.HasOne<ProjectRow>().WithMany().HasForeignKey(f => f.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<BudgetTransferRow>(e => e.HasOne<ProjectRow>().WithMany().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Cascade));
        model.Entity<ActionProgressRow>(e =>
        {
            e.HasIndex(a => new { a.ProjectId, a.ActionId, a.PeriodCode }).IsUnique();
            e.HasOne<ProjectRow>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<RiskAssessmentRow>(e =>
        {
            e.HasIndex(r => new { r.ProjectId, r.RiskId, r.PeriodCode }).IsUnique();
            e.HasOne<ProjectRow>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<PeriodReportRow>(e =>
        {
            e.HasIndex(r => new { r.ProjectId, r.Kind, r.PeriodCode }).IsUnique();
            e.Property(r => r.Revision).IsConcurrencyToken();
            e.HasOne<ProjectRow>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<ReminderSentRow>(e =>
        {
            e.HasIndex(r => new { r.ProjectId, r.Kind, r.Subject, r.Recipient }).IsUnique();
            e.HasOne<ProjectRow>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
