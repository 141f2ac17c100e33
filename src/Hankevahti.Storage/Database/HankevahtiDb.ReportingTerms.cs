using Hankevahti.Storage.Following;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Database;

// The programmes' reporting deadlines as the funder sets them (migration 0014_reporting_terms).
public sealed partial class HankevahtiDb
{
    public DbSet<ReportingTermRow> ReportingTerms => Set<ReportingTermRow>();

    private static void ReportingTermTables(ModelBuilder model)
    {
        Snake<ReportingTermRow>(model, "reporting_terms");
        model.Entity<ReportingTermRow>(e => e.HasKey(t => new { t.ProgrammeKey, t.PeriodFrom, t.PeriodTo }));
    }
}
