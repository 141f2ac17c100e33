using Hankevahti.Following;
using Hankevahti.Following.Reports;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.Following;

public class PeriodReportsTests
{
    // The whole life of a report: written, saved over a stale revision (refused, the newer text kept), submitted
    // with its snapshot, not editable while the funder has it, returned only with a reason, corrected and
    // submitted again, approved. Each step leaves its audit row.
    [Theory, BothProviders]
    public async Task A_report_is_written_submitted_returned_with_a_reason_resubmitted_and_approved(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        var projectId = (await db.AddProjectAsync(TestPlans.Rich(), "test")).Id;

        var first = await PeriodReports.SaveNarrativeAsync(db, projectId, ReportKind.Status, "2026-H2", new Narrative("Tehtiin", null, "Seuraavaksi"), 0);
        Assert.Equal((ReportChangeOutcome.Done, 1), (first.Outcome, first.Report!.Revision));

        // Someone who opened the form before the first save still has revision 0: refused, told what is stored now.
        var stale = await PeriodReports.SaveNarrativeAsync(db, projectId, ReportKind.Status, "2026-H2", new Narrative("Vanha", null, null), 0);
        Assert.Equal(ReportChangeOutcome.Stale, stale.Outcome);
        Assert.Equal("Tehtiin", stale.Report!.DoneText);

        var submitted = await PeriodReports.MoveAsync(db, projectId, ReportKind.Status, "2026-H2", VersionStatus.Submitted, null, "{\"total\":1}");
        Assert.Equal(ReportChangeOutcome.Done, submitted.Outcome);
        Assert.Equal("{\"total\":1}", submitted.Report!.SnapshotJson);

        var edit = await PeriodReports.SaveNarrativeAsync(db, projectId, ReportKind.Status, "2026-H2", new Narrative("Muutos", null, null), submitted.Report.Revision);
        Assert.Equal(ReportChangeOutcome.NotAllowed, edit.Outcome);

        Assert.Equal(ReportChangeOutcome.ReasonMissing,
            (await PeriodReports.MoveAsync(db, projectId, ReportKind.Status, "2026-H2", VersionStatus.Returned, "  ", null)).Outcome);
        var returned = await PeriodReports.MoveAsync(db, projectId, ReportKind.Status, "2026-H2", VersionStatus.Returned, "Kustannukset puuttuvat", null);
        Assert.Equal(("returned", "Kustannukset puuttuvat"), (returned.Report!.Status, returned.Report.StatusReason));

        var corrected = await PeriodReports.SaveNarrativeAsync(db, projectId, ReportKind.Status, "2026-H2", new Narrative("Korjattu", null, null), returned.Report.Revision);
        Assert.Equal(ReportChangeOutcome.Done, corrected.Outcome);
        Assert.Equal(ReportChangeOutcome.Done,
            (await PeriodReports.MoveAsync(db, projectId, ReportKind.Status, "2026-H2", VersionStatus.Submitted, null, "{\"total\":2}")).Outcome);
        var approved = await PeriodReports.MoveAsync(db, projectId, ReportKind.Status, "2026-H2", VersionStatus.Approved, null, null);
        Assert.Equal(("approved", null, "{\"total\":2}"), (approved.Report!.Status, approved.Report.StatusReason, approved.Report.SnapshotJson));

        // An approved report is not approved, returned or submitted again.
        Assert.Equal(ReportChangeOutcome.NotAllowed,
            (await PeriodReports.MoveAsync(db, projectId, ReportKind.Status, "2026-H2", VersionStatus.Returned, "Myöhässä", null)).Outcome);

        var actions = await db.AuditLog.AsNoTracking().Where(a => a.ProjectId == projectId && a.Action.StartsWith("report.")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["report.save", "report.submit", "report.return", "report.save", "report.submit", "report.approve"], actions);
    }

    // A claim without a period and the final report are stored under "" and do not collide with a period's report.
    [Theory, BothProviders]
    public async Task Reports_without_a_period_are_kept_apart_by_kind(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        var projectId = (await db.AddProjectAsync(TestPlans.Rich(), "test")).Id;

        await PeriodReports.SaveNarrativeAsync(db, projectId, ReportKind.Claim, null, new Narrative("Maksatus", null, null), 0);
        await PeriodReports.SaveNarrativeAsync(db, projectId, ReportKind.Final, "", new Narrative("Loppu", null, null), 0);
        await PeriodReports.SaveNarrativeAsync(db, projectId, ReportKind.Claim, "2026-H2", new Narrative("Kausi", null, null), 0);

        var all = await PeriodReports.ListAsync(db, projectId);
        Assert.Equal([("claim", "", "Maksatus"), ("claim", "2026-H2", "Kausi"), ("final", "", "Loppu")],
            all.Select(r => (r.Kind, r.PeriodCode, r.DoneText)).ToList());
    }
}
