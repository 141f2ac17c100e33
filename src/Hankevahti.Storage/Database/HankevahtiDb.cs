using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Findings;
using Hankevahti.Storage.People;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Query;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Database;

/// <summary>
/// The database. The schema is owned by the SQL migration scripts (Migrations/), not by EF:
/// this mapping must match them, and the storage tests check that it does on both providers.
/// </summary>
/// <remarks>
/// It is also ASP.NET Core Identity's store (users and their logins, claims and tokens; no Identity roles:
/// Hankevahti's roles are per project and per programme, in project_members and global_roles) and the
/// data-protection key store.
/// </remarks>
public sealed partial class HankevahtiDb(DbContextOptions<HankevahtiDb> options) : IdentityUserContext<UserAccount>(options), IDataProtectionKeyContext
{
    /// <summary>Who the changes made through this context are by, for the audit trail; set per request or command.</summary>
    public Actor Actor { get; set; } = Actor.Unknown;

    public DbSet<GlobalRoleRow> GlobalRoles => Set<GlobalRoleRow>();
    public DbSet<ProjectMemberRow> ProjectMembers => Set<ProjectMemberRow>();
    public DbSet<ApiTokenRow> ApiTokens => Set<ApiTokenRow>();
    public DbSet<AuditRow> AuditLog => Set<AuditRow>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ProjectRow> Projects => Set<ProjectRow>();
    public DbSet<PlanVersionRow> PlanVersions => Set<PlanVersionRow>();
    public DbSet<FindingDismissalRow> FindingDismissals => Set<FindingDismissalRow>();

    // The query tables (migration 0007_query_tables): read-only to EF; rows are written by QueryRowWriter.
    public DbSet<PlanRegionRow> PlanRegions => Set<PlanRegionRow>();
    public DbSet<PlanWorkPartRow> PlanWorkParts => Set<PlanWorkPartRow>();
    public DbSet<PlanBudgetLineRow> PlanBudgetLines => Set<PlanBudgetLineRow>();
    public DbSet<PlanFundingRow> PlanFunding => Set<PlanFundingRow>();
    public DbSet<PlanIndicatorRow> PlanIndicators => Set<PlanIndicatorRow>();
    public DbSet<PlanIndicatorTargetRow> PlanIndicatorTargets => Set<PlanIndicatorTargetRow>();
    public DbSet<PlanRiskRow> PlanRisks => Set<PlanRiskRow>();
    public DbSet<PlanOrganisationRow> PlanOrganisations => Set<PlanOrganisationRow>();

    public static HankevahtiDb Create(DatabaseSettings settings) => new(Options(settings));

    public static DbContextOptions<HankevahtiDb> Options(DatabaseSettings settings)
    {
        var builder = new DbContextOptionsBuilder<HankevahtiDb>();
        Configure(builder, settings);
        return builder.Options;
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseSettings settings)
    {
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            builder.UseNpgsql(settings.ConnectionString);
        }
        else
        {
            builder.UseSqlite(settings.ConnectionString);
        }
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        People(model);
        model.Entity<ProjectRow>(e =>
        {
            e.ToTable("projects");
            e.HasKey(p => p.Id);
            e.Property(p => p.Id).HasColumnName("id");
            e.Property(p => p.Name).HasColumnName("name");
            e.Property(p => p.ShortName).HasColumnName("short_name");
            e.Property(p => p.Programme).HasColumnName("programme");
            e.Property(p => p.PeriodStart).HasColumnName("period_start");
            e.Property(p => p.PeriodEnd).HasColumnName("period_end");
            e.Property(p => p.Status).HasColumnName("status");
            e.Property(p => p.Regions).HasColumnName("regions");
            e.Property(p => p.CaseNumber).HasColumnName("case_number");
            e.Property(p => p.ProgrammeKey).HasColumnName("programme_key");
            e.Property(p => p.SearchText).HasColumnName("search_text");
            e.Property(p => p.CreatedAt).HasColumnName("created_at");
            e.Property(p => p.UpdatedAt).HasColumnName("updated_at");
            e.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.ProjectId);
        });
        model.Entity<PlanVersionRow>(e =>
        {
            e.ToTable("plan_versions");
            e.HasKey(v => v.Id);
            e.Property(v => v.Id).HasColumnName("id");
            e.Property(v => v.ProjectId).HasColumnName("project_id");
            e.Property(v => v.Number).HasColumnName("number");
            e.Property(v => v.SavedAt).HasColumnName("saved_at");
            e.Property(v => v.Origin).HasColumnName("origin");
            e.Property(v => v.Note).HasColumnName("note");
            e.Property(v => v.PlanJson).HasColumnName("plan_json");
            e.Property(v => v.SourceFile).HasColumnName("source_file");
            e.Property(v => v.ImportCorrections).HasColumnName("import_corrections");
            e.Property(v => v.ImportPlanJson).HasColumnName("import_plan_json");
            e.Property(v => v.Status).HasColumnName("status");
            e.Property(v => v.StatusReason).HasColumnName("status_reason");
            e.Property(v => v.StatusBy).HasColumnName("status_by");
            e.Property(v => v.StatusAt).HasColumnName("status_at");
        });
        model.Entity<FindingDismissalRow>(e =>
        {
            e.ToTable("finding_dismissals");
            e.HasKey(d => d.Id);
            e.Property(d => d.Id).HasColumnName("id");
            e.Property(d => d.ProjectId).HasColumnName("project_id");
            e.Property(d => d.FindingKey).HasColumnName("finding_key");
            e.Property(d => d.RuleCode).HasColumnName("rule_code");
            e.Property(d => d.Reason).HasColumnName("reason");
            e.Property(d => d.DismissedBy).HasColumnName("dismissed_by");
            e.Property(d => d.DismissedAt).HasColumnName("dismissed_at");
            e.Property(d => d.VersionNumber).HasColumnName("version_number");
            e.HasIndex(d => new { d.ProjectId, d.FindingKey }).IsUnique();
            e.HasOne<ProjectRow>().WithMany().HasForeignKey(d => d.ProjectId);
        });
        QueryTables(model);
        FollowingTables(model);
        OperatingModelTables(model);
        ReportingTermTables(model);
    }

    // Identity's tables and Hankevahti's people tables, in snake case as the script 0009_people writes them.
    private static void People(ModelBuilder model)
    {
        Snake<UserAccount>(model, "users");
        Snake<IdentityUserClaim<string>>(model, "user_claims");
        Snake<IdentityUserLogin<string>>(model, "user_logins");
        Snake<IdentityUserToken<string>>(model, "user_tokens");
        Snake<GlobalRoleRow>(model, "global_roles");
        Snake<ProjectMemberRow>(model, "project_members");
        Snake<ApiTokenRow>(model, "api_tokens");
        Snake<DataProtectionKey>(model, "data_protection_keys");
        model.Entity<AuditRow>(e => e.Property(r => r.Id).ValueGeneratedNever());
        Snake<AuditRow>(model, "audit_log");
        model.Entity<ProjectMemberRow>(e =>
        {
            e.HasIndex(m => new { m.ProjectId, m.UserId }).IsUnique();
            e.HasOne<ProjectRow>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<UserAccount>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<GlobalRoleRow>(e => e.HasOne<UserAccount>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade));
        model.Entity<ApiTokenRow>(e =>
        {
            e.HasIndex(t => t.TokenHash).IsUnique();
            e.HasOne<UserAccount>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void Snake<T>(ModelBuilder model, string table) where T : class
    {
        model.Entity<T>(e =>
        {
            e.ToTable(table);
            foreach (var property in e.Metadata.GetDeclaredProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        });
    }

    // Column names are the properties' in snake case ("VersionNumber" → version_number), as the scripts write them.
    private static void QueryTables(ModelBuilder model)
    {
        Table<PlanRegionRow>(model, "plan_regions", r => new { r.ProjectId, r.VersionNumber, r.Ordinal });
        Table<PlanWorkPartRow>(model, "plan_work_parts", r => new { r.ProjectId, r.VersionNumber, r.ItemId });
        Table<PlanBudgetLineRow>(model, "plan_budget_lines", r => new { r.ProjectId, r.VersionNumber, r.ItemId });
        Table<PlanFundingRow>(model, "plan_funding", r => new { r.ProjectId, r.VersionNumber });
        Table<PlanIndicatorRow>(model, "plan_indicators", r => new { r.ProjectId, r.VersionNumber, r.ItemId });
        Table<PlanIndicatorTargetRow>(model, "plan_indicator_targets", r => new { r.ProjectId, r.VersionNumber, r.ItemId, r.Ordinal });
        Table<PlanRiskRow>(model, "plan_risks", r => new { r.ProjectId, r.VersionNumber, r.ItemId });
        Table<PlanOrganisationRow>(model, "plan_organisations", r => new { r.ProjectId, r.VersionNumber, r.ItemId });
    }

    private static void Table<T>(ModelBuilder model, string table, System.Linq.Expressions.Expression<Func<T, object?>> key) where T : class
    {
        model.Entity<T>(e =>
        {
            e.ToTable(table);
            e.HasKey(key);
            foreach (var property in e.Metadata.GetDeclaredProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
            // (project_id, version_number) is a version: deleting it (or its project) deletes the rows.
            e.HasOne<PlanVersionRow>().WithMany().HasForeignKey("ProjectId", "VersionNumber")
                .HasPrincipalKey(v => new { v.ProjectId, v.Number }).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
