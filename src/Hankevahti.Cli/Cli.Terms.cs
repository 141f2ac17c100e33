using System.Globalization;
using Hankevahti.Checks.Profiles;
using Hankevahti.Storage.Following;
using Hankevahti.Text;

namespace Hankevahti.Cli;

public static partial class Cli
{
    private const string TermsHelp = """
        Usage: hankevahti terms PROGRAMME [--data DIR]
               hankevahti terms PROGRAMME --period N (--due MM-DD | --days D | --clear) [--data DIR]

        The reporting deadlines the funder sets for a programme (docs/following.md, "Due dates"), as
        the programme's page /programmes/KEY/reporting shows and sets them. No shipped programme
        profile says when a period's report is due; until a deadline is set, no report of that
        period is overdue. PROGRAMME is a programme's key or alias (rrf, rakenneuudistus, …).

        Without --period: one line per reporting period, tab-separated: its number, its bounds
        (month-day to month-day), where its rule comes from (set, shipped or none), the rule
        (MM-DD, D days after the period's end, or -), and who set it.

        With --period N: sets the due rule of period N, the first day MM-DD after the period's end
        or D days (1–365) after it; --clear removes it, so that the shipped rule applies again.
        The change is audited (reporting-terms.saved) as made from the command line.

        Options:
          --period N     the period's number, as the listing shows it
          --due MM-DD    the report is due on the first such day after the period's end
          --days D       the report is due D days after the period's end
          --clear        remove the deadline set for the period
          --data DIR     SQLite data folder (see 'hankevahti --help')

        Exit code 1 when the programme is unknown or the rule cannot be used (the message says why).
        """;

    private static async Task<int> TermsAsync(Arguments args, Context context)
    {
        const string command = "terms";
        if (args.Positional.Count != 1)
        {
            throw new UsageException(args.Positional.Count == 0 ? "name the programme, e.g. hankevahti terms rrf" : $"unexpected argument '{TerminalText.Visible(args.Positional[1])}'", command);
        }
        var key = args.Positional[0];
        if (ProfileCatalog.Programme(key) is not { } profile)
        {
            var known = string.Join(", ", ProfileCatalog.All.Where(p => p.Key != ProfileCatalog.GenericKey).Select(p => p.Key));
            throw new CliFailure($"{Name} {command}: no programme '{TerminalText.Visible(key)}'; known programmes: {known}");
        }
        var settings = context.Settings();
        var period = args.Get("--period");
        var rules = new[] { args.Get("--due") is not null, args.Get("--days") is not null, args.Has("--clear") }.Count(r => r);
        if (period is null)
        {
            if (rules > 0)
            {
                throw new UsageException("--due, --days and --clear need --period N", command);
            }
        }
        else
        {
            if (!int.TryParse(period, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                throw new UsageException($"--period must be a period's number (1 to {profile.ReportingPeriods.Count}), not '{TerminalText.Visible(period)}'", command);
            }
            if (rules != 1)
            {
                throw new UsageException("with --period give one of --due MM-DD, --days D or --clear", command);
            }
            var saved = await UseDatabaseAsync(settings, context.Cancel,
                db => ReportingTerms.SaveAsync(db, profile.Key, [new ReportingTermInput(number, args.Get("--due"), args.Get("--days"))], ct: context.Cancel));
            if (saved.Outcome == ReportingTermsOutcome.Invalid)
            {
                throw new CliFailure($"{Name} {command}: {profile.Key}: " + TerminalText.Visible(string.Join("; ", saved.Errors.Select(e => e.Message))));
            }
            await context.Out.WriteAsync(saved.Changed == 0
                ? $"{Name} {command}: {profile.Key}: period {number} was already so; nothing saved\n"
                : $"{Name} {command}: {profile.Key}: period {number} saved, on {settings.Describe()}\n");
        }
        var terms = await UseDatabaseAsync(settings, context.Cancel, db => ReportingTerms.LoadAsync(db, profile.Key, context.Cancel));
        var set = terms.Of(profile.Key);
        for (var i = 0; i < profile.ReportingPeriods.Count; i++)
        {
            var rule = profile.ReportingPeriods[i];
            var term = set.FirstOrDefault(t => t.PeriodFrom == rule.From && t.PeriodTo == rule.To);
            var (applies, due, days, by) = term is not null ? ("set", term.ReportDue, term.ReportDueDays, term.SetBy ?? "")
                : rule.ReportDue is not null || rule.ReportDueDays is not null ? ("shipped", rule.ReportDue, rule.ReportDueDays, "")
                : ("none", null, (int?)null, "");
            var text = due ?? (days is { } d ? $"{d.ToString(CultureInfo.InvariantCulture)} days" : "-");
            await context.Out.WriteAsync(Fields($"{i + 1}", $"{rule.From}–{rule.To}", applies, text, by));
        }
        return 0;
    }
}
