using Hankevahti.Storage.Models;
using Hankevahti.Storage.Projects;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Database;

// The tables of the operating models' catalogue and spread (migration 0012_operating_models).
public sealed partial class HankevahtiDb
{
    public DbSet<OperatingModelRow> OperatingModels => Set<OperatingModelRow>();
    public DbSet<OperatingModelModuleRow> OperatingModelModules => Set<OperatingModelModuleRow>();
    public DbSet<OperatingModelLinkRow> OperatingModelLinks => Set<OperatingModelLinkRow>();
    public DbSet<ModelAdoptionRow> ModelAdoptions => Set<ModelAdoptionRow>();

    private static void OperatingModelTables(ModelBuilder model)
    {
        Snake<OperatingModelRow>(model, "operating_models");
        Snake<OperatingModelModuleRow>(model, "operating_model_modules");
        Snake<OperatingModelLinkRow>(model, "operating_model_links");
        Snake<ModelAdoptionRow>(model, "model_adoptions");
        model.Entity<OperatingModelRow>(e =>
        {
            e.HasIndex(m => m.Name).IsUnique();
            e.Property(m => m.Revision).IsConcurrencyToken();
        });
        model.Entity<OperatingModelModuleRow>(e =>
        {
            e.HasIndex(m => new { m.ModelId, m.Name }).IsUnique();
            e.HasOne<OperatingModelRow>().WithMany().HasForeignKey(m => m.ModelId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<OperatingModelLinkRow>(e =>
        {
            e.HasIndex(l => new { l.ModelId, l.ProjectId, l.ActionId, l.Kind }).IsUnique();
            e.HasOne<OperatingModelRow>().WithMany().HasForeignKey(l => l.ModelId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<ProjectRow>().WithMany().HasForeignKey(l => l.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<ModelAdoptionRow>(e =>
        {
            e.HasOne<OperatingModelRow>().WithMany().HasForeignKey(a => a.ModelId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<OperatingModelModuleRow>().WithMany().HasForeignKey(a => a.ModuleId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
