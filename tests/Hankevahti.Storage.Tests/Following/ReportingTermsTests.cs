using Hankevahti.Checks.Profiles;
using Hankevahti.Following;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.Following;

/// <summary>
/// The programmes' reporting deadlines set by their funders (reporting_terms): checked before saving, applied over the
/// shipped profile wherever a calendar is made, audited with the change, and saved whole or not at all when two
/// officials save at once.
/// </summary>
public class ReportingTermsTests
{
    private static ProgrammeProfile Rrf => ProfileCatalog.Programme("rrf")!;

    // Each case is a typed period (index, month-day, days) and the problem expected, or none.
    [Theory]
    // A month-day written MM-DD: the usual way to give a deadline ("31 January after the period").
    [InlineData(1, "01-31", null, null)]
    // 29 February is a day of leap years; other years the due date falls on the 28th (ReportingCalendar's rule).
    [InlineData(1, "02-29", null, null)]
    // Spaces around what was typed are not an error.
    [InlineData(1, " 03-15 ", null, null)]
    // Days after the period's end, at both ends of the range.
    [InlineData(2, null, "1", null)]
    [InlineData(2, null, "365", null)]
    // Neither: clears the period's deadline (the shipped rule applies again).
    [InlineData(1, null, null, null)]
    [InlineData(1, "  ", "", null)]
    // Both: which would apply is not clear, so neither is taken.
    [InlineData(1, "01-31", "30", ReportingTermProblem.Both)]
    // Day before month (the Finnish way, 31.01.) is not MM-DD.
    [InlineData(1, "31-01", null, ReportingTermProblem.DueFormat)]
    // No 31 April in any year.
    [InlineData(1, "04-31", null, ReportingTermProblem.DueFormat)]
    // A date with a year is not a month-day that repeats every year.
    [InlineData(1, "2027-01-31", null, ReportingTermProblem.DueFormat)]
    // One digit for the month: the form says MM-DD, and "1-31" would be read differently by different people.
    [InlineData(1, "1-31", null, ReportingTermProblem.DueFormat)]
    // Zero days would make the report due on the period's last day, before its figures can be known.
    [InlineData(1, null, "0", ReportingTermProblem.DaysRange)]
    // More than a year after the period: a typo, not a deadline.
    [InlineData(1, null, "366", ReportingTermProblem.DaysRange)]
    // Not a whole number, or negative.
    [InlineData(1, null, "30.5", ReportingTermProblem.DaysRange)]
    [InlineData(1, null, "-5", ReportingTermProblem.DaysRange)]
    // rrf has two half-years: no third period, and no period 0.
    [InlineData(3, "01-31", null, ReportingTermProblem.UnknownPeriod)]
    [InlineData(0, "01-31", null, ReportingTermProblem.UnknownPeriod)]
    public void Typed_deadlines_are_checked(int period, string? due, string? days, ReportingTermProblem? expected)
    {
        var errors = ReportingTerms.Validate(Rrf, [new ReportingTermInput(period, due, days)]);

        Assert.Equal(expected, errors.SingleOrDefault()?.Problem);
        Assert.True(errors.Count <= 1, string.Join("; ", errors.Select(e => e.Message)));
        Assert.All(errors, e => Assert.StartsWith($"period {period}: ", e.Message));
    }

    // The effective profile of the programme (whatever alias a plan uses) has the set rules; another programme, the
    // generic profile and the shipped profile itself are untouched; clearing brings the shipped rule back.
    [Theory, BothProviders]
    public async Task The_effective_profile_has_the_funders_deadlines_in_place_of_the_shipped_ones(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.NewContext())
        {
            var saved = await ReportingTerms.SaveAsync(db, "kestavan-kasvun-ohjelma", [new(1, null, "31"), new(2, "02-15", null)]);
            Assert.Equal(ReportingTermsOutcome.Saved, saved.Outcome);
            Assert.Equal(2, saved.Changed);
        }

        await using (var db = database.NewContext())
        {
            var effective = await ReportingTerms.ProfileAsync(db, "kestavan-kasvun-ohjelma");
            Assert.Equal("rrf", effective.Key);
            Assert.Equal([(null, 31), ("02-15", null)], effective.ReportingPeriods.Select(r => (r.ReportDue, r.ReportDueDays)));
            Assert.Equal([(null, null), (null, null)], Rrf.ReportingPeriods.Select(r => ((string?)r.ReportDue, r.ReportDueDays)));
            Assert.Same(ProfileCatalog.Programme("hyvan-tyon-ohjelma"), await ReportingTerms.ProfileAsync(db, "hyvan-tyon-ohjelma"));
            Assert.Same(ProfileCatalog.Generic, await ReportingTerms.ProfileAsync(db, "no-such-programme"));

            // A project of 2026–2027: the first half-year's report is due 31 days after 30.6.2026, the second's on the
            // 15 February after 31.12.2026.
            var calendar = ReportingCalendar.For(effective, new DateRange { Start = new DateOnly(2026, 1, 1), End = new DateOnly(2027, 12, 31) });
            Assert.Equal(new DateOnly(2026, 7, 31), calendar.Find("2026-H1")!.Due);
            Assert.Equal(new DateOnly(2027, 2, 15), calendar.Find("2026-H2")!.Due);

            // A calendar kept from the shipped profile (as the portfolio keeps it) gets the same due dates.
            var set = await ReportingTerms.LoadAsync(db);
            var kept = ReportingCalendar.For(Rrf, new DateRange { Start = new DateOnly(2026, 3, 1), End = new DateOnly(2027, 12, 31) }).Periods;
            Assert.All(kept, p => Assert.Null(p.Due));
            Assert.Equal(
                ReportingCalendar.For(effective, new DateRange { Start = new DateOnly(2026, 3, 1), End = new DateOnly(2027, 12, 31) }).Periods.Select(p => (p.Code, p.Due)),
                set.Periods(Rrf, kept).Select(p => (p.Code, p.Due)));
        }

        await using (var db = database.NewContext())
        {
            var cleared = await ReportingTerms.SaveAsync(db, "rrf", [new(1, "", ""), new(2, null, null)]);
            Assert.Equal(ReportingTermsOutcome.Saved, cleared.Outcome);
            Assert.Equal(0, await db.ReportingTerms.CountAsync());
            Assert.Same(Rrf, await ReportingTerms.ProfileAsync(db, "rrf"));
        }
    }

    // Each change writes one audit row in its transaction (who, the programme, before and after); a save that changes
    // nothing writes none; a refused one stores nothing.
    [Theory, BothProviders]
    public async Task A_save_is_audited_and_a_refused_one_stores_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();

        Assert.Equal(ReportingTermsOutcome.Saved, (await ReportingTerms.SaveAsync(db, "rrf", [new(1, "01-31", null)])).Outcome);
        Assert.Equal(0, (await ReportingTerms.SaveAsync(db, "rrf", [new(1, "01-31", null)])).Changed);
        var refused = await ReportingTerms.SaveAsync(db, "rrf", [new(1, null, "30"), new(2, "13-01", null)]);
        Assert.Equal(ReportingTermsOutcome.Invalid, refused.Outcome);
        Assert.Equal(ReportingTermsOutcome.NotFound, (await ReportingTerms.SaveAsync(db, "generic", [new(1, "01-31", null)])).Outcome);

        var audit = await db.AuditLog.AsNoTracking().Where(a => a.Action == ReportingTerms.AuditAction).ToListAsync();
        var row = Assert.Single(audit);
        Assert.Equal("rrf", row.Item);
        Assert.Equal("01-01–06-30 shipped", row.BeforeValue);
        Assert.Equal("01-01–06-30 due 01-31", row.AfterValue);
        var stored = Assert.Single(await db.ReportingTerms.AsNoTracking().ToListAsync());
        Assert.Equal(("01-31", (int?)null), (stored.ReportDue, stored.ReportDueDays));
    }

    // A form shows the terms' stamp; saving on a stamp someone else's save has changed is refused, nothing stored.
    [Theory, BothProviders]
    public async Task A_save_on_terms_changed_meanwhile_is_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        var shown = (await ReportingTerms.LoadAsync(db, "rrf")).Stamp("rrf");

        Assert.Equal(ReportingTermsOutcome.Saved, (await ReportingTerms.SaveAsync(db, "rrf", [new(1, "01-31", null)], shown)).Outcome);
        var stale = await ReportingTerms.SaveAsync(db, "rrf", [new(1, null, "60"), new(2, null, "60")], shown);

        Assert.Equal(ReportingTermsOutcome.Stale, stale.Outcome);
        Assert.Equal("01-31", (await db.ReportingTerms.AsNoTracking().SingleAsync()).ReportDue);
    }

    // Officials saving the same programme's two periods at once, each in a context of its own as requests have, on the
    // stamp they were shown: one save is stored whole (both periods its own) and the others are told the terms changed,
    // never the first period of one and the second of another.
    [Theory, BothProviders]
    public async Task Of_saves_at_once_one_is_stored_whole_and_the_others_are_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        for (var trial = 0; trial < 8; trial++)
        {
            string shown;
            await using (var db = database.NewContext())
            {
                shown = (await ReportingTerms.LoadAsync(db, "rrf")).Stamp("rrf");
            }
            var start = new TaskCompletionSource();
            var saves = Enumerable.Range(1, 6).Select(async i =>
            {
                await using var db = database.NewContext();
                await start.Task;
                var days = (trial * 10 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return (Days: trial * 10 + i, Save: await ReportingTerms.SaveAsync(db, "rrf", [new(1, null, days), new(2, null, days)], shown));
            }).ToList();
            start.SetResult();
            var results = await Task.WhenAll(saves);

            var saved = Assert.Single(results, r => r.Save.Outcome == ReportingTermsOutcome.Saved);
            Assert.All(results.Where(r => r != saved), r => Assert.Equal(ReportingTermsOutcome.Stale, r.Save.Outcome));
            await using var check = database.NewContext();
            Assert.Equal([saved.Days, saved.Days], (await check.ReportingTerms.AsNoTracking().OrderBy(t => t.PeriodFrom).ToListAsync()).Select(t => t.ReportDueDays!.Value));
            Assert.Equal(trial + 1, await check.AuditLog.CountAsync(a => a.Action == ReportingTerms.AuditAction));
        }
    }
}
