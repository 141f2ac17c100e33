using Hankevahti.Text;
using Microsoft.Extensions.Configuration;
using Hankevahti.Web.Following.Reminders;

namespace Hankevahti.Cli;

public static partial class Cli
{
    private const string RemindersHelp = """
        Usage: hankevahti reminders send [--dry-run] [--data DIR]

        Runs one reminder scan, as the web app does every Reminders:Interval: reports due within
        Reminders:DaysBefore days (default 14) or overdue go to the project's managers, values and
        reports waiting for approval to the funder officials of the programme, returned ones to the
        managers. Each reminder goes to each person once; a scan run again sends nothing new.
        Prints one line per e-mail: sent|failed, kind, project id, subject, address.

        Without an SMTP server (Smtp:Host) nothing is sent nor recorded: the reminders due are
        listed, and the app shows them to the people they concern.

        Options:
          --dry-run      list what would be sent; send and record nothing
          --data DIR     SQLite data folder (see 'hankevahti --help')

        Configuration (./appsettings.json or the environment, e.g. Smtp__Host): Smtp:Host, Smtp:Port,
        Smtp:From, Smtp:UserName, Smtp:Password, Smtp:UseTls, Reminders:DaysBefore, App:BaseUrl.
        Exit code 1 when the settings cannot be used or an e-mail could not be sent.
        """;

    private static async Task<int> RemindersAsync(Arguments args, Context context)
    {
        const string command = "reminders send";
        var (_, rest) = Verb(args, "reminders", ["send"]);
        if (rest.Count > 0)
        {
            throw new UsageException($"unexpected argument '{rest[0]}'; reminders send takes only options", "reminders");
        }
        var (settings, problems) = ReminderSettings.From(Configuration());
        if (problems.Count > 0)
        {
            throw new CliFailure($"{Name} {command}: " + TerminalText.Visible(string.Join("; ", problems)));
        }
        var dryRun = args.Has("--dry-run");
        var database = context.Settings();
        var today = DateOnly.FromDateTime(DateTime.Now);
        var result = await UseDatabaseAsync(database, context.Cancel, db => ReminderRun.RunAsync(db, settings, today, dryRun, ct: context.Cancel));
        if (!result.SmtpConfigured)
        {
            await context.Out.WriteAsync($"{Name} {command}: no SMTP server is configured (Smtp:Host): nothing sent; {result.Due.Count} reminders due show in the app\n");
            foreach (var r in result.Due)
            {
                await context.Out.WriteAsync(Fields("due", r.KindName, $"{r.ProjectId}", r.Subject, string.Join(", ", r.Recipients.Select(p => p.Email))));
            }
            return 0;
        }
        foreach (var d in result.Deliveries)
        {
            var outcome = dryRun ? "would-send" : d.Outcome == Hankevahti.Storage.Following.ReminderOutcome.Sent ? "sent" : "failed";
            await context.Out.WriteAsync(Fields([outcome, d.Reminder.KindName, $"{d.Reminder.ProjectId}", d.Reminder.Subject, d.To.Email, .. d.Problem is { } p ? [p] : Array.Empty<string>()]));
        }
        await context.Out.WriteAsync(dryRun
            ? $"{Name} {command}: dry run: {result.Deliveries.Count} e-mails would be sent, none sent, on {database.Describe()}\n"
            : $"{Name} {command}: {result.Sent} sent, {result.Failed} failed, on {database.Describe()}\n");
        return result.Failed == 0 ? 0 : 1;
    }

    // Tab-separated; each field made visible on its own, so that a tab or an escape in the data cannot shift or hide one.
    private static string Fields(params string[] fields) => string.Join('\t', fields.Select(TerminalText.Visible)) + "\n";

    /// <summary>The configuration the command line reads besides the database: ./appsettings.json and the environment.</summary>
    private static IConfiguration Configuration() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true, reloadOnChange: false)
        .AddEnvironmentVariables()
        .Build();
}
