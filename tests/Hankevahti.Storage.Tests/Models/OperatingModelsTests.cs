using Hankevahti.Following.Actions;
using Hankevahti.Models;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Models;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.Models;

/// <summary>The operating models' catalogue and spread stored on both databases: created, linked, adopted, counted by SQL, edited safely.</summary>
public class OperatingModelsTests
{
    private static ValidModel Valid(string name = "Perhekeskusmalli", string? core = "Yhteinen ydin", params string[] modules) =>
        ModelValidation.Validate(new ModelInput(name, "Palvelut yhden oven takaa", "Lapsiperheet", "Johdon tuki", "Pilotin arviointi",
            core, string.Join('\n', modules.Length == 0 ? ["Digitaalinen palveluohjaus", "Vertaistuki"] : modules))).Model!;

    private static async Task<(int Model, StoredModel Stored)> CreateAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var created = await OperatingModels.CreateAsync(db, Valid());
        Assert.Equal(ModelOutcome.Saved, created.Outcome);
        return (created.Id!.Value, (await OperatingModels.LoadAsync(db, created.Id.Value))!);
    }

    [Theory, BothProviders]
    public async Task A_model_is_stored_with_its_core_and_modules_and_linked_to_a_project_and_its_action(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (id, stored) = await CreateAsync(database);
        Assert.Equal(["Yhteinen ydin", "Digitaalinen palveluohjaus", "Vertaistuki"], stored.Model.Modules.Select(m => m.Name).ToArray());
        Assert.Equal([true, false, false], stored.Model.Modules.Select(m => m.IsCore).ToArray());
        Assert.Equal(new ModelDescription("Palvelut yhden oven takaa", "Lapsiperheet", "Johdon tuki", "Pilotin arviointi"), stored.Model.Description);

        await using var db = database.NewContext();
        var project = (await db.AddProjectAsync(TestPlans.Rich(), "test")).Id;
        var action = PlannedActions.Of((await db.LatestPlanAsync(project))!.Plan!)[0];
        Assert.Equal(ModelOutcome.Saved, (await OperatingModels.LinkAsync(db, id, project, action.Id, ModelLinkKind.Spreads)).Outcome);
        Assert.Equal(ModelOutcome.Saved, (await OperatingModels.LinkAsync(db, id, project, null, ModelLinkKind.Develops)).Outcome);
        // The same link again, an action the plan does not have, and a project that does not exist are refused.
        Assert.Equal(ModelOutcome.AlreadyLinked, (await OperatingModels.LinkAsync(db, id, project, action.Id, ModelLinkKind.Spreads)).Outcome);
        Assert.Equal(ModelOutcome.UnknownAction, (await OperatingModels.LinkAsync(db, id, project, "no-such-action", ModelLinkKind.Spreads)).Outcome);
        Assert.Equal(ModelOutcome.NotFound, (await OperatingModels.LinkAsync(db, id, project + 100, null, ModelLinkKind.Spreads)).Outcome);

        var links = await OperatingModels.OfProjectAsync(db, project);
        Assert.Equal(2, links.Count);
        Assert.Contains(links, l => l.ActionId == action.Id && l.ActionName!.Contains(action.Action.Title, StringComparison.Ordinal) && l.Kind == ModelLinkKind.Spreads);
        Assert.Equal([project], await OperatingModels.LinkedProjectIdsAsync(db, id));
        var summary = Assert.Single(await OperatingModels.ListAsync(db));
        Assert.Equal((3, 2), (summary.Modules, summary.Projects.Count));

        var audit = await db.AuditLog.Where(a => a.Action.StartsWith("model.")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["model.create", "model.link", "model.link"], audit);
        Assert.True((await AuditLog.VerifyAsync(db)).Intact);
    }

    [Theory, BothProviders]
    public async Task The_matrix_counted_by_sql_equals_the_core_rule_as_of_every_period(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (id, stored) = await CreateAsync(database);
        var (core, digital, peers) = (stored.Model.Modules[0].Id, stored.Model.Modules[1].Id, stored.Model.Modules[2].Id);
        // Records out of order, two of one period, units, a year record, a region written in another case.
        Adoption A(int module, string org, string? unit, string region, string period, AdoptionStatus status) =>
            new(0, module, org, unit, region, ModelPeriod.Parse(period), status, "pöytäkirja");
        Adoption[] records =
        [
            A(core, "Pirkanmaan hyvinvointialue", null, "Pirkanmaan hyvinvointialue", "2026-03", AdoptionStatus.InUse),
            A(core, "Pirkanmaan hyvinvointialue", null, "Pirkanmaan hyvinvointialue", "2025-06", AdoptionStatus.Piloting),
            A(core, "Pirkanmaan hyvinvointialue", "Lasten palvelut", "Pirkanmaan hyvinvointialue", "2025", AdoptionStatus.Planned),
            A(digital, "HUS", null, "HUS", "2025-09", AdoptionStatus.Piloting),
            A(digital, "HUS", null, "HUS", "2025-09", AdoptionStatus.InUse),
            A(digital, "Järjestö ry", null, "pirkanmaan hyvinvointialue", "2025-11", AdoptionStatus.InUse),
            A(peers, "Tampereen kaupunki", null, "Pirkanmaan hyvinvointialue", "2026-01", AdoptionStatus.Established),
            A(peers, "Tampereen kaupunki", null, "Pirkanmaan hyvinvointialue", "2026-06", AdoptionStatus.GivenUp),
        ];
        await using var db = database.NewContext();
        foreach (var record in records)
        {
            Assert.Equal(ModelOutcome.Saved, (await OperatingModels.RecordAdoptionAsync(db, id, record)).Outcome);
        }
        // A module of another model is refused.
        Assert.Equal(ModelOutcome.UnknownModule, (await OperatingModels.RecordAdoptionAsync(db, id, records[0] with { ModuleId = core + 1000 })).Outcome);

        var history = (await OperatingModels.LoadAsync(db, id))!.Adoptions.Select(a => a.Adoption).ToList();
        Assert.Equal(records.Length, history.Count);
        foreach (var period in new[] { "2024", "2025-06", "2025-09", "2025", "2026-01", "2026-03", "2026-06", "2027" })
        {
            var asOf = ModelPeriod.Parse(period);
            var sql = await OperatingModels.MatrixAsync(db, id, asOf);
            var core_ = AdoptionMatrix.Of(history, asOf);
            Assert.Equal(Flat(core_), Flat(sql));
            Assert.Equal(core_.Regions, sql.Regions);
        }
        // The region written in lower case was stored in the spelling recorded first: one row.
        Assert.Equal(["HUS", "Pirkanmaan hyvinvointialue"], (await OperatingModels.MatrixAsync(db, id, ModelPeriod.Parse("2027"))).Regions.ToArray());
        // As of 2026-03 the county itself is in use and its unit still planned.
        var march = (await OperatingModels.MatrixAsync(db, id, ModelPeriod.Parse("2026-03"))).Cell("Pirkanmaan hyvinvointialue", core);
        Assert.Equal((1, 1), (march.Count(AdoptionStatus.InUse), march.Count(AdoptionStatus.Planned)));
        // Every record is history: one row each, and one audit entry each.
        Assert.Equal(records.Length, await db.ModelAdoptions.CountAsync());
        Assert.Equal(records.Length, await db.AuditLog.CountAsync(a => a.Action == "model.adopt"));
        // In use now: the county, HUS and the association; the city gave up.
        Assert.Equal(3, Assert.Single(await OperatingModels.ListAsync(db)).OrganisationsInUse);
    }

    [Theory, BothProviders]
    public async Task An_edit_made_on_a_stale_revision_is_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (id, stored) = await CreateAsync(database);
        Assert.Equal(1, stored.Model.Revision);
        // Two people opened revision 1; the first saves, the second's save is refused and changes nothing.
        await using (var first = database.NewContext())
        {
            var saved = await OperatingModels.UpdateAsync(first, id, 1, Valid("Perhekeskusmalli 2.0", "Yhteinen ydin", "Digitaalinen palveluohjaus", "Vertaistuki", "Etävastaanotto"));
            Assert.Equal((ModelOutcome.Saved, 2), (saved.Outcome, saved.Revision!.Value));
        }
        await using (var second = database.NewContext())
        {
            var refused = await OperatingModels.UpdateAsync(second, id, 1, Valid("Toinen nimi"));
            Assert.Equal((ModelOutcome.Stale, 2), (refused.Outcome, refused.Revision!.Value));
            var now = (await OperatingModels.LoadAsync(second, id))!.Model;
            Assert.Equal(("Perhekeskusmalli 2.0", 2, 4), (now.Name, now.Revision, now.Modules.Count));
            Assert.Equal(["model.create", "model.update"], await second.AuditLog.Where(a => a.Action.StartsWith("model.")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        }
        await using (var third = database.NewContext())
        {
            // Another model's name, in another case, is taken.
            Assert.Equal(ModelOutcome.Saved, (await OperatingModels.CreateAsync(third, Valid("Toinen malli"))).Outcome);
            Assert.Equal(ModelOutcome.NameTaken, (await OperatingModels.UpdateAsync(third, id, 2, Valid("TOINEN MALLI"))).Outcome);
            Assert.Equal(ModelOutcome.NameTaken, (await OperatingModels.CreateAsync(third, Valid("toinen malli"))).Outcome);
        }
    }

    private static string[] Flat(AdoptionMatrix m) =>
        m.Cells.SelectMany(c => c.Counts.Where(kv => kv.Value > 0).Select(kv => $"{c.Region}|{c.ModuleId}|{AdoptionStatuses.Name(kv.Key)}={kv.Value}"))
            .Order(StringComparer.Ordinal).ToArray();
}
