using System.Collections.Concurrent;
using System.Globalization;
using Hankevahti.Checks.Profiles;
using Hankevahti.Following;
using Hankevahti.Plans;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Following;

/// <summary>A due rule the funder set for one period of a programme: a month-day or days after the period's end.</summary>
public sealed record ReportingTerm(string PeriodFrom, string PeriodTo, string? ReportDue, int? ReportDueDays, string? SetBy, DateTimeOffset SetAt);

/// <summary>
/// The programmes' reporting deadlines as read from the database (reporting_terms), and the programme profiles they
/// make: the shipped profile with the due rule of each period the funder set in place of the profile's own. Every
/// reporting calendar is made from such an effective profile, so a due date set by the funder makes reports overdue
/// on every page, in the reminders and in the portfolio.
/// </summary>
public sealed class ReportingTermSet
{
    public static readonly ReportingTermSet None = new(new Dictionary<string, IReadOnlyList<ReportingTerm>>());

    private readonly IReadOnlyDictionary<string, IReadOnlyList<ReportingTerm>> byProgramme;
    // One effective profile per shipped one: the portfolio asks for each of thousands of projects.
    private readonly ConcurrentDictionary<ProgrammeProfile, ProgrammeProfile> applied = new(ReferenceEqualityComparer.Instance);

    internal ReportingTermSet(IReadOnlyDictionary<string, IReadOnlyList<ReportingTerm>> byProgramme) => this.byProgramme = byProgramme;

    /// <summary>The terms set for a programme (its key normalised as <see cref="FunderProgrammes.Normalise"/> does).</summary>
    public IReadOnlyList<ReportingTerm> Of(string? programmeKey) =>
        FunderProgrammes.Normalise(programmeKey) is { } key && byProgramme.TryGetValue(key, out var terms) ? terms : [];

    /// <summary>
    /// The effective profile: <paramref name="shipped"/> with the due rule of each period set here in place of its own
    /// (both the month-day and the days, so a set month-day is not overruled by shipped days). The generic profile is
    /// no programme and gets none.
    /// </summary>
    public ProgrammeProfile Apply(ProgrammeProfile shipped)
    {
        if (shipped.Key == ProfileCatalog.GenericKey || !byProgramme.TryGetValue(shipped.Key, out var terms) || terms.Count == 0)
        {
            return shipped;
        }
        return applied.GetOrAdd(shipped, p => p with
        {
            ReportingPeriods = p.ReportingPeriods.Select(rule =>
                terms.FirstOrDefault(t => t.PeriodFrom == rule.From && t.PeriodTo == rule.To) is { } term
                    ? rule with { ReportDue = term.ReportDue, ReportDueDays = term.ReportDueDays }
                    : rule).ToList(),
        });
    }

    /// <summary>The effective profile of a programme key (<see cref="ProfileCatalog.For(string?)"/> with the terms).</summary>
    public ProgrammeProfile ProfileFor(string? programmeKey) => Apply(ProfileCatalog.For(programmeKey));

    /// <summary>The effective profile of a plan's programme.</summary>
    public ProgrammeProfile ProfileFor(Plan plan) => Apply(ProfileCatalog.For(plan));

    /// <summary>
    /// A calendar made from the shipped profile (kept, as the portfolio keeps it per plan version) with the due dates
    /// of the effective profile: unchanged when the programme has no terms.
    /// </summary>
    public IReadOnlyList<ProjectPeriod> Periods(ProgrammeProfile shipped, IReadOnlyList<ProjectPeriod> periods) =>
        Apply(shipped) is var effective && ReferenceEquals(effective, shipped) ? periods : ReportingCalendar.WithDue(effective, periods);

    /// <summary>
    /// What a programme's terms are now, as one text: a form carries the stamp it was shown with, and a save on
    /// another (someone saved meanwhile) is refused rather than overwriting what they set unseen.
    /// </summary>
    public string Stamp(string? programmeKey) =>
        string.Join(";", Of(programmeKey).OrderBy(t => t.PeriodFrom, StringComparer.Ordinal)
            .Select(t => $"{t.PeriodFrom}|{t.PeriodTo}|{t.ReportDue}|{t.ReportDueDays?.ToString(CultureInfo.InvariantCulture)}"));
}

/// <summary>A due rule typed for one period of the programme's profile: a month-day, days, or neither (clear).</summary>
/// <param name="Period">The period's index in the profile's reporting periods, 1 for the first.</param>
public sealed record ReportingTermInput(int Period, string? Due, string? Days);

public enum ReportingTermsOutcome { Saved, NotFound, Invalid, Stale }

/// <summary>What is wrong with a typed due rule.</summary>
public enum ReportingTermProblem
{
    /// <summary>The month-day is not written MM-DD or is no day of the year.</summary>
    DueFormat,
    /// <summary>The days are not a whole number from 1 to 365.</summary>
    DaysRange,
    /// <summary>Both a month-day and days were given: the due date would be ambiguous.</summary>
    Both,
    /// <summary>No such period in the programme's profile.</summary>
    UnknownPeriod,
}

/// <summary>A problem of one period's input, with the one-line message naming what was expected.</summary>
public sealed record ReportingTermError(int Period, ReportingTermProblem Problem, string Message);

/// <summary>What became of a save: saved (<see cref="Changed"/> periods differed), no such programme, refused with every problem, or stale.</summary>
public sealed record ReportingTermsSave(ReportingTermsOutcome Outcome, IReadOnlyList<ReportingTermError> Errors, int Changed = 0);

/// <summary>
/// Reading and saving the programmes' reporting deadlines (reporting_terms, docs/following.md "Due dates"). A programme
/// is one a profile knows (its key or an alias): the terms name its profile's periods. Saving validates every period
/// first, then writes all of them and the audit row in one transaction under a lock on the table, so of two officials
/// saving at once one is stored whole and the other is told the terms changed meanwhile; never half of each.
/// </summary>
public static class ReportingTerms
{
    public const string AuditAction = "reporting-terms.saved";

    /// <summary>Every programme's terms.</summary>
    public static async Task<ReportingTermSet> LoadAsync(HankevahtiDb db, CancellationToken ct = default) =>
        Set(await db.ReportingTerms.AsNoTracking().ToListAsync(ct));

    /// <summary>The terms of one programme only (the others are not read).</summary>
    public static async Task<ReportingTermSet> LoadAsync(HankevahtiDb db, string? programmeKey, CancellationToken ct = default)
    {
        if (FunderProgrammes.Normalise(programmeKey) is not { } key)
        {
            return ReportingTermSet.None;
        }
        return Set(await db.ReportingTerms.AsNoTracking().Where(t => t.ProgrammeKey == key).ToListAsync(ct));
    }

    /// <summary>The effective profile of a programme key: the shipped profile with the funder's due rules.</summary>
    public static async Task<ProgrammeProfile> ProfileAsync(HankevahtiDb db, string? programmeKey, CancellationToken ct = default) =>
        (await LoadAsync(db, ProfileCatalog.For(programmeKey).Key, ct)).ProfileFor(programmeKey);

    /// <summary>The effective profile of a plan's programme.</summary>
    public static Task<ProgrammeProfile> ProfileAsync(HankevahtiDb db, Plan plan, CancellationToken ct = default) =>
        ProfileAsync(db, plan.Project.Programme?.Key, ct);

    /// <summary>
    /// Checks typed due rules against the programme's profile; the problems, none when all can be saved. Per period:
    /// a month-day written MM-DD that a year has (29 February is one: the due date falls on the 28th in other years),
    /// or whole days 1–365 after the period's end, or neither (the shipped rule applies again); never both.
    /// </summary>
    public static IReadOnlyList<ReportingTermError> Validate(ProgrammeProfile profile, IReadOnlyList<ReportingTermInput> inputs)
    {
        var errors = new List<ReportingTermError>();
        foreach (var input in inputs)
        {
            if (input.Period < 1 || input.Period > profile.ReportingPeriods.Count)
            {
                errors.Add(new(input.Period, ReportingTermProblem.UnknownPeriod,
                    $"period {input.Period}: the programme {profile.Key} has periods 1 to {profile.ReportingPeriods.Count}"));
                continue;
            }
            var due = Clean(input.Due);
            var days = Clean(input.Days);
            if (due is not null && days is not null)
            {
                errors.Add(new(input.Period, ReportingTermProblem.Both, $"period {input.Period}: give either a month-day or days after the period's end, not both"));
                continue;
            }
            if (due is not null && !ReportingCalendar.IsMonthDay(due))
            {
                errors.Add(new(input.Period, ReportingTermProblem.DueFormat, $"period {input.Period}: the due date must be a month-day written MM-DD (such as 02-28), not '{due}'"));
            }
            if (days is not null && Days(days) is null)
            {
                errors.Add(new(input.Period, ReportingTermProblem.DaysRange, $"period {input.Period}: the days after the period's end must be a whole number from 1 to 365, not '{days}'"));
            }
        }
        return errors;
    }

    /// <summary>
    /// Saves the due rules of a programme's periods (those not in <paramref name="inputs"/> are left as they are).
    /// <paramref name="stamp"/> is <see cref="ReportingTermSet.Stamp"/> as the form showed it; null saves whatever is stored.
    /// </summary>
    public static async Task<ReportingTermsSave> SaveAsync(HankevahtiDb db, string? programmeKey, IReadOnlyList<ReportingTermInput> inputs,
        string? stamp = null, CancellationToken ct = default)
    {
        if (ProfileCatalog.Programme(programmeKey) is not { } profile)
        {
            return new ReportingTermsSave(ReportingTermsOutcome.NotFound, []);
        }
        if (Validate(profile, inputs) is { Count: > 0 } errors)
        {
            return new ReportingTermsSave(ReportingTermsOutcome.Invalid, errors);
        }
        var key = profile.Key;
        // SQLite's transaction holds the database's write lock from its start (BEGIN IMMEDIATE); on PostgreSQL the
        // table's lock (which plain reads do not wait for) makes two saves one after the other, so the second reads
        // what the first stored and, with the stamp, is refused instead of mixing its periods with the first's.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE reporting_terms IN SHARE ROW EXCLUSIVE MODE", ct);
        }
        var stored = await db.ReportingTerms.Where(t => t.ProgrammeKey == key).ToListAsync(ct);
        if (stamp is not null && Set(stored).Stamp(key) != stamp)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new ReportingTermsSave(ReportingTermsOutcome.Stale, []);
        }
        var now = SqlValues.Now();
        var before = new List<string>();
        var after = new List<string>();
        foreach (var input in inputs.GroupBy(i => i.Period).Select(g => g.Last()))
        {
            var rule = profile.ReportingPeriods[input.Period - 1];
            var due = Clean(input.Due);
            var days = Clean(input.Days) is { } d ? Days(d) : null;
            var row = stored.SingleOrDefault(t => t.PeriodFrom == rule.From && t.PeriodTo == rule.To);
            if ((row is null && due is null && days is null) || (row is not null && row.ReportDue == due && row.ReportDueDays == days))
            {
                continue;
            }
            var name = $"{rule.From}–{rule.To}";
            before.Add($"{name} {Describe(row?.ReportDue, row?.ReportDueDays)}");
            after.Add($"{name} {Describe(due, days)}");
            if (due is null && days is null)
            {
                db.ReportingTerms.Remove(row!);
            }
            else if (row is null)
            {
                db.ReportingTerms.Add(new ReportingTermRow
                {
                    ProgrammeKey = key, PeriodFrom = rule.From, PeriodTo = rule.To, ReportDue = due, ReportDueDays = days,
                    SetBy = db.Actor.UserName, SetAt = now,
                });
            }
            else
            {
                row.ReportDue = due;
                row.ReportDueDays = days;
                row.SetBy = db.Actor.UserName;
                row.SetAt = now;
            }
        }
        if (after.Count == 0)
        {
            await tx.RollbackAsync(ct);
            return new ReportingTermsSave(ReportingTermsOutcome.Saved, []);
        }
        await db.SaveChangesAsync(ct);
        await AuditLog.AppendAsync(db, new AuditEvent(AuditAction, Item: key, Before: string.Join("; ", before), After: string.Join("; ", after)), ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new ReportingTermsSave(ReportingTermsOutcome.Saved, [], after.Count);
    }

    // How the audit trail writes a rule: "due 01-31", "due 30 days after", "shipped".
    private static string Describe(string? due, int? days) =>
        due is not null ? $"due {due}" : days is { } n ? $"due {n.ToString(CultureInfo.InvariantCulture)} days after" : "shipped";

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static int? Days(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 365 ? n : null;

    private static ReportingTermSet Set(IEnumerable<ReportingTermRow> rows) =>
        new(rows.GroupBy(r => r.ProgrammeKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ReportingTerm>)g
                .Select(r => new ReportingTerm(r.PeriodFrom, r.PeriodTo, r.ReportDue, r.ReportDueDays, r.SetBy, r.SetAt))
                .OrderBy(t => t.PeriodFrom, StringComparer.Ordinal).ToList(), StringComparer.Ordinal));
}
