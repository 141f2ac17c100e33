using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Text;
using Hankevahti.Web;
using Hankevahti.Web.Projects;
using Hankevahti.Web.Security;
using Hankevahti.Web.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Hankevahti.Cli;

/// <summary>
/// The `hankevahti` command: a small dispatcher over the subcommands serve, projects, export, import,
/// check and diff. Exit codes: 0 success, 1 the data or the database failed (or check found errors), 2 bad usage.
/// Output goes to the writers given, so that tests run it in-process.
/// </summary>
public static partial class Cli
{
    public const string Name = "hankevahti";
    private const string HelpHint = "Run 'hankevahti --help' for usage.";

    public static string Version => (typeof(Cli).Assembly.GetName().Version ?? new Version(0, 0, 0)).ToString(3);

    private sealed record Command(string Name, string Summary, string Help, Func<Arguments, Context, Task<int>> RunAsync);

    /// <summary>What every subcommand gets: standard input (a password), the writers, the data folder from --data, the cancellation.</summary>
    /// <param name="InputIsTerminal">Standard input is the console's keyboard: a password is then asked for without echo.</param>
    private sealed record Context(TextReader In, bool InputIsTerminal, TextWriter Out, TextWriter Error, string? DataDirectory, CancellationToken Cancel)
    {
        public DatabaseSettings Settings() => ResolveSettings(DataDirectory);
    }

    private static readonly Command[] Commands =
    [
        new("serve", "Run the web app (default http://127.0.0.1:5080) on the same database", """
            Usage: hankevahti serve [--urls URL] [--data DIR] [ASP.NET Core options]

            Runs the web app. The database is brought up to date first; an empty database gets the
            demo project. Stop it with Ctrl+C.

            Options:
              --urls URL     address to listen on (default http://127.0.0.1:5080, or ASPNETCORE_URLS)
              --data DIR     SQLite data folder (see 'hankevahti --help')
              Other options, such as --environment Development, are passed on to ASP.NET Core.

            On an empty database the demo project is stored with an account per role, whose passwords
            are printed once (for trying the app on this machine). A database without any account is
            open to whoever reaches it: it is served on this machine only. Listening beyond this machine
            needs an administrator (hankevahti users add EMAIL --role admin) and the host names people
            use in AllowedHosts (default localhost;127.0.0.1;[::1]), e.g. --AllowedHosts=plans.example.fi.
            """, ServeAsync),
        new("projects", "List the stored projects: id, name, programme, period", """
            Usage: hankevahti projects [--format text|json] [--data DIR]

            Lists the stored projects by id. text (the default) writes one project a line, the
            fields separated by tabs: id, name, programme, period (d.M.yyyy–d.M.yyyy, or empty).
            json writes an array of {id, name, shortName, programme, periodStart, periodEnd,
            versions} for scripts.

            Options:
              --format text|json   output format (default text)
              --data DIR           SQLite data folder (see 'hankevahti --help')
            """, ProjectsAsync),
        new("export", "Write a project's latest plan as canonical JSON, or projects as IATI 2.03 XML", """
            Usage: hankevahti export --project ID [--format json] [--output FILE] [--data DIR]
                   hankevahti export --project ID | --programme KEY --format iati [--reporting-org REF]
                                     [--output FILE] [--data DIR]

            Writes the latest stored version of a project's plan in its canonical JSON form
            (docs/plan-json.md), exactly as stored.

            Options:
              --project ID     the project's id, as 'hankevahti projects' lists it (required)
              --format json|iati  json (default), or iati: an IATI 2.03 iati-activities file of the
                               project, or with --programme of every project of the programme
                               (docs/iati.md); projects that cannot be an activity are listed on
                               standard error
              --programme KEY  with --format iati: the programme's key or one of its aliases
              --reporting-org REF  with --format iati: the publisher's IATI organisation identifier,
                               the prefix of every iati-identifier (default: Iati:ReportingOrgReference
                               from appsettings.json or Iati__ReportingOrgReference, else XX-HANKEVAHTI)
              --output FILE    write to FILE, replacing it, instead of standard output
              --data DIR       SQLite data folder (see 'hankevahti --help')
            """, ExportAsync),
        new("import", "Import plans from .docx, .pdf or text: summary, JSON, or store them", """
            Usage: hankevahti import FILE... [--format text|json] [--facts] [--save] [--project ID [--take document|saved]]
                                    [--data DIR]

            Reads project plans (.docx, .pdf, .txt, .md) into the plan model. For each file it prints
            a short summary: title, organisations, parts, actions, indicators, risks, budget total,
            coverage (how much of the text was structured or kept as section text) and warnings.
            Several files are imported one after another with a progress bar on standard error.

            Options:
              --format text|json   text summary (default) or the canonical plan JSON with source
                                   locations and the coverage report (an array for several files)
              --facts              print the plan's facts fingerprint instead (docs/facts.md): title,
                                   lead, parts, actions, budget and funding, risks, indicators; one
                                   fact a line, or with --format json as JSON
              --save               store each plan as a new project (prints its id)
              --project ID         with --save and one FILE: store it as a new version of project ID,
                                   merged with what was saved since the document's last import:
                                   changes made in the web stay, the document's changes come in; a
                                   field changed on both sides is a conflict, and then nothing is
                                   stored: the conflicts are listed and the exit code is 1
              --take document|saved  with --project: decide every conflict for the document's value
                                   or for the saved one, and store
              --data DIR           SQLite data folder (see 'hankevahti --help')

            A file that cannot be imported gets one line naming the file and the reason; nothing of
            it is stored, and the exit code is 1.
            """, ImportAsync),
        new("check", "Check a plan for errors and gaps: figures, codes, indicators, risks, leftovers", """
            Usage: hankevahti check FILE... | --project ID [--format text|json] [--min-severity info|warning|error]
                                            [--lang fi|en] [--profile KEY] [--data DIR]
                   hankevahti check --rules [--format text|json] [--lang fi|en]

            Checks a plan (a .docx, .pdf, .txt or .md file, or a stored project's latest version)
            against the rules and its programme's profile: totals that do not add up, funding shares,
            codes that differ between sections, goals without indicators, risks without an owner,
            template instructions left in, and more. Each finding has a code, a severity, a message,
            a hint, and the place it points to (section, line, table row and cell).

            Options:
              --format text|json       findings grouped by section with a summary line (default), or JSON
              --min-severity LEVEL     show only findings of LEVEL or above (info, warning, error)
              --lang fi|en             language of the messages (default fi)
              --profile KEY            check against this programme profile instead of the plan's own
                                       (generic, rakenneuudistus, rrf, hyvan-tyon-ohjelma)
              --rules                  list the rules with their codes, severities and explanations
              --project ID             check the latest stored version of project ID
              --data DIR               SQLite data folder (see 'hankevahti --help')

            Exit code: 1 when a plan has errors (or a file cannot be read), 0 otherwise, 2 on bad usage.
            """, CheckAsync),
        new("reindex", "Rebuild the query tables from the stored plan JSON", ReindexHelp, ReindexAsync),
        new("diff", "Compare two stored versions of a project: items, money moves, targets, schedules", DiffHelp, DiffAsync),
        new("users", "Accounts: add (with a password or an invitation), list, disable", UsersHelp, UsersAsync),
        new("members", "Who is what in a project: add or change, list, remove", MembersHelp, MembersAsync),
        new("report", "A report to the funder: status, payment claim or final, as html, docx or xlsx", ReportHelp, ReportAsync),
        new("audit", "The audit log: verify its hash chain, export a project's rows as CSV", AuditHelp, AuditAsync),
        new("costs", "Import a ledger export (CSV or .xlsx) as the project's actual costs", CostsHelp, CostsAsync),
        new("reminders", "Send the reminders due by e-mail (one scan), or list them", RemindersHelp, RemindersAsync),
        new("terms", "A programme's reporting deadlines as the funder sets them: list, set or clear", TermsHelp, TermsAsync),
        new("values", ValuesSummary, ValuesHelp, ValuesAsync),
        new("demo", "Fill the database with a synthetic national portfolio for demos and benchmarks", DemoHelp, DemoAsync),
    ];

    /// <summary>Runs the command line <paramref name="args"/> with nothing on standard input and returns the exit code; never throws.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct = default) =>
        RunAsync(args, TextReader.Null, stdout, stderr, ct);

    /// <summary>Runs the command line <paramref name="args"/> and returns the exit code; never throws.</summary>
    /// <param name="stdin">Standard input, from which `users add` reads a password (one line).</param>
    /// <param name="stdinIsTerminal">Whether <paramref name="stdin"/> is the console's keyboard: the password is then read without echo.</param>
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken ct = default, bool stdinIsTerminal = false)
    {
        try
        {
            return await DispatchAsync(args, stdin, stdinIsTerminal, stdout, stderr, ct);
        }
        catch (UsageException ex)
        {
            // Messages are one line and may quote an argument or a file name: shown through TerminalText.
            await stderr.WriteLineAsync(ex.Command is null ? $"{Name}: {TerminalText.Visible(ex.Message)}" : $"{Name} {ex.Command}: {TerminalText.Visible(ex.Message)}");
            await stderr.WriteLineAsync(HelpHint);
            return 2;
        }
        catch (CliFailure ex)
        {
            await stderr.WriteLineAsync(TerminalText.Visible(ex.Message));
            return 1;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await stderr.WriteLineAsync($"{Name}: cancelled");
            return 1;
        }
        catch (Exception ex)
        {
            // Whatever went wrong, the user gets one line; a stack trace helps nobody running a command.
            await stderr.WriteLineAsync($"{Name}: error: {TerminalText.Visible(OneLine(ex))}");
            return 1;
        }
    }

    private static async Task<int> DispatchAsync(string[] args, TextReader stdin, bool stdinIsTerminal, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var (data, rest) = TakeDataOption(args);
        // Options before the command are the global ones; the first word is the command.
        var commandAt = rest.FindIndex(a => !Arguments.IsOption(a));
        var globals = commandAt < 0 ? rest : rest[..commandAt];
        foreach (var option in globals)
        {
            switch (option)
            {
                case "--help" or "-h":
                    await stdout.WriteAsync(Usage());
                    return 0;
                case "--version":
                    await stdout.WriteLineAsync($"{Name} {Version}");
                    return 0;
                default:
                    throw new UsageException($"unknown option '{option}'; before the command only --data DIR, --help and --version are allowed");
            }
        }
        if (commandAt < 0)
        {
            throw new UsageException($"no command given; expected one of {CommandNames()}");
        }

        var name = rest[commandAt];
        var command = Commands.FirstOrDefault(c => c.Name == name)
            ?? throw new UsageException($"unknown command '{name}'; expected one of {CommandNames()}");
        var context = new Context(stdin, stdinIsTerminal, stdout, stderr, data, ct);
        var commandArgs = rest[(commandAt + 1)..];
        if (commandArgs.Any(a => a is "--help" or "-h"))
        {
            await stdout.WriteAsync(command.Help.ReplaceLineEndings("\n") + "\n");
            return 0;
        }
        return await command.RunAsync(ParseFor(command.Name, commandArgs), context);
    }

    private static string CommandNames() => string.Join(", ", Commands.Select(c => c.Name));

    /// <summary>--data DIR may stand anywhere on the line, before or after the command.</summary>
    private static (string? Data, List<string> Others) TakeDataOption(string[] args)
    {
        string? data = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string? value;
            if (arg == "--data")
            {
                value = i + 1 < args.Length && !Arguments.IsOption(args[i + 1]) ? args[++i] : null;
            }
            else if (arg.StartsWith("--data=", StringComparison.Ordinal))
            {
                value = arg["--data=".Length..];
            }
            else
            {
                rest.Add(arg);
                continue;
            }
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new UsageException("--data needs a value: the folder for the SQLite database (e.g. --data ./data)");
            }
            if (data is not null)
            {
                throw new UsageException("--data is given more than once; give it once");
            }
            data = value;
        }
        return (data, rest);
    }

    private static Arguments ParseFor(string command, List<string> args) => command switch
    {
        "serve" => Arguments.Parse(command, args, new Dictionary<string, string> { ["--urls"] = "the address to listen on, e.g. http://127.0.0.1:5080" }, passOn: true),
        "projects" => Arguments.Parse(command, args, new Dictionary<string, string> { ["--format"] = "text or json" }),
        "import" => Arguments.Parse(command, args, new Dictionary<string, string>
        {
            ["--format"] = "text or json",
            ["--project"] = "the project's id, a whole number (see 'hankevahti projects')",
            ["--take"] = "document or saved",
        }, flags: ["--save", "--facts"]),
        "export" => Arguments.Parse(command, args, new Dictionary<string, string>
        {
            ["--project"] = "the project's id, a whole number (see 'hankevahti projects')",
            ["--format"] = "json or iati",
            ["--output"] = "the file to write",
            ["--programme"] = "a programme's key (with --format iati)",
            ["--reporting-org"] = "an IATI organisation identifier such as FI-PRO-1234567-8",
        }),
        "check" => Arguments.Parse(command, args, new Dictionary<string, string>
        {
            ["--format"] = "text or json",
            ["--project"] = "the project's id, a whole number (see 'hankevahti projects')",
            ["--min-severity"] = "info, warning or error",
            ["--lang"] = "fi or en",
            ["--profile"] = "a programme profile key",
        }, flags: ["--rules"]),
        "reindex" => Arguments.Parse(command, args, new Dictionary<string, string>()),
        "diff" => Arguments.Parse(command, args, new Dictionary<string, string>
        {
            ["--project"] = "the project's id, a whole number (see 'hankevahti projects')",
            ["--format"] = "text or json",
            ["--lang"] = "fi or en",
        }),
        "report" => Arguments.Parse(command, args, new Dictionary<string, string>
        {
            ["--project"] = "the project's id, a whole number (see 'hankevahti projects')",
            ["--period"] = "a reporting period as the programme names it, e.g. 2026-H2",
            ["--format"] = "html, docx or xlsx",
            ["--output"] = "the file to write",
            ["--lang"] = "fi, sv or en",
        }),
        "users" => Arguments.Parse(command, args, new Dictionary<string, string>
        {
            ["--role"] = "admin or funder",
            ["--programme"] = "a programme's key or name (with --role funder), e.g. rrf",
            ["--name"] = "the person's name as shown",
            ["--url"] = "the web app's address for the invitation link, e.g. https://plans.example.fi",
            ["--format"] = "text or json",
        }, flags: ["--invite"]),
        "members" => Arguments.Parse(command, args, new Dictionary<string, string>
        {
            ["--project"] = "the project's id, a whole number (see 'hankevahti projects')",
            ["--user"] = "the user's e-mail address",
            ["--role"] = string.Join(", ", Hankevahti.People.RoleNames.ProjectRoleNames),
            ["--organisation"] = "one of the plan's organisations, by name or short name",
            ["--format"] = "text or json",
        }),
        "costs" => Arguments.Parse(command, args, new Dictionary<string, string>
        {
            ["--project"] = "the project's id, a whole number (see 'hankevahti projects')",
            ["--organisation"] = "one of the plan's organisations, by name or short name",
            ["--mapping"] = "a mapping file (CSV kind;source;target)",
        }),
        "reminders" => Arguments.Parse(command, args, new Dictionary<string, string>(), flags: ["--dry-run"]),
        "terms" => Arguments.Parse(command, args, new Dictionary<string, string>
        {
            ["--period"] = "a reporting period's number, as 'hankevahti terms PROGRAMME' lists them",
            ["--due"] = "a month-day written MM-DD, e.g. 02-28",
            ["--days"] = "whole days after the period's end, 1 to 365",
        }, flags: ["--clear"]),
        "values" => Arguments.Parse(command, args, new Dictionary<string, string>
        {
            ["--project"] = "the project's id, a whole number (see 'hankevahti projects')",
        }),
        "demo" => Arguments.Parse(command, args, new Dictionary<string, string>
        {
            ["--projects"] = "how many projects, a whole number",
            ["--seed"] = "the random seed, a whole number",
            ["--as-of"] = "a date written YYYY-MM-DD",
        }),
        "audit" => Arguments.Parse(command, args, new Dictionary<string, string>
        {
            ["--project"] = "the project's id, a whole number (see 'hankevahti projects')",
            ["--output"] = "the file to write",
        }),
        _ => new Arguments(),
    };

    /// <summary>
    /// The database the command line uses: --data DIR; else PostgreSQL when ConnectionStrings:Postgres is
    /// set (environment ConnectionStrings__Postgres, or ./appsettings.json); else HANKEVAHTI_DATA; else ./data.
    /// </summary>
    public static DatabaseSettings ResolveSettings(string? dataDirectory)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .Build();
        return DatabaseSettings.From(configuration, dataDirectory);
    }

    private static string Usage() => $"""
        {Name} {Version}: plans of state-funded social and health care development projects

        Usage: {Name} [--data DIR] <command> [options]

        Commands:
        {string.Join("\n", Commands.Select(c => $"  {c.Name,-10}{c.Summary}"))}

        Global options:
          --data DIR    SQLite data folder; default $HANKEVAHTI_DATA, else ./data. Without --data,
                        PostgreSQL is used when the connection string Postgres is configured
                        (environment ConnectionStrings__Postgres, or ./appsettings.json)
          --help, -h    show this help; '{Name} <command> --help' shows a command's options
          --version     show the version

        Exit codes: 0 success, 1 an error with the data or the database (also a refused change: an
        e-mail address taken, a weak password, an unknown user or project), 2 bad usage.

        """.ReplaceLineEndings("\n");

    private static async Task<int> ServeAsync(Arguments args, Context context)
    {
        args.NoPositional("serve");
        // serve is how a person tries the app: the demo gets an account per role (only on an empty database).
        var aspNetArgs = new List<string> { $"--{DatabaseStartup.DemoAccountsKey}=true" };
        aspNetArgs.AddRange(args.PassedOn);
        if (args.Get("--urls") is { } urls)
        {
            aspNetArgs.AddRange(["--urls", urls]);
        }
        var settings = context.Settings();
        await using var app = WebApp.Build([.. aspNetArgs], settings);
        try
        {
            await app.StartAsync(context.Cancel);
        }
        catch (ListenRefusedException ex)
        {
            throw new UsageException(ex.Message, "serve");
        }
        await context.Out.WriteLineAsync($"{Name}: serving {string.Join(", ", app.Urls)} on {settings.Describe()}; Ctrl+C stops");
        if (app.Services.GetRequiredService<DatabaseStartup>().DemoAccountsMade is { Count: > 0 } accounts)
        {
            await context.Out.WriteLineAsync($"{Name}: the demo project has an account per role; sign in at {app.Urls.First()}/account/sign-in (for trying on this machine only; shown once):");
            foreach (var account in accounts)
            {
                await context.Out.WriteLineAsync($"  {account.Email,-36} {account.Password}  {account.Role}");
            }
        }
        if (ListenWarning(app.Urls, app.Configuration[AllowedHosts.Key]) is { } warning)
        {
            await context.Error.WriteLineAsync(warning);
        }
        await app.WaitForShutdownAsync(context.Cancel);
        return 0;
    }

    /// <summary>
    /// The warning for addresses other machines may reach, or null when the app listens on this machine only.
    /// Until there are accounts the address is the only protection, so an operator who shares it must know.
    /// </summary>
    internal static string? ListenWarning(IEnumerable<string> urls, string? allowedHosts)
    {
        var reachable = urls.Where(ListenAddresses.ReachableFromOtherMachines).ToList();
        if (reachable.Count == 0)
        {
            return null;
        }
        return TerminalText.Visible($"{Name}: warning: listening on {string.Join(", ", reachable)}, which other machines may reach. ") +
            $"Only the host names in {AllowedHosts.Key} are answered (now {TerminalText.Visible(string.Join(";", AllowedHosts.From(allowedHosts)))}); " +
            $"list the names people use, e.g. --{AllowedHosts.Key}=plans.example.fi.";
    }

    private static async Task<int> ProjectsAsync(Arguments args, Context context)
    {
        args.NoPositional("projects");
        var format = args.Get("--format") ?? "text";
        if (format is not ("text" or "json"))
        {
            throw new UsageException($"--format must be text or json, not '{format}'", "projects");
        }
        var settings = context.Settings();
        var projects = await UseDatabaseAsync(settings, context.Cancel,
            async db => (await ProjectSummary.ListAsync(db, context.Cancel)).OrderBy(p => p.Id).ToList());
        if (format == "json")
        {
            await context.Out.WriteAsync(JsonSerializer.Serialize(projects, ListJson) + "\n");
            return 0;
        }
        foreach (var p in projects)
        {
            var period = p.PeriodStart is null && p.PeriodEnd is null
                ? ""
                : $"{Date(p.PeriodStart)}–{Date(p.PeriodEnd)}";
            await context.Out.WriteAsync($"{p.Id}\t{Field(p.Name)}\t{Field(p.Programme)}\t{period}\n");
        }
        return 0;
    }

    private static async Task<int> ExportAsync(Arguments args, Context context)
    {
        args.NoPositional("export");
        if (args.Get("--format") == "iati")
        {
            return await ExportIatiAsync(args, context);
        }
        var projectText = args.Get("--project")
            ?? throw new UsageException("--project ID is required: the id of the project to export (see 'hankevahti projects')", "export");
        if (!int.TryParse(projectText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            throw new UsageException($"--project must be a project id (a positive whole number), not '{projectText}'", "export");
        }
        var format = args.Get("--format") ?? "json";
        if (format != "json")
        {
            throw new UsageException($"--format must be json or iati, not '{format}'", "export");
        }
        var output = args.Get("--output");

        var settings = context.Settings();
        var version = await UseDatabaseAsync(settings, context.Cancel, db => db.LatestVersionAsync(id, context.Cancel))
            ?? throw new CliFailure($"{Name} export: no project with id {id} in {settings.Describe()}");
        if (output is null)
        {
            await context.Out.WriteAsync(version.PlanJson);
            return 0;
        }
        try
        {
            await File.WriteAllTextAsync(output, version.PlanJson, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), context.Cancel);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliFailure($"{Name} export: cannot write '{output}': {OneLine(ex)}");
        }
        return 0;
    }

    /// <summary>Migrates the database (the CLI never seeds the demo; only the web app does) and runs <paramref name="work"/> on it.</summary>
    internal static async Task<T> UseDatabaseAsync<T>(DatabaseSettings settings, CancellationToken ct, Func<HankevahtiDb, Task<T>> work)
    {
        try
        {
            await Migrator.MigrateAsync(settings, ct);
            await using var db = HankevahtiDb.Create(settings);
            // Imports and other changes made here are in the audit log as the operating-system user who ran the command.
            db.Actor = Actor.CommandLine();
            return await work(db);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or CliFailure or UsageException))
        {
            throw new CliFailure($"{Name}: error: database {Describe(settings)}: {OneLine(ex)}");
        }
    }

    private static string Describe(DatabaseSettings settings)
    {
        try
        {
            return settings.Describe();
        }
        catch (ArgumentException)
        {
            // A connection string too broken to parse is described by the error that follows.
            return "(PostgreSQL, connection string not readable)";
        }
    }

    private static readonly JsonSerializerOptions ListJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string Date(DateOnly? date) => date?.ToString("d.M.yyyy", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A text field of a tab-separated line: tabs and line breaks would split it, control characters would drive the terminal.</summary>
    private static string Field(string? value) =>
        value is null ? "" : TerminalText.Visible(string.Join(' ', value.Split(['\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));

    /// <summary>An exception and its causes as one line: "Failed to connect to 127.0.0.1:5432: Connection refused".</summary>
    internal static string OneLine(Exception ex)
    {
        var messages = new List<string>();
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            var message = string.Join(' ', e.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
            if (message.Length > 0 && !messages.Any(m => m.Contains(message, StringComparison.OrdinalIgnoreCase)))
            {
                messages.Add(message);
            }
        }
        return messages.Count == 0 ? ex.GetType().Name : string.Join(": ", messages);
    }
}
