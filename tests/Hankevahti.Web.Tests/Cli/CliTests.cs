using System.Text.Json;
using Hankevahti.Demo;
using Hankevahti.Json;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using CliApp = Hankevahti.Cli.Cli;

namespace Hankevahti.Web.Tests.Cli;

/// <summary>A data folder with the demo plan stored in it (not seeded: only the web app seeds), for the CLI tests.</summary>
public sealed class CliDataFixture : IAsyncLifetime
{
    public TempDataFolder Data { get; } = new();
    public int DemoId { get; private set; }

    public async Task InitializeAsync() => DemoId = await Data.StoreAsync(DemoPlan.Load());

    public Task DisposeAsync()
    {
        Data.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class CliTests(CliDataFixture fixture) : IClassFixture<CliDataFixture>
{
    private string Dir => fixture.Data.Path;

    [Fact]
    public async Task Help_lists_the_six_commands_with_a_description_each()
    {
        var result = await CliRun.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        foreach (var command in new[] { "serve", "import", "check", "export", "projects", "diff", "users", "members", "audit" })
        {
            Assert.Matches($@"(?m)^  {command} +\S.+$", result.Out);
        }
        Assert.Contains("--data DIR", result.Out);
        Assert.Contains("--version", result.Out);
    }

    [Theory]
    [InlineData("serve", "--urls URL")]
    [InlineData("projects", "--format text|json")]
    [InlineData("export", "--project ID")]
    [InlineData("import", "--save")]
    [InlineData("check", "--min-severity")]
    public async Task Each_command_has_its_own_help(string command, string mentions)
    {
        var result = await CliRun.RunAsync(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"Usage: hankevahti {command}", result.Out);
        Assert.Contains(mentions, result.Out);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Version_prints_the_name_and_the_assembly_version()
    {
        var result = await CliRun.RunAsync("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("hankevahti 0.1.0\n", result.Out);
        Assert.Equal(new Version(0, 1, 0, 0), typeof(CliApp).Assembly.GetName().Version);
    }

    [Fact]
    public async Task Unknown_command_is_exit_2_with_the_commands_that_exist()
    {
        var result = await CliRun.RunAsync("frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal(
            ["hankevahti: unknown command 'frobnicate'; expected one of serve, projects, export, import, check, reindex, diff, users, members, report, audit, costs, reminders, terms, values, demo", "Run 'hankevahti --help' for usage."],
            result.ErrorLines);
    }

    /// <summary>
    /// Bad command lines: each gives exit code 2, a first line on stderr naming the problem and what was
    /// expected, and the pointer to --help, and touches no database.
    /// </summary>
    public static TheoryData<string[], string> BadArguments => new()
    {
        // Nothing at all: there is no default command.
        { [], "no command given; expected one of serve, projects, export, import, check, reindex, diff, users, members, report, audit, costs, reminders, terms, values" },
        // Commands are lower case; "Projects" must not half-match.
        { ["Projects"], "unknown command 'Projects'" },
        // An option before the command that is not a global one.
        { ["--verbose", "projects"], "unknown option '--verbose'; before the command only --data DIR, --help and --version are allowed" },
        // --data as the last word has no folder.
        { ["projects", "--data"], "--data needs a value: the folder for the SQLite database" },
        // --data followed by another option: the option must not be taken as the folder.
        { ["--data", "--help"], "--data needs a value" },
        // Two data folders: which one was meant is unclear.
        { ["--data", "a", "--data", "b", "projects"], "--data is given more than once" },
        // export cannot guess the project.
        { ["export"], "export: --project ID is required" },
        // Not a number.
        { ["export", "--project", "abc"], "export: --project must be a project id (a positive whole number), not 'abc'" },
        // Ids start at 1.
        { ["export", "--project", "0"], "--project must be a project id (a positive whole number), not '0'" },
        // A negative number is a (bad) value, not an unknown option "-3".
        { ["export", "--project", "-3"], "not '-3'" },
        // A sign or spaces are not part of an id, though int.Parse would accept them.
        { ["export", "--project", "+7"], "not '+7'" },
        // The value is missing when the option is last.
        { ["export", "--project"], "export: --project needs a value: the project's id, a whole number" },
        // The value is missing when the next word is an option.
        { ["export", "--project", "--format", "json"], "--project needs a value" },
        // --opt= with nothing after it is no value either.
        { ["export", "--project="], "--project needs a value" },
        // Only json and iati are formats of export.
        { ["export", "--project", "1", "--format", "xml"], "export: --format must be json or iati, not 'xml'" },
        // An option given twice.
        { ["export", "--project", "1", "--project", "2"], "export: --project is given more than once" },
        // A stray word after the options.
        { ["export", "--project", "1", "plan.json"], "export: unexpected argument 'plan.json'" },
        // An option export does not have; the message lists the ones it has.
        { ["export", "--project", "1", "--verbose"], "export: unknown option '--verbose'; export takes --project, --format, --output, --programme, --reporting-org, --data, --help" },
        // projects has two formats.
        { ["projects", "--format", "xml"], "projects: --format must be text or json, not 'xml'" },
        // projects takes no arguments.
        { ["projects", "all"], "projects: unexpected argument 'all'" },
        // serve passes unknown options on to ASP.NET Core, but a bare word is nobody's.
        { ["serve", "now"], "serve: unexpected argument 'now'" },
        // import needs something to import.
        { ["import"], "import: give at least one FILE to import" },
        // import has two output formats.
        { ["import", "a.txt", "--format", "xml"], "import: --format must be text or json, not 'xml'" },
        // --project names where to store, so it needs --save.
        { ["import", "a.txt", "--project", "1"], "import: --project ID only makes sense with --save" },
        // One project gets one new version at a time.
        { ["import", "a.txt", "b.txt", "--save", "--project", "1"], "import: --project ID takes exactly one FILE" },
        // --save takes no value; a stray option is refused with the list of known ones.
        { ["import", "a.txt", "--verbose"], "import: unknown option '--verbose'; import takes --format, --project, --take, --save, --facts, --data, --help" },
        // serve's own --urls still needs its value.
        { ["serve", "--urls"], "serve: --urls needs a value" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task Bad_arguments_are_exit_2_with_one_clear_line_and_the_help_hint(string[] args, string expected)
    {
        var result = await CliRun.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal(2, result.ErrorLines.Length);
        Assert.StartsWith("hankevahti", result.ErrorLines[0]);
        Assert.Contains(expected, result.ErrorLines[0]);
        Assert.Equal("Run 'hankevahti --help' for usage.", result.ErrorLines[1]);
    }

    [Fact]
    public async Task Export_writes_the_stored_json_which_reads_back_as_the_same_plan()
    {
        var result = await CliRun.RunAsync("export", "--project", fixture.DemoId.ToString(), "--format", "json", "--data", Dir);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        var read = PlanJson.Deserialize(result.Out);
        Assert.True(read.Success, read.Error);
        // Records compare lists by reference, so plans are compared in their canonical form.
        Assert.Equal(PlanJson.Serialize(DemoPlan.Load()), PlanJson.Serialize(read.Plan!));
        await using var db = HankevahtiDb.Create(fixture.Data.Settings);
        Assert.Equal((await db.LatestVersionAsync(fixture.DemoId))!.PlanJson, result.Out);
    }

    [Fact]
    public async Task Export_exports_the_latest_version()
    {
        using var data = new TempDataFolder();
        var id = await data.StoreAsync(DemoPlan.Load());
        var changed = DemoPlan.Load() with { Risks = [] };
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            await db.AddVersionAsync(id, changed, "edit");
        }

        var result = await CliRun.RunAsync("--data", data.Path, "export", $"--project={id}");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(PlanJson.Serialize(changed), result.Out);
    }

    [Fact]
    public async Task Export_to_a_file_writes_the_json_there_and_nothing_to_stdout()
    {
        var file = Path.Combine(Dir, "out", "..", $"export-{Guid.NewGuid():N}.json");

        var result = await CliRun.RunAsync("export", "--project", fixture.DemoId.ToString(), "--output", file, "--data", Dir);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Empty(result.Error);
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], "the file must not start with a byte order mark");
        Assert.Equal(PlanJson.Serialize(DemoPlan.Load()), System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task Export_to_a_folder_that_does_not_exist_is_exit_1_with_the_reason()
    {
        var file = Path.Combine(Dir, "no-such-folder", "plan.json");

        var result = await CliRun.RunAsync("export", "--project", fixture.DemoId.ToString(), "--output", file, "--data", Dir);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"hankevahti export: cannot write '{file}': ", line);
    }

    [Fact]
    public async Task Export_of_an_unknown_project_is_exit_1_and_says_so()
    {
        var result = await CliRun.RunAsync("export", "--project", "999", "--data", Dir);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("hankevahti export: no project with id 999", line);
    }

    [Fact]
    public async Task Projects_lists_id_name_programme_and_period_separated_by_tabs()
    {
        var demo = DemoPlan.Load();

        var result = await CliRun.RunAsync("projects", "--data", Dir);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.Contains($"{fixture.DemoId}\t{demo.Project.Name}\t{demo.Project.Programme!.Name}\t1.1.2026–31.12.2027\n", result.Out);
    }

    [Fact]
    public async Task Projects_as_json_is_an_array_for_scripts()
    {
        var result = await CliRun.RunAsync("projects", "--format", "json", "--data", Dir);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        var demo = json.RootElement.EnumerateArray().Single(p => p.GetProperty("id").GetInt32() == fixture.DemoId);
        Assert.Equal(DemoPlan.Load().Project.Name, demo.GetProperty("name").GetString());
        Assert.Equal("SUPA", demo.GetProperty("shortName").GetString());
        Assert.Equal(DemoPlan.Load().Project.Programme!.Name, demo.GetProperty("programme").GetString());
        Assert.Equal("2026-01-01", demo.GetProperty("periodStart").GetString());
        Assert.Equal("2027-12-31", demo.GetProperty("periodEnd").GetString());
        Assert.True(demo.GetProperty("versions").GetInt32() >= 1);
    }

    [Fact]
    public async Task Projects_on_a_new_folder_creates_the_database_and_lists_nothing()
    {
        using var data = new TempDataFolder();
        var folder = Path.Combine(data.Path, "new");

        var text = await CliRun.RunAsync("projects", "--data", folder);
        var json = await CliRun.RunAsync("projects", "--data", folder, "--format", "json");

        Assert.Equal(0, text.ExitCode);
        Assert.Empty(text.Out);
        Assert.Equal("[]\n", json.Out);
        // Migrated, but the CLI never seeds the demo: that is the web app's first-run courtesy.
        Assert.True(File.Exists(Path.Combine(folder, DatabaseSettings.DatabaseFileName)));
        await using var db = HankevahtiDb.Create(DatabaseSettings.Sqlite(folder));
        Assert.Equal(0, await db.Projects.CountAsync());
    }

    [Fact]
    public async Task A_database_that_cannot_be_opened_is_exit_1_with_one_line_and_no_stack_trace()
    {
        using var data = new TempDataFolder();
        // A file where the data folder should be: the database can be neither created nor opened.
        var notAFolder = Path.Combine(data.Path, "file");
        await File.WriteAllTextAsync(notAFolder, "x");

        var result = await CliRun.RunAsync("projects", "--data", notAFolder);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"hankevahti: error: database SQLite {Path.Combine(notAFolder, DatabaseSettings.DatabaseFileName)}: ", line);
        Assert.DoesNotContain(" at ", line);
    }

    [Fact]
    public async Task Data_option_is_taken_before_or_after_the_command()
    {
        var before = await CliRun.RunAsync("--data", Dir, "projects");
        var after = await CliRun.RunAsync("projects", $"--data={Dir}");

        Assert.Equal(0, before.ExitCode);
        Assert.Contains(DemoPlan.Load().Project.Name, before.Out);
        Assert.Equal(before.Out, after.Out);
    }

    [Fact]
    public void Settings_use_the_data_folder_given()
    {
        var settings = CliApp.ResolveSettings(Dir);

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal(Path.Combine(Path.GetFullPath(Dir), DatabaseSettings.DatabaseFileName), settings.SqliteFile);
    }
}
