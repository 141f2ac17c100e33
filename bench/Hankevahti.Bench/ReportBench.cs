using System.Diagnostics;
using Hankevahti.Following;
using Hankevahti.Following.Reports;
using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Storage.Projects;

namespace Hankevahti.Bench;

/// <summary>
/// `reports`: the largest seed plan given two years of generated follow-up (an approved value for every
/// indicator and period, every action's and risk's status per period, --rows ledger rows, default 50 000, over
/// the plan's organisations, parts and categories), on a temporary SQLite file. Times each report made the way
/// the page and the command line make it: loading the input (plan, approved plan, follow-up), the model, and
/// writing .docx, .xlsx and HTML; beside it, loading the follow-up alone (the peer figure: what any page that
/// shows follow-up pays). Median and p95 of the warm runs. Target: each report under 500 ms.
/// </summary>
internal static class ReportBench
{
    private const double TargetMs = 500;

    public static int Run(string[] args)
    {
        var runs = Options.Int(args, "--runs", 15);
        var warmup = Options.Int(args, "--warmup", 3);
        var ledgerRows = Options.Int(args, "--rows", 50_000);
        var seeds = Documents.Seeds(Documents.Root());
        if (seeds is null)
        {
            Console.Error.WriteLine("no seeds found (HANKEVAHTI_SEEDS or ../shared/seeds)");
            return 1;
        }
        var largest = new DirectoryInfo(seeds).GetFiles("*.txt").OrderByDescending(f => f.Length).First();
        var imported = PlanImporter.ImportFile(largest.FullName).Plan ?? throw new InvalidOperationException($"{largest.Name} did not import");
        // Two years whatever the plan says, so that there are periods to report on.
        var plan = imported with { Project = imported.Project with { Period = new DateRange { Start = new DateOnly(2025, 1, 1), End = new DateOnly(2026, 12, 31) } } };
        var folder = Path.Combine(Path.GetTempPath(), $"hankevahti-report-bench-{Environment.ProcessId}");
        try
        {
            return RunAsync(DatabaseSettings.Sqlite(folder), plan, largest.Name, runs, warmup, ledgerRows).GetAwaiter().GetResult();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> RunAsync(DatabaseSettings settings, Plan plan, string name, int runs, int warmup, int ledgerRows)
    {
        await Migrator.MigrateAsync(settings);
        int id;
        var today = new DateOnly(2026, 12, 31);
        ReportingCalendarResult calendar;
        await using (var db = HankevahtiDb.Create(settings))
        {
            id = (await db.AddProjectAsync(plan, "bench")).Id;
            var source = await ReportSources.LoadAsync(db, id, today);
            calendar = source.Input!.Calendar;
            await FillAsync(db, id, plan, calendar, ledgerRows);
        }
        var period = calendar.Periods[^1].Code;
        Console.WriteLine($"{name}: {plan.Indicators.Count} indicators, {plan.Work.Sum(Count)} actions, {plan.Risks.Count} risks, " +
            $"{calendar.Periods.Count} periods, {ledgerRows:N0} ledger rows; median / p95 of {runs} warm runs after {warmup}");
        Console.WriteLine($"{"what",-34} {"median ms",10} {"p95 ms",8} {"docx KB",8} {"xlsx KB",8}  result");
        var ok = true;
        ok &= await TimeAsync("load follow-up alone (peer)", runs, warmup, async () =>
        {
            await using var db = HankevahtiDb.Create(settings);
            await FollowUps.LoadAsync(db, id);
            return (0, 0);
        }, target: null);
        foreach (var (label, kind, code) in new[] { ($"status report {period}", ReportKind.Status, period), ($"payment claim {period}", ReportKind.Claim, period),
                     ("payment claim from the start", ReportKind.Claim, null), ("final report", ReportKind.Final, null) })
        {
            ok &= await TimeAsync(label, runs, warmup, async () =>
            {
                await using var db = HankevahtiDb.Create(settings);
                var input = (await ReportSources.LoadAsync(db, id, today)).Input!;
                var document = Layout(input, kind, code);
                var docx = DocxWriter.Bytes(document).Length;
                var xlsx = XlsxWriter.Bytes(document).Length;
                HtmlWriter.Write(document, "fi");
                return (docx, xlsx);
            }, TargetMs);
        }
        return ok ? 0 : 2;
    }

    private static ReportDocument Layout(ReportInput input, ReportKind kind, string? period)
    {
        ReportWords words = key => key;
        var narrative = new Narrative("Tehtiin.", "Ei poikkeamia.", "Jatketaan.");
        return kind switch
        {
            ReportKind.Status => ReportLayout.Of(ReportBuilder.Status(input, period, narrative).Report!, words, input.Today),
            ReportKind.Claim => ReportLayout.Of(ReportBuilder.Claim(input, period, narrative).Report!, words, input.Today),
            _ => ReportLayout.Of(ReportBuilder.Final(input, narrative).Report!, words, input.Today),
        };
    }

    private static async Task<bool> TimeAsync(string label, int runs, int warmup, Func<Task<(int Docx, int Xlsx)>> work, double? target)
    {
        var times = new double[runs];
        (int Docx, int Xlsx) sizes = default;
        for (var i = -warmup; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            sizes = await work();
            if (i >= 0)
            {
                times[i] = watch.Elapsed.TotalMilliseconds;
            }
        }
        Array.Sort(times);
        var median = times[runs / 2];
        var p95 = times[Math.Min(runs - 1, (int)Math.Ceiling(runs * 0.95) - 1)];
        var met = target is not { } t || p95 < t;
        Console.WriteLine($"{label,-34} {median,10:F1} {p95,8:F1} {(sizes.Docx == 0 ? "" : (sizes.Docx / 1024.0).ToString("F0")),8} " +
            $"{(sizes.Xlsx == 0 ? "" : (sizes.Xlsx / 1024.0).ToString("F0")),8}  {(target is null ? "" : met ? $"ok (< {target} ms)" : $"MISSED (< {target} ms)")}");
        return met;
    }

    private static int Count(WorkPart part) => part.Actions.Count + part.Children.Sum(Count);

    /// <summary>Two years of made-up follow-up from the plan's own organisations, parts, categories, indicators, actions and risks.</summary>
    private static async Task FillAsync(HankevahtiDb db, int id, Plan plan, ReportingCalendarResult calendar, int ledgerRows)
    {
        var at = DateTimeOffset.UtcNow;
        var organisations = plan.Organisations.Select(o => o.Name).DefaultIfEmpty("Hanke").ToList();
        var parts = plan.Budget.Lines.Select(l => l.PartCode).Distinct().DefaultIfEmpty(null).ToList();
        var categories = plan.Budget.Lines.Select(l => l.Category).Distinct().DefaultIfEmpty(CostCategory.Other).ToList();
        for (var start = 0; start < ledgerRows; start += 10_000)
        {
            for (var i = start; i < Math.Min(ledgerRows, start + 10_000); i++)
            {
                db.ActualCosts.Add(new ActualCostRow
                {
                    ProjectId = id, Organisation = organisations[i % organisations.Count], Voucher = $"B{i / 4}", Line = i % 4 + 1,
                    BookedOn = new DateOnly(2025, 1, 1).AddDays(i % 730), Account = "4000", PartCode = parts[i % parts.Count],
                    Category = FollowUpNames.Category(categories[i % categories.Count]), Amount = 10m + i % 997 + (i % 100) / 100m,
                });
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        var actions = new List<string>();
        void Collect(IEnumerable<WorkPart> ps)
        {
            foreach (var p in ps)
            {
                actions.AddRange(p.Actions.Select(a => a.Id));
                Collect(p.Children);
            }
        }
        Collect(plan.Work);
        foreach (var period in calendar.Periods)
        {
            foreach (var indicator in plan.Indicators)
            {
                db.IndicatorValues.Add(new IndicatorValueRow { ProjectId = id, IndicatorId = indicator.Id, PeriodCode = period.Code, NumberValue = 5m, Status = "approved", UpdatedAt = at });
            }
            foreach (var action in actions)
            {
                db.ActionProgress.Add(new ActionProgressRow { ProjectId = id, ActionId = action, PeriodCode = period.Code, Status = "in_progress", PercentDone = 50, UpdatedAt = at });
            }
            foreach (var risk in plan.Risks)
            {
                db.RiskAssessments.Add(new RiskAssessmentRow { ProjectId = id, RiskId = risk.Id, PeriodCode = period.Code, Likelihood = 3, Impact = 2, UpdatedAt = at });
            }
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
