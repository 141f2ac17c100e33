using System.Globalization;
using Hankevahti.Checks.Profiles;
using Hankevahti.Following;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Programmes;

/// <summary>One reporting period of the programme as the page shows it: the shipped rule, the one set here, what the form holds.</summary>
/// <param name="Example">The latest ended period of this rule (or the current one) with its due date as the rule in force gives it, to show what the rule means.</param>
public sealed record TermLine(int Index, ReportingPeriod Shipped, ReportingTerm? Set, string? Due, string? Days, string? Error, ProjectPeriod? Example = null);

/// <summary>
/// A programme's reporting deadlines (/programmes/{key}/reporting, docs/following.md "Due dates"): the periods of its
/// profile, each with the due rule that applies (the profile's own, or the one set here, and by whom) and a form that
/// sets or clears it. The funder fixes the deadlines in the grant decisions' terms; no shipped profile knows them, so
/// until they are set here no report of the programme is ever overdue. Administrators and the programme's funder
/// officials only (<see cref="Policies.ProgrammeTerms"/>): project members see the result as due dates on their reports.
/// The form carries the terms' stamp: a save made on terms someone changed meanwhile is refused and the current ones shown.
/// </summary>
[Authorize(Policy = Policies.ProgrammeTerms)]
public sealed class ReportingModel(HankevahtiDb db, IStringLocalizer<ProgrammesText> text, TimeProvider time) : PageModel
{
    public ProgrammeProfile Profile { get; private set; } = null!;
    public IReadOnlyList<TermLine> Lines { get; private set; } = [];
    public string Stamp { get; private set; } = "";
    /// <summary>The error summary: field id → message.</summary>
    public Dictionary<string, string> Errors { get; } = [];
    [TempData] public string? Done { get; set; }

    public string Name(LocalizedText name) => name.ToLocalized().In(Hankevahti.Web.Shared.Languages.Current);

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        if (ProfileCatalog.Programme(key) is not { } profile)
        {
            return NotFound();
        }
        await LoadAsync(profile, null, ct);
        return Page();
    }

    [HandlerPolicy(Policies.ProgrammeTerms)]
    public async Task<IActionResult> OnPostAsync(string key, CancellationToken ct)
    {
        if (ProfileCatalog.Programme(key) is not { } profile)
        {
            return NotFound();
        }
        var inputs = profile.ReportingPeriods.Select((_, i) => new ReportingTermInput(i + 1, Field($"due-{i + 1}"), Field($"days-{i + 1}"))).ToList();
        var saved = await ReportingTerms.SaveAsync(db, profile.Key, inputs, Field("stamp") ?? "", ct);
        switch (saved.Outcome)
        {
            case ReportingTermsOutcome.NotFound:
                return NotFound();
            case ReportingTermsOutcome.Invalid:
                await LoadAsync(profile, inputs, ct);
                foreach (var error in saved.Errors)
                {
                    var field = error.Problem == ReportingTermProblem.DaysRange ? $"days-{error.Period}" : $"due-{error.Period}";
                    Errors.TryAdd(field, Message(profile, error));
                }
                Lines = Lines.Select(l => l with { Error = saved.Errors.FirstOrDefault(e => e.Period == l.Index) is { } e ? Message(profile, e) : null }).ToList();
                return Page();
            case ReportingTermsOutcome.Stale:
                // The current terms, not what was typed: the person sees what the other saved before deciding again.
                await LoadAsync(profile, null, ct);
                Errors["due-1"] = text["Error.Stale"];
                return Page();
        }
        Done = saved.Changed == 0 ? text["NothingChanged"] : string.Format(CultureInfo.CurrentCulture, text["Saved"], saved.Changed);
        return Redirect($"/programmes/{profile.Key}/reporting");
    }

    private string? Field(string name) => Request.Form.TryGetValue(name, out var value) ? value.ToString() : null;

    private string Message(ProgrammeProfile profile, ReportingTermError error)
    {
        var period = error.Period >= 1 && error.Period <= profile.ReportingPeriods.Count ? Name(profile.ReportingPeriods[error.Period - 1].Name) : error.Period.ToString(CultureInfo.CurrentCulture);
        return string.Format(CultureInfo.CurrentCulture, text[$"Error.{error.Problem}"], period);
    }

    // The periods with their rules as stored; the form holds what was typed when a save was refused, else the stored rule.
    private async Task LoadAsync(ProgrammeProfile profile, IReadOnlyList<ReportingTermInput>? typed, CancellationToken ct)
    {
        Profile = profile;
        var terms = await ReportingTerms.LoadAsync(db, profile.Key, ct);
        Stamp = terms.Stamp(profile.Key);
        var set = terms.Of(profile.Key);
        // The periods of last year and this one under the rules in force: each rule's latest ended period is its example.
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var periods = ReportingCalendar.For(terms.Apply(profile), new Hankevahti.Plans.DateRange { Start = new DateOnly(today.Year - 1, 1, 1), End = new DateOnly(today.Year, 12, 31) }).Periods;
        Lines = profile.ReportingPeriods.Select((rule, i) =>
        {
            var own = periods.Where(p => p.PeriodStart.ToString("MM-dd", CultureInfo.InvariantCulture) == rule.From).ToList();
            var example = own.LastOrDefault(p => p.PeriodEnd < today) ?? own.FirstOrDefault();
            var term = set.FirstOrDefault(t => t.PeriodFrom == rule.From && t.PeriodTo == rule.To);
            var input = typed?.FirstOrDefault(t => t.Period == i + 1);
            return new TermLine(i + 1, rule, term,
                input is null ? term?.ReportDue : input.Due,
                input is null ? term?.ReportDueDays?.ToString(CultureInfo.InvariantCulture) : input.Days,
                null, example);
        }).ToList();
    }

    /// <summary>A rule in words: "31.1. after the period" or "30 days after the period's end", or none.</summary>
    public string Rule(string? due, int? days)
    {
        if (ReportingCalendar.MonthDay(due) is var (month, day))
        {
            return string.Format(CultureInfo.CurrentCulture, text["Rule.Due"], new DateOnly(2024, month, day).ToString(text["MonthDayFormat"], CultureInfo.CurrentCulture));
        }
        return days is { } n ? string.Format(CultureInfo.CurrentCulture, text["Rule.Days"], n) : text["Rule.None"];
    }
}
