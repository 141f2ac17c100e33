using Hankevahti.Plans;

namespace Hankevahti.Following.Reports;

/// <summary>
/// Lays the reports out as <see cref="ReportDocument"/>s in the reader's words. The order of sections is the
/// funders' (docs/following.md#reports); every figure is a cell, formatted only by the writer.
/// </summary>
public static class ReportLayout
{
    public static ReportDocument Of(StatusReport report, ReportWords w, DateOnly made)
    {
        var p = report.Period;
        return new ReportDocument(w("Title.Status"), $"{report.ProjectName} · {p.Code} ({ReportFormat.Date(p.Start)}–{ReportFormat.Date(p.End)})",
        [
            Facts(w, report.ProjectName, report.CaseNumber, $"{p.Code} ({ReportFormat.Date(p.Start)}–{ReportFormat.Date(p.End)})", made),
            Narrative(w("Section.Done"), report.Narrative.Done, w),
            Indicators(w, report.Indicators),
            Actions(w, report.Actions),
            Costs(w, report.Costs, withPeriod: true),
            Risks(w, report.Risks),
            Narrative(w("Section.Deviations"), report.Narrative.Deviations, w),
            Narrative(w("Section.Next"), report.Narrative.NextPeriod, w),
        ]);
    }

    public static ReportDocument Of(ClaimReport report, ReportWords w, DateOnly made)
    {
        var span = $"{ReportFormat.Date(report.From)}–{ReportFormat.Date(report.To)}";
        var periodText = report.PeriodCode is { } code ? $"{code} ({span})" : span;
        var claim = new ReportTable(w("Sheet.Claim"),
            [new(w("Col.Organisation"), CellKind.Text), new(w("Col.Category"), CellKind.Text), new(w("Col.Amount"), CellKind.Money)],
            report.Lines.Select(l => Row(l.Organisation == "" ? w("Organisation.Project") : l.Organisation, w($"CostCategory.{l.Category}"), l.Amount)).ToList(),
            Row(w("Total"), null, report.Total));
        return new ReportDocument(w("Title.Claim"), $"{report.ProjectName} · {periodText}",
        [
            Facts(w, report.ProjectName, report.CaseNumber, periodText, made),
            new ReportSection(w("Section.ClaimCosts"), [], claim),
            new ReportSection(w("Section.Funding"), [], Funding(w, report.Total, report.GrantShare, report.Grant, report.OwnFunding)),
            Costs(w, report.Cumulative, withPeriod: true, heading: "Section.Cumulative", sheet: "Sheet.Cumulative"),
            Narrative(w("Section.Done"), report.Narrative.Done, w),
        ]);
    }

    public static ReportDocument Of(FinalReport report, ReportWords w, DateOnly made)
    {
        var span = report.Start is { } s && report.End is { } e ? $"{ReportFormat.Date(s)}–{ReportFormat.Date(e)}" : ReportFormat.None;
        var facts = Facts(w, report.ProjectName, report.CaseNumber, span, made);
        var paragraphs = facts.Paragraphs.ToList();
        if (report.Programme is { } programme)
        {
            paragraphs.Insert(1, $"{w("Fact.Programme")}: {programme}");
        }
        if (report.Organisations.Count > 0)
        {
            paragraphs.Add($"{w("Fact.Organisations")}: {string.Join(", ", report.Organisations)}");
        }
        return new ReportDocument(w("Title.Final"), $"{report.ProjectName} · {span}",
        [
            new ReportSection(facts.Heading, paragraphs, null),
            Actions(w, report.Actions, "Section.FinalActions"),
            Narrative(w("Section.FinalResults"), report.Narrative.Done, w),
            Indicators(w, report.Indicators, "Section.FinalIndicators"),
            Costs(w, report.Costs, withPeriod: false, heading: "Section.FinalCosts"),
            new ReportSection(w("Section.FinalFunding"), [], Funding(w, report.TotalCosts, report.GrantShare, report.Grant, report.OwnFunding)),
            Narrative(w("Section.FinalDeviations"), report.Narrative.Deviations, w),
            Narrative(w("Section.FinalContinuation"), report.Narrative.NextPeriod, w),
        ]);
    }

    private static ReportSection Facts(ReportWords w, string project, string? caseNumber, string period, DateOnly made)
    {
        var lines = new List<string> { $"{w("Fact.Project")}: {project}" };
        if (!string.IsNullOrWhiteSpace(caseNumber))
        {
            lines.Add($"{w("Fact.CaseNumber")}: {caseNumber}");
        }
        lines.Add($"{w("Fact.Period")}: {period}");
        lines.Add($"{w("Fact.Made")}: {ReportFormat.Date(made)}");
        return new ReportSection(w("Section.Facts"), lines, null);
    }

    private static ReportSection Narrative(string heading, string? text, ReportWords w) =>
        new(heading, string.IsNullOrWhiteSpace(text)
            ? [w("Narrative.Empty")]
            : text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), null);

    private static ReportSection Indicators(ReportWords w, IReadOnlyList<IndicatorLine> lines, string heading = "Section.Indicators") =>
        new(w(heading), lines.Count == 0 ? [w("None.Indicators")] : [], lines.Count == 0 ? null : new ReportTable(w("Sheet.Indicators"),
            [new(w("Col.Indicator"), CellKind.Text), new(w("Col.Unit"), CellKind.Text), new(w("Col.Baseline"), CellKind.Number),
             new(w("Col.Target"), CellKind.Number), new(w("Col.Value"), CellKind.Number), new(w("Col.ValuePeriod"), CellKind.Text),
             new(w("Col.Progress"), CellKind.Share), new(w("Col.Comment"), CellKind.Text)],
            lines.Select(l => Row(l.Name, l.Unit, l.Baseline, l.Target,
                l.Value is { } v ? v : l.YesNo is { } yes ? w(yes ? "Yes" : "No") : null, l.ValuePeriod, l.Progress, l.Comment)).ToList()));

    private static ReportSection Actions(ReportWords w, IReadOnlyList<ActionLine> lines, string heading = "Section.Actions") =>
        new(w(heading), lines.Count == 0 ? [w("None.Actions")] : [], lines.Count == 0 ? null : new ReportTable(w("Sheet.Actions"),
            [new(w("Col.Code"), CellKind.Text), new(w("Col.Action"), CellKind.Text), new(w("Col.PlannedEnd"), CellKind.Date),
             new(w("Col.Status"), CellKind.Text), new(w("Col.PercentDone"), CellKind.Number), new(w("Col.Note"), CellKind.Text)],
            lines.Select(l => Row(l.Code, l.Title, l.PlannedEnd, w($"ActionStatus.{l.Status}"), l.PercentDone is { } pd ? (decimal)pd : null, l.Note)).ToList()));

    private static ReportSection Risks(ReportWords w, IReadOnlyList<RiskLine> lines) =>
        new(w("Section.Risks"), lines.Count == 0 ? [w("None.Risks")] : [], lines.Count == 0 ? null : new ReportTable(w("Sheet.Risks"),
            [new(w("Col.Code"), CellKind.Text), new(w("Col.Risk"), CellKind.Text), new(w("Col.PlanScore"), CellKind.Number),
             new(w("Col.PreviousScore"), CellKind.Number), new(w("Col.Likelihood"), CellKind.Number), new(w("Col.Impact"), CellKind.Number),
             new(w("Col.Score"), CellKind.Number), new(w("Col.Note"), CellKind.Text)],
            lines.Select(l => Row(l.Code, l.Title, Dec(l.PlanScore), Dec(l.PreviousScore), Dec(l.Likelihood), Dec(l.Impact), Dec(l.Score), l.Note)).ToList()));

    private static ReportSection Costs(ReportWords w, IReadOnlyList<CategoryCosts> lines, bool withPeriod, string heading = "Section.Costs", string sheet = "Sheet.Costs")
    {
        var columns = new List<ReportColumn> { new(w("Col.Category"), CellKind.Text), new(w("Col.Budget"), CellKind.Money) };
        if (withPeriod)
        {
            columns.Add(new(w("Col.InPeriod"), CellKind.Money));
        }
        columns.AddRange([new(w("Col.Cumulative"), CellKind.Money), new(w("Col.Remaining"), CellKind.Money), new(w("Col.Spent"), CellKind.Share),
            new(w("Col.Forecast"), CellKind.Money)]);
        IReadOnlyList<object?> Line(string label, decimal budget, decimal inPeriod, decimal cumulative, decimal? forecast)
        {
            var row = new List<object?> { label, budget };
            if (withPeriod)
            {
                row.Add(inPeriod);
            }
            row.AddRange([cumulative, budget - cumulative, budget == 0 ? null : Math.Round(cumulative / budget, 4), forecast]);
            return row;
        }
        var forecasts = lines.Where(l => l.Forecast is not null).ToList();
        return new(w(heading), [], new ReportTable(w(sheet), columns,
            lines.Select(l => Line(w($"CostCategory.{l.Category}"), l.Budget, l.InPeriod, l.Cumulative, l.Forecast)).ToList(),
            Line(w("Total"), lines.Sum(l => l.Budget), lines.Sum(l => l.InPeriod), lines.Sum(l => l.Cumulative),
                forecasts.Count == 0 ? null : forecasts.Sum(l => l.Forecast))));
    }

    private static ReportTable Funding(ReportWords w, decimal total, decimal? grantShare, decimal? grant, decimal? own) =>
        new(w("Sheet.Funding"), [new(w("Col.Item"), CellKind.Text), new(w("Col.Share"), CellKind.Share), new(w("Col.Amount"), CellKind.Money)],
        [
            Row(w("Funding.Total"), grantShare is null ? null : 1m, total),
            Row(w("Funding.Grant"), grantShare, grant),
            Row(w("Funding.Own"), grantShare is { } g ? 1m - g : null, own),
        ]);

    private static decimal? Dec(int? value) => value;

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;
}
