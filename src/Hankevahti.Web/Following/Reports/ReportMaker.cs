using Hankevahti.Following;
using Hankevahti.Following.Reports;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;

namespace Hankevahti.Web.Following.Reports;

/// <summary>A report made: its model (stored as the snapshot when submitted) and its layout, or why it could not be made.</summary>
public sealed record MadeReport(object? Model, ReportDocument? Document, string? Problem);

/// <summary>Makes one of the three reports with its stored narrative, for the pages and the command line alike.</summary>
public static class ReportMaker
{
    public static async Task<(ReportSource Source, MadeReport? Made)> MakeAsync(HankevahtiDb db, int projectId, ReportKind kind, string? period,
        ReportWords words, DateOnly today, CancellationToken ct = default)
    {
        var source = await ReportSources.LoadAsync(db, projectId, today, ct);
        if (source.Input is not { } input)
        {
            return (source, null);
        }
        var stored = await PeriodReports.FindAsync(db, projectId, kind, period, ct);
        var narrative = stored is null ? Narrative.Empty : new Narrative(stored.DoneText, stored.Deviations, stored.NextPeriod);
        return (source, Make(input, kind, period, narrative, words));
    }

    public static MadeReport Make(ReportInput input, ReportKind kind, string? period, Narrative narrative, ReportWords words)
    {
        switch (kind)
        {
            case ReportKind.Status:
                var status = ReportBuilder.Status(input, period, narrative);
                return new(status.Report, status.Report is { } s ? ReportLayout.Of(s, words, input.Today) : null, status.Problem);
            case ReportKind.Claim:
                var claim = ReportBuilder.Claim(input, period, narrative);
                return new(claim.Report, claim.Report is { } c ? ReportLayout.Of(c, words, input.Today) : null, claim.Problem);
            default:
                var final = ReportBuilder.Final(input, narrative);
                return new(final.Report, final.Report is { } f ? ReportLayout.Of(f, words, input.Today) : null, final.Problem);
        }
    }

    /// <summary>A file name for a download: "tilanneraportti-12-2026-H2.docx".</summary>
    public static string FileName(ReportKind kind, int projectId, string? period, string extension)
    {
        var name = kind switch { ReportKind.Status => "tilanneraportti", ReportKind.Claim => "maksatushakemus", _ => "loppuraportti" };
        return string.IsNullOrWhiteSpace(period) ? $"{name}-{projectId}.{extension}" : $"{name}-{projectId}-{period.Trim()}.{extension}";
    }
}
