using System.Globalization;
using System.Text;
using Hankevahti.Figures;
using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Text;
using Hankevahti.Web.Shared;

namespace Hankevahti.Cli;

/// <summary>
/// The short text summary of one imported plan that 'hankevahti import' prints. Everything taken from the
/// file (its name, the title, organisations, part codes, note messages) goes through <see cref="TerminalText.Visible"/>.
/// </summary>
internal static class ImportSummary
{
    public static string Format(ImportResult result)
    {
        var plan = result.Plan!;
        var info = plan.Import ?? new ImportInfo();
        var sb = new StringBuilder();
        sb.Append($"{TerminalText.Visible(result.File)}: {(plan.Project.Name.Length > 0 ? TerminalText.Visible(plan.Project.Name) : "(no title found)")}\n");
        var orgs = plan.Organisations.Select(o => TerminalText.Visible(o.ShortName ?? o.Name) + (o.Roles.Contains(OrganisationRole.LeadApplicant) ? " (lead)" : ""));
        sb.Append($"  organisations  {plan.Organisations.Count}{(plan.Organisations.Count > 0 ? ": " + string.Join(", ", orgs) : "")}\n");
        var parts = PlanFigures.Parts(plan).ToList();
        sb.Append($"  parts          {parts.Count}{(parts.Count > 0 ? ": " + string.Join(", ", parts.Select(p => TerminalText.Visible(p.Code))) : "")}\n");
        sb.Append($"  actions        {PlanFigures.Actions(plan).Count()}\n");
        sb.Append($"  indicators     {plan.Indicators.Count}\n");
        sb.Append($"  risks          {plan.Risks.Count}\n");
        sb.Append($"  budget total   {BudgetTotal(plan.Budget)}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  coverage       {CoverageFigures.PlacedPercent(info):0.##} % placed ({CoverageFigures.StructuredPercent(info):0.##} % structured), {info.UnplacedWords} of {info.TotalWords - info.ArtefactWords} words unplaced\n");
        // Per section: a part that stayed all text shows here even when the whole plan looks well placed.
        foreach (var part in info.Parts.Where(p => p.TotalWords > 0))
        {
            var name = TerminalText.Visible($"{part.Number} {part.Title}".Trim());
            name = name.Length > 40 ? name[..39] + "…" : name;
            sb.Append(CultureInfo.InvariantCulture, $"    {(name.Length > 0 ? name : "(first page)"),-40} {100m * part.StructuredWords / part.TotalWords,5:0} % structured of {part.TotalWords} words\n");
        }
        var warnings = info.Notes.Where(n => n.Severity != NoteSeverity.Info).ToList();
        sb.Append($"  warnings       {warnings.Count}\n");
        foreach (var w in warnings.Take(10))
        {
            // The code first, as findings show theirs: it is what docs/import-notes.md explains.
            sb.Append($"    - {(w.Code is null ? "" : w.Code + " ")}{Where(w.Source)}{TerminalText.Visible(w.Message)}\n");
        }
        if (warnings.Count > 10)
        {
            sb.Append($"    … and {warnings.Count - 10} more (see --format json)\n");
        }
        return sb.ToString();
    }

    private static string BudgetTotal(Budget budget)
    {
        if (budget.Lines.Count == 0)
        {
            return "none found";
        }
        var planned = PlanFigures.Total(budget);
        // Plain spaces: a terminal or a log may not show the no-break space Fi uses for the web.
        return Fi.Number(planned).Replace('\u00A0', ' ') + " €";
    }

    private static string Where(SourceRef? s) =>
        s?.Line is { } line ? $"line {line}: " : s?.Paragraph is { } p ? $"paragraph {p}: " : "";
}
