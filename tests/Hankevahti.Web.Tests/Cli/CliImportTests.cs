using Hankevahti.Json;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Cli;

/// <summary>'hankevahti import' on the real plans in ../shared/seeds and on bad input.</summary>
public sealed class CliImportTests : IDisposable
{
    private static string SeedFolder => SeedFiles.Folder;
    private static string Seed(string name) => Path.Combine(SeedFolder, name);
    private const string HyvanTyon = "000_0bb973af9e40569f.txt";
    private const string Rakenneuudistus = "001_6d6c3ec0957ecc99.txt";
    private const string Rrf = "004_fa70939ff779b7af.txt";

    private readonly TempDataFolder data = new();
    private readonly string scratch = Directory.CreateTempSubdirectory("hankevahti-import-").FullName;

    public void Dispose()
    {
        data.Dispose();
        Directory.Delete(scratch, recursive: true);
    }

    [Fact]
    public async Task Summary_names_the_title_and_counts_for_a_real_plan()
    {
        var result = await CliRun.RunAsync("import", Seed(HyvanTyon));

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"{HyvanTyon}: ", result.Out);
        foreach (var label in new[] { "organisations", "parts", "actions", "indicators", "risks", "budget total", "coverage", "warnings" })
        {
            Assert.Matches($@"(?m)^  {label} +\S", result.Out);
        }
        Assert.Matches(@"coverage +\d+(\.\d+)? % placed", result.Out);
    }

    [Fact]
    public async Task Json_is_the_canonical_plan_with_the_coverage_report()
    {
        var result = await CliRun.RunAsync("import", Seed(Rakenneuudistus), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var read = PlanJson.Deserialize(result.Out);
        Assert.True(read.Success, read.Error);
        Assert.Equal(result.Out, PlanJson.Serialize(read.Plan!));
        Assert.Equal(Rakenneuudistus, read.Plan!.Import!.File);
        Assert.Equal("wordText", read.Plan.Import.Format);
        Assert.True(read.Plan.Import.TotalWords > 1000);
        Assert.Contains(read.Plan.Sections, s => s.Source?.Line is not null);
    }

    // --facts prints the fingerprint (docs/facts.md) instead of the summary: one fact a line, in a fixed order.
    [Fact]
    public async Task Facts_prints_the_fingerprint_one_fact_a_line()
    {
        var result = await CliRun.RunAsync("import", Seed(Rakenneuudistus), "--facts");

        Assert.Equal(0, result.ExitCode);
        var fields = result.Out.TrimEnd('\n').Split('\n').Select(l => l[..l.IndexOfAny([' ', ':'])]).Distinct().ToList();
        Assert.Equal(["title", "lead", "parts", "part", "actions", "actions.scheduled", "budget.total", "budget.part",
            "funding.ownShare", "funding.own", "funding.grantShare", "funding.grant", "risks", "risk", "indicators"], fields);
        Assert.Contains("funding.ownShare: 20 %\n", result.Out);
        Assert.Equal(result.Out, (await CliRun.RunAsync("import", Seed(Rakenneuudistus), "--facts")).Out);
    }

    [Fact]
    public async Task Facts_as_json_has_every_field_and_several_files_name_theirs()
    {
        var one = await CliRun.RunAsync("import", Seed(Rrf), "--facts", "--format", "json");
        var several = await CliRun.RunAsync("import", Seed(HyvanTyon), Seed(Rrf), "--facts", "--format", "json");

        Assert.Equal(0, one.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(one.Out);
        Assert.Equal(["title", "lead", "parts", "actions", "scheduledActions", "budgetTotal", "partTotals", "ownFundingShare", "ownFunding",
            "grantShare", "grant", "risks", "indicators"], doc.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, several.ExitCode);
        using var array = System.Text.Json.JsonDocument.Parse(several.Out);
        Assert.Equal([HyvanTyon, Rrf], array.RootElement.EnumerateArray().Select(e => e.GetProperty("file").GetString()));
        Assert.True(System.Text.Json.JsonElement.DeepEquals(doc.RootElement, array.RootElement[1].GetProperty("facts")));
    }

    [Fact]
    public async Task Several_files_show_progress_and_print_a_summary_each()
    {
        var result = await CliRun.RunAsync("import", Seed(HyvanTyon), Seed(Rakenneuudistus), Seed(Rrf));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1/3", result.Error);
        Assert.Contains("3/3 done", result.Error);
        foreach (var seed in new[] { HyvanTyon, Rakenneuudistus, Rrf })
        {
            Assert.Contains($"{seed}: ", result.Out);
        }
    }

    [Fact]
    public async Task Save_stores_a_new_project_and_project_adds_a_version()
    {
        var saved = await CliRun.RunAsync("import", Seed(Rrf), "--save", "--data", data.Path);
        Assert.Equal(0, saved.ExitCode);
        var id = int.Parse(System.Text.RegularExpressions.Regex.Match(saved.Error, @"stored as project (\d+)").Groups[1].Value);

        var again = await CliRun.RunAsync("import", Seed(Rrf), "--save", "--project", id.ToString(), "--data", data.Path);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains($"stored as version 2 of project {id}", again.Error);

        await using var db = HankevahtiDb.Create(data.Settings);
        var versions = await db.PlanVersions.Where(v => v.ProjectId == id).OrderBy(v => v.Number).ToListAsync();
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal($"import:{Rrf}", versions[0].Origin);
        var stored = (await db.LatestPlanAsync(id))!.Plan;
        Assert.Equal(Rrf, stored!.Import!.File);
    }

    [Fact]
    public async Task Project_that_does_not_exist_stores_nothing()
    {
        var result = await CliRun.RunAsync("import", Seed(Rrf), "--save", "--project", "999", "--data", data.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no project with id 999", result.Error);
        Assert.Equal(0, await CountVersionsAsync());
    }

    /// <summary>
    /// Bad input: one line naming the file and the reason, exit 1, nothing stored. Each case is a way a
    /// real user's file goes wrong.
    /// </summary>
    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        // Not a plan at all, though readable text.
        { "muistio.txt", "Ostoslista\nmaitoa\nleipää\n"u8.ToArray(), "does not look like a project plan" },
        // Empty file.
        { "tyhja.txt", [], "empty" },
        // A type we do not read.
        { "plan.xlsx", [0x50, 0x4B, 0x03, 0x04], "unsupported file type" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Bad_file_is_one_line_exit_1_and_nothing_saved(string name, byte[] content, string reason)
    {
        var file = Path.Combine(scratch, name);
        await File.WriteAllBytesAsync(file, content);

        var result = await CliRun.RunAsync("import", file, "--save", "--data", data.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"hankevahti import: {name}: ", line);
        Assert.Contains(reason, line);
        Assert.Equal(0, await CountVersionsAsync());
    }

    [Fact]
    public async Task Missing_file_is_named()
    {
        var result = await CliRun.RunAsync("import", Path.Combine(scratch, "ei-ole.docx"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["hankevahti import: ei-ole.docx: file not found."], result.ErrorLines);
    }

    [Fact]
    public async Task One_bad_file_among_good_ones_fails_alone()
    {
        var bad = Path.Combine(scratch, "muistio.txt");
        await File.WriteAllTextAsync(bad, "Ostoslista\nmaitoa\n");

        var result = await CliRun.RunAsync("import", Seed(HyvanTyon), bad, "--save", "--data", data.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("muistio.txt: does not look like a project plan", result.Error);
        Assert.Contains($"{HyvanTyon}: stored as project", result.Error);
        Assert.Equal(1, await CountVersionsAsync());
    }

    private async Task<int> CountVersionsAsync()
    {
        await Migrator.MigrateAsync(data.Settings);
        await using var db = HankevahtiDb.Create(data.Settings);
        return await db.PlanVersions.CountAsync();
    }
}
