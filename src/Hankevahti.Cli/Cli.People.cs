using System.Globalization;
using System.Text.Json;
using Hankevahti.People;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Hankevahti.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hankevahti.Cli;

/// <summary>
/// users, members and audit: what an administrator does from the command line. Changes go through the same
/// storage operations as the web (Identity's rules from PeopleServices, an audit entry with each change), as
/// "cli:&lt;operating-system user&gt;".
/// </summary>
public static partial class Cli
{
    private const string UsersHelp = """
        Usage: hankevahti users add EMAIL [--name NAME] [--role admin|funder [--programme KEY]] [--data DIR]
                                          (password: one line on standard input)
               hankevahti users add EMAIL --invite [--url URL] [--name NAME] [--role ...] [--data DIR]
               hankevahti users list [--format text|json] [--data DIR]
               hankevahti users disable EMAIL [--data DIR]

        add        adds an account; EMAIL is also its user name. The password is read from standard
                   input (one line; at a terminal it is asked for without echo) and must have at least
                   12 characters. With --invite there is no password: an invitation link is printed
                   (URL/account/invitation?user=ID&token=TOKEN) with which the person sets one.
        list       one account a line, fields separated by tabs: e-mail, name, roles, active or
                   disabled (or invited, before a password is set), two-factor on or off
        disable    the account can no longer sign in, and its sessions end; its history stays

        Options:
          --role admin|funder    a role across projects: administrator, or funder official of a programme
          --programme KEY        with --role funder: the programme (rrf, rakenneuudistus, hyvan-tyon-ohjelma,
                                 tulevaisuuden-sote-keskus, a programme's name, or a stored project's key)
          --name NAME            the person's name as shown
          --invite               no password; print an invitation link instead
          --url URL              with --invite: the web app's address (default http://127.0.0.1:5080)
          --format text|json     list's output format (default text)
          --data DIR             SQLite data folder (see 'hankevahti --help')

        Exit codes: 0 done; 1 refused by the data, nothing stored (the e-mail address is taken or not
        an address, the password is too weak, the programme is unknown, no such user); 2 bad usage
        (a missing or unknown argument, an unknown role, funder without --programme, no password).
        """;

    private const string MembersHelp = """
        Usage: hankevahti members add --project ID --user EMAIL --role ROLE [--organisation NAME] [--data DIR]
               hankevahti members list --project ID [--format text|json] [--data DIR]
               hankevahti members remove --project ID --user EMAIL [--data DIR]

        add        makes the user a member of the project in ROLE, or changes the member's role
        list       one member a line, fields separated by tabs: e-mail, name, role, organisation
        remove     takes the user out of the project

        Roles: manager (projektipäällikkö), editor (muokkaaja), co-implementer (osatoteuttaja: only its
        organisation's budget lines and actions), steering (ohjausryhmä), reader (lukija).

        Options:
          --project ID           the project's id (see 'hankevahti projects')
          --user EMAIL           the user's e-mail address (see 'hankevahti users list')
          --role ROLE            manager, editor, co-implementer, steering or reader
          --organisation NAME    required for co-implementer, for no other role: one of the latest
                                 plan's organisations, by name or short name
          --format text|json     list's output format (default text)
          --data DIR             SQLite data folder (see 'hankevahti --help')

        Exit codes: 0 done; 1 refused by the data, nothing stored (no such user, project or member,
        an organisation the plan does not list); 2 bad usage (a missing or unknown argument, an
        unknown role, co-implementer without --organisation or another role with one).
        """;

    private const string AuditHelp = """
        Usage: hankevahti audit verify [--data DIR]
               hankevahti audit export --project ID [--output FILE] [--data DIR]

        verify     walks the whole audit log and checks its hash chain: prints "audit log intact: N rows"
                   (exit code 0), or names the first row altered or missing (exit code 1)
        export     the project's rows as CSV (RFC 4180, UTF-8, a header row): id, at, user_id,
                   user_name, address, action, outcome, project_id, version_number, item, before,
                   after, previous_hash, hash. A text a spreadsheet would read as a formula starts
                   with an apostrophe.

        Options:
          --project ID     the project whose rows to export
          --output FILE    write to FILE, replacing it, instead of standard output
          --data DIR       SQLite data folder (see 'hankevahti --help')
        """;

    private const string DefaultInvitationBase = "http://127.0.0.1:5080";

    private static async Task<int> UsersAsync(Arguments args, Context context)
    {
        var (verb, rest) = Verb(args, "users", ["add", "list", "disable"]);
        switch (verb)
        {
            case "add":
                return await AddUserAsync(args, rest, context);
            case "list":
                NoMore(rest, "users list");
                Only(args, "users list", "--format");
                return await ListUsersAsync(args, context);
            default:
                var email = One(rest, "users disable", "EMAIL, the address of the account to disable");
                Only(args, "users disable");
                return await UsePeopleAsync(context, async (db, users) =>
                {
                    var result = await users.DisableUserAsync(db, email, context.Cancel);
                    return await Report(context, "users disable", result.Succeeded, result.Message);
                });
        }
    }

    private static async Task<int> AddUserAsync(Arguments args, List<string> rest, Context context)
    {
        const string command = "users add";
        var email = One(rest, command, "EMAIL, the address of the new account");
        Only(args, command, "--role", "--programme", "--name", "--url", "--invite");
        GlobalRole? role = null;
        if (args.Get("--role") is { } roleText)
        {
            role = RoleNames.TryGlobalRole(roleText, out var r)
                ? r
                : throw new UsageException($"--role must be {string.Join(" or ", RoleNames.GlobalRoleNames)}, not '{roleText}' (roles in a project are given with 'hankevahti members add')", command);
        }
        var programme = args.Get("--programme");
        if (role == GlobalRole.FunderOfficial && programme is null)
        {
            throw new UsageException($"--role funder needs --programme KEY: the programme the funder official follows ({string.Join(", ", FunderProgrammes.Known)})", command);
        }
        if (role != GlobalRole.FunderOfficial && programme is not null)
        {
            throw new UsageException("--programme goes with --role funder only", command);
        }
        var invite = args.Has("--invite");
        var baseUrl = args.Get("--url");
        if (baseUrl is not null && !invite)
        {
            throw new UsageException("--url goes with --invite only: it is the address in the invitation link", command);
        }
        baseUrl ??= DefaultInvitationBase;
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--url must be the web app's address, http:// or https://, not '{baseUrl}'", command);
        }
        string? password = null;
        if (!invite)
        {
            password = await ReadPasswordAsync(context, email);
            if (string.IsNullOrEmpty(password))
            {
                throw new UsageException("no password on standard input: give it as one line (e.g. from a password manager), or use --invite", command);
            }
        }

        return await UsePeopleAsync(context, async (db, users) =>
        {
            var result = await users.AddUserAsync(db, email, password, args.Get("--name"), role, programme, context.Cancel);
            if (!result.Succeeded)
            {
                throw new CliFailure($"{Name} {command}: {result.Message}");
            }
            var user = result.User!;
            await context.Out.WriteAsync($"{Name} {command}: added {user.Email} (id {user.Id})\n");
            if (invite)
            {
                var token = await users.GeneratePasswordResetTokenAsync(user);
                var link = $"{baseUrl.TrimEnd('/')}/account/invitation?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
                await context.Out.WriteAsync($"invitation link (send it to {user.Email}; it sets the password): {link}\n");
            }
            return 0;
        });
    }

    private static async Task<int> ListUsersAsync(Arguments args, Context context)
    {
        var format = Format(args, "users list");
        var accounts = await UseDatabaseAsync(context.Settings(), context.Cancel, db => db.ListUsersAsync(context.Cancel));
        if (format == "json")
        {
            var json = accounts.Select(a => new
            {
                email = a.Email, name = a.DisplayName, roles = a.Roles, disabled = a.Disabled, invited = !a.HasPassword, twoFactor = a.TwoFactor,
            });
            await context.Out.WriteAsync(JsonSerializer.Serialize(json, ListJson) + "\n");
            return 0;
        }
        foreach (var a in accounts)
        {
            var status = a.Disabled ? "disabled" : a.HasPassword ? "active" : "invited";
            await context.Out.WriteAsync($"{Field(a.Email)}\t{Field(a.DisplayName)}\t{Field(string.Join(", ", a.Roles))}\t{status}\t2fa {(a.TwoFactor ? "on" : "off")}\n");
        }
        return 0;
    }

    private static async Task<int> MembersAsync(Arguments args, Context context)
    {
        var (verb, rest) = Verb(args, "members", ["add", "list", "remove"]);
        var command = "members " + verb;
        NoMore(rest, command);
        var projectId = ProjectId(args, command);
        switch (verb)
        {
            case "list":
            {
                Only(args, command, "--project", "--format");
                var format = Format(args, command);
                var members = await UseDatabaseAsync(context.Settings(), context.Cancel, async db =>
                    await db.Projects.AnyAsync(p => p.Id == projectId, context.Cancel) ? await db.MembersAsync(projectId, context.Cancel) : null)
                    ?? throw new CliFailure($"{Name} {command}: no project with id {projectId}");
                if (format == "json")
                {
                    var json = members.Select(m => new { email = m.Email, name = m.DisplayName, role = RoleNames.Name(m.Role), organisation = m.Organisation, disabled = m.Disabled });
                    await context.Out.WriteAsync(JsonSerializer.Serialize(json, ListJson) + "\n");
                    return 0;
                }
                foreach (var m in members)
                {
                    await context.Out.WriteAsync($"{Field(m.Email)}\t{Field(m.DisplayName)}\t{RoleNames.Name(m.Role)}\t{Field(m.Organisation)}\n");
                }
                return 0;
            }
            case "add":
            {
                Only(args, command, "--project", "--user", "--role", "--organisation");
                var email = Required(args, "--user", command, "the user's e-mail address");
                var roleText = Required(args, "--role", command, string.Join(", ", RoleNames.ProjectRoleNames));
                if (!RoleNames.TryProjectRole(roleText, out var role))
                {
                    throw new UsageException($"--role must be one of {string.Join(", ", RoleNames.ProjectRoleNames)}, not '{roleText}'", command);
                }
                var organisation = args.Get("--organisation");
                if (role == ProjectRole.CoImplementer && organisation is null)
                {
                    throw new UsageException("--role co-implementer needs --organisation NAME: the plan's organisation whose budget lines and actions the member may change", command);
                }
                if (role != ProjectRole.CoImplementer && organisation is not null)
                {
                    throw new UsageException($"--organisation goes with --role co-implementer only, not {RoleNames.Name(role)}", command);
                }
                return await UsePeopleAsync(context, async (db, users) =>
                {
                    var user = await FindUserAsync(users, email, command);
                    var result = await db.SetMemberAsync(projectId, user.Id, role, organisation, context.Cancel);
                    return await Report(context, command, result.Succeeded, result.Message);
                });
            }
            default:
            {
                Only(args, command, "--project", "--user");
                var email = Required(args, "--user", command, "the user's e-mail address");
                return await UsePeopleAsync(context, async (db, users) =>
                {
                    var user = await FindUserAsync(users, email, command);
                    var result = await db.RemoveMemberAsync(projectId, user.Id, context.Cancel);
                    return await Report(context, command, result.Succeeded, result.Message);
                });
            }
        }
    }

    private static async Task<int> AuditAsync(Arguments args, Context context)
    {
        var (verb, rest) = Verb(args, "audit", ["verify", "export"]);
        var command = "audit " + verb;
        NoMore(rest, command);
        var settings = context.Settings();
        if (verb == "verify")
        {
            Only(args, command);
            var verification = await UseDatabaseAsync(settings, context.Cancel, db => AuditLog.VerifyAsync(db, context.Cancel));
            if (verification.Intact)
            {
                await context.Out.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"audit log intact: {verification.RowsVerified} rows\n"));
                return 0;
            }
            throw new CliFailure(string.Create(CultureInfo.InvariantCulture, $"audit log broken at row {verification.FirstBadRow}: {verification.Problem}"));
        }
        Only(args, command, "--project", "--output");
        var projectId = ProjectId(args, command);
        var output = args.Get("--output");
        return await UseDatabaseAsync(settings, context.Cancel, async db =>
        {
            if (!await db.Projects.AnyAsync(p => p.Id == projectId, context.Cancel) && !await db.AuditLog.AnyAsync(r => r.ProjectId == projectId, context.Cancel))
            {
                throw new CliFailure($"{Name} {command}: no project with id {projectId}, and no audit rows for it");
            }
            if (output is null)
            {
                await AuditCsv.WriteAsync(db, projectId, context.Out, context.Cancel);
                return 0;
            }
            var temporary = output + ".tmp";
            try
            {
                await using (var writer = new StreamWriter(temporary, append: false, AuditCsv.Encoding))
                {
                    await AuditCsv.WriteAsync(db, projectId, writer, context.Cancel);
                }
                // Written whole or not at all: a half export would look like a short log.
                File.Move(temporary, output, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                File.Delete(temporary);
                throw new CliFailure($"{Name} {command}: cannot write '{output}': {OneLine(ex)}");
            }
            return 0;
        });
    }

    /// <summary>
    /// Runs <paramref name="work"/> with Identity's user manager on the database, in a scope whose context acts as
    /// the command line, after migrating. The services are the web app's rules (PeopleServices) and key ring
    /// (SharedKeys), so that an invitation made here is one the web app reads.
    /// </summary>
    private static async Task<int> UsePeopleAsync(Context context, Func<HankevahtiDb, UserManager<UserAccount>, Task<int>> work)
    {
        var settings = context.Settings();
        return await UseDatabaseAsync(settings, context.Cancel, async _ =>
        {
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddDbContext<HankevahtiDb>(o => HankevahtiDb.Configure(o, settings));
            services.AddHankevahtiDataProtection();
            services.AddHankevahtiIdentityCore().AddDefaultTokenProviders();
            await using var provider = services.BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HankevahtiDb>();
            db.Actor = Actor.CommandLine();
            return await work(db, scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>());
        });
    }

    private static async Task<UserAccount> FindUserAsync(UserManager<UserAccount> users, string email, string command) =>
        await users.FindByEmailAsync(email.Trim())
        ?? throw new CliFailure($"{Name} {command}: no user with e-mail {email.Trim()} (see 'hankevahti users list')");

    /// <summary>A done change's message on standard output, exit 0; a refused one on standard error, exit 1.</summary>
    private static async Task<int> Report(Context context, string command, bool succeeded, string message)
    {
        if (!succeeded)
        {
            throw new CliFailure($"{Name} {command}: {message}");
        }
        await context.Out.WriteAsync($"{Name} {command}: {TerminalText.Visible(message)}\n");
        return 0;
    }

    /// <summary>
    /// The password: one line of standard input. At a terminal it is asked for on standard error and typed without
    /// echo, so that it is neither shown nor kept in the shell's history.
    /// </summary>
    private static async Task<string?> ReadPasswordAsync(Context context, string email)
    {
        if (!context.InputIsTerminal)
        {
            return (await context.In.ReadLineAsync(context.Cancel))?.TrimEnd('\r');
        }
        await context.Error.WriteAsync($"Password for {TerminalText.Visible(email)} (at least {PeopleServices.MinPasswordLength} characters): ");
        var typed = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }
            if (key.Key == ConsoleKey.Backspace)
            {
                if (typed.Length > 0)
                {
                    typed.Length--;
                }
                continue;
            }
            if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
        await context.Error.WriteLineAsync();
        return typed.ToString();
    }

    /// <summary>The first positional argument as one of <paramref name="verbs"/>, and the positional arguments after it.</summary>
    private static (string Verb, List<string> Others) Verb(Arguments args, string command, string[] verbs)
    {
        if (args.Positional.Count == 0)
        {
            throw new UsageException($"say what to do: {string.Join(", ", verbs)}", command);
        }
        var verb = args.Positional[0];
        if (!verbs.Contains(verb, StringComparer.Ordinal))
        {
            throw new UsageException($"unknown action '{verb}'; expected {string.Join(", ", verbs)}", command);
        }
        return (verb, args.Positional.Skip(1).ToList());
    }

    private static string One(List<string> rest, string command, string expects) => rest.Count switch
    {
        0 => throw new UsageException($"missing {expects}", command),
        1 => rest[0],
        _ => throw new UsageException($"unexpected argument '{rest[1]}'; {command} takes one: {expects}", command),
    };

    private static void NoMore(List<string> rest, string command)
    {
        if (rest.Count > 0)
        {
            throw new UsageException($"unexpected argument '{rest[0]}'; {command} takes only options", command);
        }
    }

    /// <summary>Refuses the options the command parses for another of its actions ("--invite" on users list).</summary>
    private static void Only(Arguments args, string command, params string[] allowed)
    {
        var other = args.Values.Keys.Concat(args.Flags).FirstOrDefault(o => !allowed.Contains(o, StringComparer.Ordinal));
        if (other is not null)
        {
            var takes = allowed.Length == 0 ? "no options but --data" : string.Join(", ", allowed);
            throw new UsageException($"{other} does not go with {command}; it takes {takes}", command);
        }
    }

    private static string Required(Arguments args, string option, string command, string expects) =>
        args.Get(option) ?? throw new UsageException($"{option} is required: {expects}", command);

    private static int ProjectId(Arguments args, string command)
    {
        var text = Required(args, "--project", command, "the project's id (see 'hankevahti projects')");
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new UsageException($"--project must be a project id (a positive whole number), not '{text}'", command);
    }

    private static string Format(Arguments args, string command)
    {
        var format = args.Get("--format") ?? "text";
        return format is "text" or "json" ? format : throw new UsageException($"--format must be text or json, not '{format}'", command);
    }
}
