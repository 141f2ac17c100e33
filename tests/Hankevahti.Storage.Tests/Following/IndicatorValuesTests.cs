using System.Text;
using Hankevahti.Following.Values;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.Following;

/// <summary>
/// Measured values stored, moved through the funder's approval and refused when they do not fit the plan, on both
/// databases. The rich test plan runs 09/2026–12/2027 with the RRF profile's half-years (2026-H2, 2027-H1, 2027-H2);
/// its indicators are i1 (days, baseline 150) and i2 (yes/no).
/// </summary>
public class IndicatorValuesTests
{
    private const string CoImplementer = "Etelä-Savon hyvinvointialue";

    private static async Task<(TestDatabase Database, int ProjectId)> ProjectAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        return (database, (await db.AddProjectAsync(TestPlans.Rich(), "test")).Id);
    }

    private static Task<long> AuditCountAsync(TestDatabase database, string action) =>
        database.CountAsync($"SELECT COUNT(*) FROM audit_log WHERE action = '{action}'");

    [Theory, BothProviders]
    public async Task A_value_is_saved_as_a_draft_and_changed_on_its_revision(DatabaseProvider provider)
    {
        var (database, projectId) = await ProjectAsync(provider);
        await using var _ = database;
        await using var db = database.NewContext();

        var first = await IndicatorValues.SaveAsync(db, projectId, "i1", "2026-H2", "", "120,5 pv", "ensimmäinen", null);
        var second = await IndicatorValues.SaveAsync(db, projectId, "i1", "2026-H2", "", "118", null, first.Revision);
        // A form read before the second save is stale: refused, and the second save's value stays.
        var stale = await IndicatorValues.SaveAsync(db, projectId, "i1", "2026-H2", "", "200", null, first.Revision);

        Assert.Equal((ValueOutcome.Saved, 1), (first.Outcome, first.Revision));
        Assert.Equal((ValueOutcome.Saved, 2), (second.Outcome, second.Revision));
        Assert.Equal(ValueOutcome.ChangedMeanwhile, stale.Outcome);
        var stored = Assert.Single(await IndicatorValues.ListAsync(database.NewContext(), projectId));
        Assert.Equal(118m, stored.Value.Number);
        Assert.Null(stored.Value.Comment);
        Assert.Equal(VersionStatus.Draft, stored.Value.Status);
        Assert.Equal(2, await AuditCountAsync(database, "value.save"));
    }

    public static TheoryData<string, string, string, string, string, string> Refusals() => new()
    {
        // The indicator must be in the latest plan version.
        { "unknown indicator", "i9", "2026-H2", "", "1", EntryProblem.UnknownIndicator },
        // 2026-H1 is before the project starts (09/2026).
        { "period outside the project", "i1", "2026-H1", "", "1", EntryProblem.UnknownPeriod },
        { "not a period at all", "i1", "ensi vuonna", "", "1", EntryProblem.UnknownPeriod },
        { "wrong kind for days", "i1", "2026-H2", "", "paljon", EntryProblem.BadValue },
        { "wrong kind for yes/no", "i2", "2026-H2", "", "12", EntryProblem.BadValue },
        { "organisation not in the plan", "i1", "2026-H2", "Keksitty kunta", "1", EntryProblem.UnknownOrganisation },
    };

    [Theory, BothProviders]
    public async Task A_value_that_does_not_fit_the_plan_is_refused_and_nothing_is_stored(DatabaseProvider provider)
    {
        var (database, projectId) = await ProjectAsync(provider);
        await using var _ = database;
        foreach (var (why, indicator, period, organisation, value, code) in Refusals().Select(r => ((string)r[0], (string)r[1], (string)r[2], (string)r[3], (string)r[4], (string)r[5])))
        {
            await using var db = database.NewContext();
            var result = await IndicatorValues.SaveAsync(db, projectId, indicator, period, organisation, value, null, null);

            Assert.True(result.Outcome == ValueOutcome.BadEntry, why);
            Assert.Equal(code, result.Entry!.Code);
        }
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM indicator_values"));
        Assert.Equal(0, await AuditCountAsync(database, "value.save"));
    }

    [Theory, BothProviders]
    public async Task A_value_goes_draft_submitted_returned_with_its_reason_corrected_and_approved(DatabaseProvider provider)
    {
        var (database, projectId) = await ProjectAsync(provider);
        await using var _ = database;
        await using var db = database.NewContext();
        var saved = await IndicatorValues.SaveAsync(db, projectId, "i1", "2026-H2", CoImplementer, "130", null, null);
        var id = saved.ValueId!.Value;

        // A draft cannot be approved; approval waits for a submit.
        Assert.Equal(ValueOutcome.NotAllowed, (await IndicatorValues.MoveAsync(db, projectId, id, VersionStatus.Approved, null, null)).Outcome);
        var submitted = await IndicatorValues.MoveAsync(db, projectId, id, VersionStatus.Submitted, null, saved.Revision);
        Assert.Equal(ValueOutcome.Moved, submitted.Outcome);
        // A submitted value is not edited: the funder decides on what was submitted.
        Assert.Equal(ValueOutcome.NotAllowed, (await IndicatorValues.SaveAsync(db, projectId, "i1", "2026-H2", CoImplementer, "1", null, submitted.Revision)).Outcome);
        Assert.Equal(ValueOutcome.ReasonMissing, (await IndicatorValues.MoveAsync(db, projectId, id, VersionStatus.Returned, "  ", null)).Outcome);
        var returned = await IndicatorValues.MoveAsync(db, projectId, id, VersionStatus.Returned, "Lähde puuttuu", null);
        Assert.Equal(VersionStatus.Returned, (await IndicatorValues.ListAsync(db, projectId)).Single().Value.Status);
        Assert.Equal("Lähde puuttuu", (await IndicatorValues.ListAsync(db, projectId)).Single().Value.StatusReason);

        // Corrected: still returned with the reason shown until it is submitted again.
        var corrected = await IndicatorValues.SaveAsync(db, projectId, "i1", "2026-H2", CoImplementer, "128", "korjattu", returned.Revision);
        Assert.Equal(VersionStatus.Returned, corrected.Current);
        var again = await IndicatorValues.MoveAsync(db, projectId, id, VersionStatus.Submitted, null, corrected.Revision);
        var approved = await IndicatorValues.MoveAsync(db, projectId, id, VersionStatus.Approved, null, again.Revision);

        Assert.Equal(ValueOutcome.Moved, approved.Outcome);
        var stored = (await IndicatorValues.ListAsync(database.NewContext(), projectId)).Single();
        Assert.Equal((VersionStatus.Approved, (string?)null, 128m), (stored.Value.Status, stored.Value.StatusReason, stored.Value.Number));
        Assert.Equal(ValueOutcome.NotAllowed, (await IndicatorValues.MoveAsync(db, projectId, id, VersionStatus.Returned, "myöhään", null)).Outcome);
        var actions = (await database.QueryAsync("SELECT action FROM audit_log WHERE action LIKE 'value.%' ORDER BY id")).Select(r => (string)r[0]!);
        Assert.Equal(["value.save", "value.submit", "value.return", "value.save", "value.submit", "value.approve"], actions);
        Assert.Equal("returned: Lähde puuttuu", (await database.QueryAsync("SELECT after_value FROM audit_log WHERE action = 'value.return'")).Single()[0]);
    }

    [Theory, BothProviders]
    public async Task Evidence_is_stored_with_its_type_and_hash_and_a_refused_file_stores_nothing(DatabaseProvider provider)
    {
        var (database, projectId) = await ProjectAsync(provider);
        await using var _ = database;
        await using var db = database.NewContext();
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4 todiste");
        var program = new byte[] { (byte)'M', (byte)'Z', 0, 0 };

        var refused = await IndicatorValues.SaveAsync(db, projectId, "i1", "2026-H2", "", "100", null, null, [new EvidenceUpload("ok.pdf", pdf), new EvidenceUpload("virus.pdf", program)]);
        Assert.Equal(ValueOutcome.BadEvidence, refused.Outcome);
        Assert.Equal(EvidenceProblem.RefusedType, refused.Evidence!.Code);
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM indicator_values"));
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM value_evidence"));

        var saved = await IndicatorValues.SaveAsync(db, projectId, "i1", "2026-H2", "", "100", null, null, [new EvidenceUpload("C:\\tmp\\todiste.pdf", pdf)]);
        var info = Assert.Single(Assert.Single(await IndicatorValues.ListAsync(db, projectId)).Evidence);
        var file = await IndicatorValues.EvidenceAsync(database.NewContext(), projectId, info.Id);

        Assert.Equal(ValueOutcome.Saved, saved.Outcome);
        Assert.Equal(("todiste.pdf", EvidenceFiles.Pdf, (long)pdf.Length), (info.FileName, info.ContentType, info.Size));
        Assert.Equal(pdf, file!.Value.File.Content);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), file.Value.File.Sha256);
        // Another project's id does not reach the file.
        Assert.Null(await IndicatorValues.EvidenceAsync(database.NewContext(), projectId + 1, info.Id));
        Assert.Equal(1, await AuditCountAsync(database, "value.evidence.add"));
    }

    [Theory, BothProviders]
    public async Task Of_many_clients_saving_one_value_at_once_one_wins_and_the_rest_are_told_it_changed(DatabaseProvider provider)
    {
        var (database, projectId) = await ProjectAsync(provider);
        await using var _ = database;
        int? revision = null;
        for (var trial = 0; trial < 5; trial++)
        {
            var start = new TaskCompletionSource();
            var read = revision;
            var saves = Enumerable.Range(0, 8).Select(async i =>
            {
                await using var db = database.NewContext();
                await start.Task;
                return (Value: 1000 * trial + i, Result: await IndicatorValues.SaveAsync(db, projectId, "i1", "2027-H1", "", (1000 * trial + i).ToString(), $"client {i}", read));
            }).ToList();
            start.SetResult();
            var results = await Task.WhenAll(saves);

            var winner = Assert.Single(results, r => r.Result.Outcome == ValueOutcome.Saved);
            Assert.All(results.Where(r => r != winner), r => Assert.Equal(ValueOutcome.ChangedMeanwhile, r.Result.Outcome));
            var stored = Assert.Single(await IndicatorValues.ListAsync(database.NewContext(), projectId));
            // The winner's value and comment together: never one client's number with another's comment.
            Assert.Equal((decimal)winner.Value, stored.Value.Number);
            Assert.Equal($"client {winner.Value % 1000}", stored.Value.Comment);
            Assert.Equal(trial + 1, stored.Revision);
            revision = stored.Revision;
        }
        Assert.Equal(5, await AuditCountAsync(database, "value.save"));
    }

    [Theory, BothProviders]
    public async Task An_import_is_all_or_nothing(DatabaseProvider provider)
    {
        var (database, projectId) = await ProjectAsync(provider);
        await using var _ = database;
        await using var db = database.NewContext();
        var submitted = await IndicatorValues.SaveAsync(db, projectId, "i1", "2027-H1", "", "90", null, null);
        await IndicatorValues.MoveAsync(db, projectId, submitted.ValueId!.Value, VersionStatus.Submitted, null, null);
        ValueEntry Entry(string period, decimal n) => new("i1", period, "", new ReadValue(n, null), null);

        // The second entry would overwrite a submitted value: the first is not stored either.
        var refused = await IndicatorValues.ImportAsync(db, projectId, [Entry("2026-H2", 140), Entry("2027-H1", 80)]);
        Assert.Equal((0, (int?)1, ValueOutcome.NotAllowed), (refused.Stored, refused.RefusedAt, refused.Refusal!.Outcome));
        Assert.Single(await IndicatorValues.ListAsync(database.NewContext(), projectId));

        var stored = await IndicatorValues.ImportAsync(db, projectId, [Entry("2026-H2", 140), new("i2", "2026-H2", CoImplementer, new ReadValue(null, true), "x")]);
        Assert.Equal(2, stored.Stored);
        Assert.Equal(3, (await IndicatorValues.ListAsync(database.NewContext(), projectId)).Count);
    }
}
