using System.Text.Json;
using Hankevahti.Demo;
using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Versions;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Cli;

/// <summary>The demo project stored three times: version 2 moves a budget line to another part, version 3 changes a risk's title.</summary>
public sealed class CliDiffFixture : IAsyncLifetime
{
    public TempDataFolder Data { get; } = new();
    public int Id { get; private set; }
    public BudgetLine Moved { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var plan = PlanIds.Fill(DemoPlan.Load());
        Id = await Data.StoreAsync(plan);
        Moved = plan.Budget.Lines.First(l => l.PartCode == "1.1");
        await using var db = HankevahtiDb.Create(Data.Settings);
        var second = PlanIds.Copy(plan);
        second.Budget.Lines[second.Budget.Lines.FindIndex(l => l.Id == Moved.Id)] = Moved with { PartCode = "2.1" };
        await db.AddVersionAsync(Id, second, "edit");
        var third = PlanIds.Copy(second);
        third.Risks[0] = third.Risks[0] with { Title = "Kuvitteellinen uusi otsikko" };
        await db.AddVersionAsync(Id, third, "edit");
    }

    public Task DisposeAsync()
    {
        Data.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class CliDiffTests(CliDiffFixture fixture) : IClassFixture<CliDiffFixture>
{
    private string Dir => fixture.Data.Path;
    private string Id => fixture.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_budget_line_moved_between_parts_is_printed_as_a_move_with_its_amount()
    {
        var result = await CliRun.RunAsync("diff", "--project", Id, "1", "2", "--data", Dir, "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.StartsWith($"Changes: project {Id}, version 1 → 2\n", result.Out);
        var amount = Hankevahti.Checks.Say.Euros(fixture.Moved.Amount).En;
        Assert.Contains($"{amount} moved from Työpaketti 1.1 to Työpaketti 2.1", result.Out);
        Assert.Contains("partCode: «1.1» → «2.1»", result.Out);
        Assert.DoesNotContain("Risks", result.Out);
    }

    [Fact]
    public async Task To_defaults_to_the_latest_version_and_Finnish_is_the_default_language()
    {
        var result = await CliRun.RunAsync("diff", "--project", Id, "2", "--data", Dir);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"Muutokset: hanke {Id}, versio 2 → 3\n", result.Out);
        Assert.Contains("Riskit", result.Out);
        Assert.Contains("title: «", result.Out);
        Assert.Contains("» → «Kuvitteellinen uusi otsikko»", result.Out);
    }

    [Fact]
    public async Task Json_names_the_versions_and_lists_the_move()
    {
        var result = await CliRun.RunAsync("diff", "--project", Id, "1", "3", "--format", "json", "--data", Dir);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal((fixture.Id, 1, 3), (root.GetProperty("project").GetInt32(), root.GetProperty("from").GetInt32(), root.GetProperty("to").GetInt32()));
        Assert.False(root.GetProperty("empty").GetBoolean());
        var move = root.GetProperty("money").GetProperty("moves").EnumerateArray().Single(m => m.GetProperty("dimension").GetString() == "part");
        Assert.Equal(("1.1", "2.1", fixture.Moved.Amount), (move.GetProperty("from").GetString(), move.GetProperty("to").GetString(), move.GetProperty("amount").GetDecimal()));
        Assert.Equal(["budget", "risks"], root.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("part").GetString()));
    }

    [Fact]
    public async Task A_version_compared_with_itself_has_no_changes_and_exit_0()
    {
        var result = await CliRun.RunAsync("diff", "--project", Id, "3", "3", "--data", Dir, "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No changes.", result.Out);
    }

    /// <summary>Bad command lines: exit code 2, the problem named, nothing on standard output.</summary>
    public static TheoryData<string[], string> BadArguments => new()
    {
        // The project cannot be guessed.
        { ["diff", "1", "2"], "diff: --project ID is required" },
        // Not an id.
        { ["diff", "--project", "x", "1"], "diff: --project must be a project id (a positive whole number), not 'x'" },
        // No FROM version.
        { ["diff", "--project", "1"], "diff: give FROM and optionally TO" },
        // Three versions.
        { ["diff", "--project", "1", "1", "2", "3"], "diff: give FROM and optionally TO" },
        // A version is a whole number from 1.
        { ["diff", "--project", "1", "0"], "diff: FROM must be a version number (a positive whole number), not '0'" },
        { ["diff", "--project", "1", "1", "v2"], "diff: TO must be a version number (a positive whole number), not 'v2'" },
        // Two formats only.
        { ["diff", "--project", "1", "1", "--format", "html"], "diff: --format must be text or json, not 'html'" },
        // Two languages only.
        { ["diff", "--project", "1", "1", "--lang", "sv"], "diff: --lang must be fi or en, not 'sv'" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task Bad_usage_is_exit_2(string[] args, string message)
    {
        var result = await CliRun.RunAsync([.. args, "--data", Dir]);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains(message, result.ErrorLines[0]);
        Assert.Equal("Run 'hankevahti --help' for usage.", result.ErrorLines[1]);
    }

    [Theory]
    // No such project.
    [InlineData("999", "1", "diff: no project with id 999")]
    // No such version: the message says which versions there are.
    [InlineData(null, "9", "has no version 9; its versions are 1–3")]
    public async Task A_missing_project_or_version_is_exit_1(string? project, string version, string message)
    {
        var result = await CliRun.RunAsync("diff", "--project", project ?? Id, version, "--data", Dir);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public async Task Help_describes_the_command()
    {
        var result = await CliRun.RunAsync("diff", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Usage: hankevahti diff --project ID FROM [TO]", result.Out);
    }
}

/// <summary>The acceptance case on the real plan 001: one budget line moved between its parts.</summary>
public sealed class CliDiffSeedTests
{
    [Fact]
    public async Task A_budget_line_of_001_moved_between_parts_is_printed_as_a_move_with_its_amount()
    {
        using var data = new TempDataFolder();
        var imported = PlanImporter.ImportFile(Path.Combine(SeedFiles.Folder, "001_6d6c3ec0957ecc99.txt"));
        Assert.True(imported.Succeeded, imported.Error);
        var plan = PlanIds.Fill(imported.Plan!);
        var id = await data.StoreAsync(plan);
        var index = plan.Budget.Lines.FindIndex(l => l.Kind == FigureKind.Planned && l.Amount > 0 && l.PartCode is not null);
        var line = plan.Budget.Lines[index];
        var target = plan.Budget.Lines.Select(l => l.PartCode).First(c => c is not null && !string.Equals(c, line.PartCode, StringComparison.OrdinalIgnoreCase))!;
        var moved = PlanIds.Copy(plan);
        moved.Budget.Lines[index] = line with { PartCode = target };
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            await db.AddVersionAsync(id, moved, "edit");
        }

        var result = await CliRun.RunAsync("diff", "--project", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "1", "--data", data.Path);

        Assert.Equal(0, result.ExitCode);
        var amount = Hankevahti.Checks.Say.Euros(line.Amount).Fi;
        Assert.Matches($@"(?m)^  {System.Text.RegularExpressions.Regex.Escape(amount)} siirretty: \S.* {System.Text.RegularExpressions.Regex.Escape(line.PartCode!)} → \S.* {System.Text.RegularExpressions.Regex.Escape(target)}$", result.Out);
    }
}
