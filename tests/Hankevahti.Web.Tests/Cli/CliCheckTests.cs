using System.Text.Json;
using Hankevahti.Checks;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Cli;

/// <summary>'hankevahti check' on the real plans, on a stored project, and on bad usage.</summary>
public sealed class CliCheckTests(CliDataFixture fixture) : IClassFixture<CliDataFixture>
{
    private const string HyvanTyon = "000_0bb973af9e40569f.txt";
    private const string Rakenneuudistus = "001_6d6c3ec0957ecc99.txt";
    private const string Rrf = "004_fa70939ff779b7af.txt";
    private static string Seed(string name) => Path.Combine(SeedFiles.Folder, name);
    private string Dir => fixture.Data.Path;

    [Theory]
    [InlineData(HyvanTyon)]
    [InlineData(Rakenneuudistus)]
    [InlineData(Rrf)]
    public async Task Json_summary_counts_the_findings_and_the_exit_code_follows_the_errors(string seed)
    {
        var result = await CliRun.RunAsync("check", Seed(seed), "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var errors = findings.Count(f => f.GetProperty("severity").GetString() == "error");
        Assert.NotEmpty(findings);
        Assert.Equal(errors, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(errors > 0 ? 1 : 0, result.ExitCode);
        Assert.Equal(seed, json.RootElement.GetProperty("file").GetString());
        Assert.All(findings, f =>
        {
            Assert.Matches(@"^HV-[A-Z]+-\d{3}$", f.GetProperty("code").GetString());
            Assert.NotEmpty(f.GetProperty("message").GetProperty("fi").GetString()!);
            Assert.NotEmpty(f.GetProperty("message").GetProperty("en").GetString()!);
        });
        // An imported file's findings point to lines of it, not just to model paths.
        Assert.Contains(findings, f => f.GetProperty("place").TryGetProperty("source", out var s) && s.TryGetProperty("line", out _));
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Text_output_groups_by_section_and_ends_with_the_summary_line()
    {
        var result = await CliRun.RunAsync("check", Seed(Rakenneuudistus));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"Tarkistus: {Rakenneuudistus} — profiili: ", result.Out);
        Assert.Matches(@"(?m)^1\.3 \S", result.Out);
        Assert.Matches(@"(?m)^  VIRHE    HV-[A-Z]+-\d{3}  rivi \d+", result.Out);
        Assert.Matches(@"\n\d+ virhe(ttä)?, \d+ varoitus(ta)?, \d+ huomautus(ta)?\n$", result.Out);
    }

    [Fact]
    public async Task English_on_request()
    {
        var result = await CliRun.RunAsync("check", Seed(Rakenneuudistus), "--lang", "en");

        Assert.StartsWith($"Check of {Rakenneuudistus} — profile: ", result.Out);
        Assert.Matches(@"\n\d+ errors?, \d+ warnings?, \d+ info\n$", result.Out);
    }

    [Fact]
    public async Task Min_severity_hides_the_lesser_findings_but_not_the_exit_code()
    {
        var all = await CliRun.RunAsync("check", Seed(Rakenneuudistus), "--format", "json");
        var errorsOnly = await CliRun.RunAsync("check", Seed(Rakenneuudistus), "--format", "json", "--min-severity", "error");

        using var allJson = JsonDocument.Parse(all.Out);
        using var errorJson = JsonDocument.Parse(errorsOnly.Out);
        var severities = errorJson.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("severity").GetString()).Distinct();
        Assert.Equal(["error"], severities);
        Assert.True(allJson.RootElement.GetProperty("findings").GetArrayLength() > errorJson.RootElement.GetProperty("findings").GetArrayLength());
        Assert.Equal(1, errorsOnly.ExitCode);
        // The summary still counts every finding and says how many were left out.
        var hidden = allJson.RootElement.GetProperty("findings").GetArrayLength() - errorJson.RootElement.GetProperty("findings").GetArrayLength();
        Assert.Equal(hidden, errorJson.RootElement.GetProperty("summary").GetProperty("notShown").GetInt32());
        Assert.Equal(allJson.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32(), errorJson.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32());
        var text = await CliRun.RunAsync("check", Seed(HyvanTyon), "--min-severity", "error");
        Assert.Matches(@"\(\d+ ei näytetty: --min-severity\)\n$", text.Out);
        Assert.DoesNotContain("VAROITUS", text.Out);
    }

    [Fact]
    public async Task Rules_lists_every_rule_with_code_severity_and_title()
    {
        var text = await CliRun.RunAsync("check", "--rules");
        var json = await CliRun.RunAsync("check", "--rules", "--format", "json", "--lang", "en");

        Assert.Equal(0, text.ExitCode);
        foreach (var rule in RuleCatalog.All)
        {
            Assert.Contains($"{rule.Code}  ", text.Out);
            Assert.Contains(rule.Title.Fi, text.Out);
        }
        Assert.EndsWith($"{RuleCatalog.All.Count} sääntöä\n", text.Out);
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal(RuleCatalog.All.Select(r => r.Code), doc.RootElement.EnumerateArray().Select(r => r.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_stored_project_is_checked_by_id_and_the_demo_has_no_error_or_warning()
    {
        var result = await CliRun.RunAsync("check", "--project", fixture.DemoId.ToString(), "--data", Dir);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"Tarkistus: project {fixture.DemoId} version 1", result.Out);
        Assert.Matches(@"\n0 virhettä, 0 varoitusta, \d+ huomautus(ta)?\n$", result.Out);
    }

    [Theory]
    // Each bad use gets exit 2 and a message saying what was expected.
    [InlineData("--format xml", "--format must be text or json")]
    [InlineData("", "give a FILE to check")]
    [InlineData("plan.docx --min-severity fatal", "--min-severity must be info, warning or error")]
    [InlineData("--project abc", "--project must be a project id")]
    [InlineData("plan.docx --project 1", "either FILE or --project ID")]
    [InlineData("plan.docx --lang sv", "--lang must be fi or en")]
    [InlineData("plan.docx --profile erasmus", "--profile must be one of generic")]
    [InlineData("--rules plan.docx", "--rules lists the rules")]
    [InlineData("--rules --min-severity error", "--rules lists the rules")]
    public async Task Bad_usage_exits_with_2_and_says_what_was_expected(string args, string message)
    {
        var result = await CliRun.RunAsync(["check", .. args.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task A_missing_project_or_file_exits_with_1_naming_it()
    {
        var project = await CliRun.RunAsync("check", "--project", "999", "--data", Dir);
        var file = await CliRun.RunAsync("check", Path.Combine(Dir, "no-such-plan.docx"));

        Assert.Equal(1, project.ExitCode);
        Assert.Contains("no project with id 999", project.Error);
        Assert.Equal(1, file.ExitCode);
        Assert.Contains("no-such-plan.docx", file.Error);
    }
}
