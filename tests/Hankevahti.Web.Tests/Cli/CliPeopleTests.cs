using Hankevahti.Demo;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Hankevahti.Storage.Tests.Fixtures;
using Hankevahti.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hankevahti.Web.Tests.Cli;

/// <summary>`hankevahti users`, `members` and `audit`: accounts and memberships from the command line, refusals that store nothing.</summary>
public sealed class CliPeopleTests
{
    private const string Password = "oikein pitkä salasana";
    private const string Hus = "Helsingin ja Uudenmaan hyvinvointialue";

    [Fact]
    public async Task Users_add_with_a_piped_password_then_users_list_shows_the_account()
    {
        using var data = new TempDataFolder();

        var added = await CliRun.RunWithInputAsync(Password + "\n", "users", "add", "aino@example.fi", "--name", "Aino Aho", "--role", "funder", "--programme", "kestavan-kasvun-ohjelma", "--data", data.Path);
        var listed = await CliRun.RunAsync("users", "list", "--data", data.Path);

        Assert.Equal(0, added.ExitCode);
        Assert.Empty(added.Error);
        Assert.StartsWith("hankevahti users add: added aino@example.fi (id ", added.Out);
        Assert.Equal(0, listed.ExitCode);
        // The alias is stored as the programme's key, so the funder sees plans that name it either way.
        Assert.Equal("aino@example.fi\tAino Aho\tfunder rrf\tactive\t2fa off\n", listed.Out);
        await using var db = HankevahtiDb.Create(data.Settings);
        var user = await db.Users.SingleAsync();
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<UserAccount>().VerifyHashedPassword(user, user.PasswordHash!, Password));
        var entry = await db.AuditLog.SingleAsync();
        Assert.Equal(("user.add", "aino@example.fi", "aino@example.fi; funder rrf"), (entry.Action, entry.Item, entry.AfterValue));
        Assert.StartsWith("cli:", entry.UserName);
    }

    // Every refusal: the exit code says whose fault (2 the command line, 1 the data), standard error has the
    // message on its first line (a usage error adds the pointer to --help), and nothing is stored.
    public static TheoryData<string, string[], string?, int, string> BadInput() => new()
    {
        // A role word that does not exist is a typo on the command line.
        { "unknown global role", ["users", "add", "new@example.fi", "--role", "boss"], Password, 2, "--role must be admin or funder, not 'boss'" },
        // A funder official of no programme would see nothing.
        { "funder without programme", ["users", "add", "new@example.fi", "--role", "funder"], Password, 2, "--role funder needs --programme KEY" },
        // A programme nobody knows: refused by the data, not the command line.
        { "unknown programme", ["users", "add", "new@example.fi", "--role", "funder", "--programme", "rfr"], Password, 1, "unknown programme 'rfr'" },
        { "duplicate e-mail", ["users", "add", "Taken@Example.fi"], Password, 1, "an account for Taken@Example.fi already exists" },
        // 11 characters: one short of the rule in PeopleServices.
        { "weak password", ["users", "add", "new@example.fi"], "abcdefghijk\n", 1, "Passwords must be at least 12 characters." },
        { "invalid e-mail", ["users", "add", "not-an-address"], Password, 1, "Email 'not-an-address' is invalid." },
        // Nothing piped in: the account would have no way to sign in.
        { "no password", ["users", "add", "new@example.fi"], "", 2, "no password on standard input" },
        { "unknown user for members add", ["members", "add", "--project", "1", "--user", "nobody@example.fi", "--role", "editor"], null, 1, "no user with e-mail nobody@example.fi" },
        { "unknown project", ["members", "add", "--project", "99", "--user", "taken@example.fi", "--role", "editor"], null, 1, "no project with id 99" },
        { "unknown project role", ["members", "add", "--project", "1", "--user", "taken@example.fi", "--role", "boss"], null, 2, "--role must be one of manager, editor, co-implementer, steering, reader, not 'boss'" },
        // A co-implementer without an organisation would have no share to edit.
        { "co-implementer without organisation", ["members", "add", "--project", "1", "--user", "taken@example.fi", "--role", "co-implementer"], null, 2, "--role co-implementer needs --organisation NAME" },
        { "organisation not in the plan", ["members", "add", "--project", "1", "--user", "taken@example.fi", "--role", "co-implementer", "--organisation", "HYKS"], null, 1, "'HYKS' is not an organisation of project 1's plan" },
        { "missing --user", ["members", "add", "--project", "1", "--role", "editor"], null, 2, "--user is required" },
        { "remove a non-member", ["members", "remove", "--project", "1", "--user", "taken@example.fi"], null, 1, "taken@example.fi is not a member of project 1" },
        { "disable an unknown user", ["users", "disable", "nobody@example.fi"], null, 1, "no user with e-mail nobody@example.fi" },
        { "unknown action", ["users", "delete", "taken@example.fi"], null, 2, "unknown action 'delete'; expected add, list, disable" },
    };

    [Theory, MemberData(nameof(BadInput))]
    public async Task Bad_input_gets_one_line_the_documented_exit_code_and_stores_nothing(string why, string[] args, string? stdin, int exitCode, string message)
    {
        using var data = new TempDataFolder();
        await data.StoreAsync(PlanWithOrganisations());
        Assert.Equal(0, (await CliRun.RunWithInputAsync(Password, "users", "add", "taken@example.fi", "--data", data.Path)).ExitCode);
        var before = await CountsAsync(data.Settings);

        var result = stdin is null ? await CliRun.RunAsync([.. args, "--data", data.Path]) : await CliRun.RunWithInputAsync(stdin, [.. args, "--data", data.Path]);

        Assert.True(exitCode == result.ExitCode, $"{why}: exit code {result.ExitCode}, stderr {result.Error}");
        Assert.Empty(result.Out);
        Assert.Equal(exitCode == 2 ? 2 : 1, result.ErrorLines.Length);
        Assert.StartsWith("hankevahti ", result.ErrorLines[0]);
        Assert.Contains(message, result.ErrorLines[0]);
        Assert.Equal(before, await CountsAsync(data.Settings));
    }

    [Fact]
    public async Task Members_are_added_by_the_organisations_short_name_listed_changed_and_removed()
    {
        using var data = new TempDataFolder();
        var project = (await data.StoreAsync(PlanWithOrganisations())).ToString();
        await CliRun.RunWithInputAsync(Password, "users", "add", "eero@example.fi", "--name", "Eero", "--data", data.Path);
        await CliRun.RunWithInputAsync(Password, "users", "add", "aino@example.fi", "--data", data.Path);

        var add = await CliRun.RunAsync("members", "add", "--project", project, "--user", "eero@example.fi", "--role", "co-implementer", "--organisation", "hus", "--data", data.Path);
        var add2 = await CliRun.RunAsync("members", "add", "--project", project, "--user", "aino@example.fi", "--role", "manager", "--data", data.Path);
        var list = await CliRun.RunAsync("members", "list", "--project", project, "--data", data.Path);
        var change = await CliRun.RunAsync("members", "add", "--project", project, "--user", "AINO@example.fi", "--role", "reader", "--data", data.Path);
        var remove = await CliRun.RunAsync("members", "remove", "--project", project, "--user", "eero@example.fi", "--data", data.Path);
        var after = await CliRun.RunAsync("members", "list", "--project", project, "--format", "json", "--data", data.Path);

        Assert.All(new[] { add, add2, list, change, remove, after }, r => Assert.True(r.ExitCode == 0, r.Error));
        Assert.Equal($"hankevahti members add: eero@example.fi is co-implementer ({Hus}) in project {project}\n", add.Out);
        Assert.Equal($"aino@example.fi\t\tmanager\t\neero@example.fi\tEero\tco-implementer\t{Hus}\n", list.Out);
        Assert.Contains("\"email\": \"aino@example.fi\"", after.Out);
        Assert.Contains("\"role\": \"reader\"", after.Out);
        Assert.DoesNotContain("eero", after.Out);
        await using var db = HankevahtiDb.Create(data.Settings);
        Assert.Equal(["project.create", "user.add", "user.add", "member.add", "member.add", "member.change", "member.remove"],
            await db.AuditLog.OrderBy(r => r.Id).Select(r => r.Action).ToListAsync());
    }

    // The link must be one the web app can use: the token reads on the shared key ring and sets the password.
    [Fact]
    public async Task An_invitation_link_carries_a_token_that_sets_the_password()
    {
        using var data = new TempDataFolder();

        var result = await CliRun.RunAsync("users", "add", "uusi@example.fi", "--invite", "--url", "https://plans.example.fi/", "--data", data.Path);

        Assert.Equal(0, result.ExitCode);
        var link = result.Out.Split('\n')[1];
        var query = link[(link.IndexOf("https://plans.example.fi/account/invitation?", StringComparison.Ordinal) + "https://plans.example.fi/account/invitation?".Length)..];
        var values = query.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<HankevahtiDb>(o => HankevahtiDb.Configure(o, data.Settings));
        services.AddHankevahtiDataProtection();
        services.AddHankevahtiIdentityCore().AddDefaultTokenProviders();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var user = await users.FindByIdAsync(values["user"]);
        Assert.NotNull(user);
        Assert.Null(user.PasswordHash);
        Assert.True((await users.ResetPasswordAsync(user, values["token"], Password)).Succeeded);
        Assert.True(await users.CheckPasswordAsync(user, Password));
        Assert.False((await users.ResetPasswordAsync(user, values["token"] + "x", Password)).Succeeded);
    }

    [Fact]
    public async Task Users_disable_ends_sign_in_and_sessions_and_is_recorded()
    {
        using var data = new TempDataFolder();
        await CliRun.RunWithInputAsync(Password, "users", "add", "aino@example.fi", "--data", data.Path);
        string stamp;
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            stamp = (await db.Users.SingleAsync()).SecurityStamp!;
        }

        var result = await CliRun.RunAsync("users", "disable", "aino@example.fi", "--data", data.Path);
        var again = await CliRun.RunAsync("users", "disable", "aino@example.fi", "--data", data.Path);
        var list = await CliRun.RunAsync("users", "list", "--data", data.Path);

        Assert.Equal((0, "hankevahti users disable: disabled aino@example.fi\n"), (result.ExitCode, result.Out));
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already disabled", again.Out);
        Assert.Contains("\tdisabled\t", list.Out);
        await using var check = HankevahtiDb.Create(data.Settings);
        var user = await check.Users.SingleAsync();
        Assert.NotNull(user.DisabledAt);
        Assert.NotEqual(stamp, user.SecurityStamp);
        Assert.Equal(1, await check.AuditLog.CountAsync(r => r.Action == "user.disable"));
    }

    // The chain check from the command line, on both databases, as an operator runs it.
    [Theory, BothProviders]
    public async Task Audit_verify_says_intact_and_names_a_row_altered_in_the_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await AddThreeUsersAsync(database);

        var intact = await CliProcess.RunAsync(database.Settings, null, "audit", "verify");
        await DropAuditGuardsAsync(database, provider);
        await database.ExecuteAsync("UPDATE audit_log SET item = 'mallory@example.fi' WHERE id = 2");
        var broken = await CliProcess.RunAsync(database.Settings, null, "audit", "verify");

        Assert.Equal((0, "audit log intact: 3 rows\n", ""), (intact.ExitCode, intact.Out, intact.Error));
        Assert.Equal(1, broken.ExitCode);
        Assert.Empty(broken.Out);
        Assert.Equal("audit log broken at row 2: row 2 was altered: its contents do not match its hash", Assert.Single(broken.ErrorLines));
    }

    // A deleted row, the other way to tamper: the next row's link names the gap.
    [Theory, BothProviders]
    public async Task Audit_verify_names_a_row_deleted_in_the_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await AddThreeUsersAsync(database);
        await DropAuditGuardsAsync(database, provider);
        await database.ExecuteAsync("DELETE FROM audit_log WHERE id = 2");

        var broken = await CliProcess.RunAsync(database.Settings, null, "audit", "verify");

        Assert.Equal(1, broken.ExitCode);
        Assert.Empty(broken.Out);
        Assert.StartsWith("audit log broken at row 2: row 2 is missing", Assert.Single(broken.ErrorLines));
    }

    // Three audit rows, made as an operator's `users add` makes them. In this process: `audit verify` is the command
    // under test and runs as a child process; three more processes only to make rows cost a minute on a loaded machine.
    private static Task AddThreeUsersAsync(TestDatabase database) =>
        Support.People.AddUsersAsCommandLineAsync(database.Settings, Password, "a@example.fi", "b@example.fi", "c@example.fi");

    // The append-only triggers go first: tampering needs the database owner's rights, as an attacker with them would have.
    private static Task DropAuditGuardsAsync(TestDatabase database, DatabaseProvider provider) =>
        database.ExecuteAsync(provider == DatabaseProvider.Postgres
            ? "DROP TRIGGER audit_log_no_change ON audit_log"
            : "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete");

    [Fact]
    public async Task Audit_export_writes_the_projects_rows_as_csv()
    {
        using var data = new TempDataFolder();
        var project = (await data.StoreAsync(PlanWithOrganisations())).ToString();
        await CliRun.RunWithInputAsync(Password, "users", "add", "aino@example.fi", "--data", data.Path);
        await CliRun.RunAsync("members", "add", "--project", project, "--user", "aino@example.fi", "--role", "co-implementer", "--organisation", "HUS", "--data", data.Path);
        var file = Path.Combine(data.Path, "audit.csv");

        var result = await CliRun.RunAsync("audit", "export", "--project", project, "--output", file, "--data", data.Path);

        Assert.Equal(0, result.ExitCode);
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB, "no byte-order mark");
        var lines = System.Text.Encoding.UTF8.GetString(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,at,user_id,user_name,address,action,outcome,project_id,version_number,item,before,after,previous_hash,hash", lines[0]);
        // The user.add row has no project: the project's rows are its creation and the membership.
        Assert.Equal(2, lines.Length - 1);
        Assert.Contains(",project.create,done,", lines[1]);
        var row = lines[2];
        Assert.Contains($",member.add,done,{project},,aino@example.fi,,co-implementer ({Hus}),", row);
        Assert.Equal(0, (await CliRun.RunAsync("audit", "export", "--project", project, "--data", data.Path)).ExitCode);
    }

    [Theory]
    [InlineData("users")]
    [InlineData("members")]
    [InlineData("audit")]
    public async Task Each_command_has_help_with_its_exit_codes(string command)
    {
        var result = await CliRun.RunAsync(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"Usage: hankevahti {command} ", result.Out);
    }

    private static Plan PlanWithOrganisations() => DemoPlan.Load() with
    {
        Organisations = [new Organisation { Id = "o1", Name = "Pohjolan hyvinvointialue" }, new Organisation { Id = "o2", Name = Hus, ShortName = "HUS" }],
    };

    private static async Task<(int Users, int Members, int Roles, int Audit)> CountsAsync(DatabaseSettings settings)
    {
        await using var db = HankevahtiDb.Create(settings);
        return (await db.Users.CountAsync(), await db.ProjectMembers.CountAsync(), await db.GlobalRoles.CountAsync(), await db.AuditLog.CountAsync());
    }
}
