using System.Text.Json;
using Hankevahti.Json;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Cli;

/// <summary>
/// Text from a plan or a file name never reaches the terminal as control sequences: a title that
/// sets the window title (OSC) or clears the screen (CSI) is printed with its escapes made visible by
/// import, check and projects, on standard output and standard error; the JSON formats escape it.
/// </summary>
public sealed class CliTerminalTextTests : IDisposable
{
    // An invented plan: an OSC that sets the terminal's title, a CSI that clears the screen, a C1 CSI
    // (0x9B, the one-byte form) and a right-to-left override that would show the rest of the line reversed.
    private const string Title = "Hanke \u001b]0;pwned\u0007 ja \u001b[2J \u009b31m \u202eRLO\u202c";

    private static readonly string Plan =
        Title + "\n\n" +
        "Hankesuunnitelma\n\n" +
        "1 Hankkeen tarve\n\n" +
        "Tarve on suuri.\n\n" +
        "2 Riskit\n\n" +
        "Riski: Aikataulu \u001b[5mvilkkuu\u0007 venyy\n" +
        "- Kuvaus: viive\n" +
        "- Todennäköisyys: suuri\n" +
        "- Vaikutus: suuri\n";

    private readonly TempDataFolder data = new();
    private readonly string scratch = Directory.CreateTempSubdirectory("hankevahti-terminal-").FullName;

    public void Dispose()
    {
        data.Dispose();
        Directory.Delete(scratch, recursive: true);
    }

    /// <summary>The plan in a file whose name holds an escape too (a file name is text from outside as well).</summary>
    private string PlanFile(string name = "suunnitelma\u001b[8m.txt")
    {
        var path = Path.Combine(scratch, name);
        File.WriteAllText(path, Plan);
        return path;
    }

    [Fact]
    public async Task Import_summary_progress_and_save_messages_show_the_escapes_as_visible_characters()
    {
        var file = PlanFile();
        // Two files: the progress lines on standard error name them too.
        var result = await CliRun.RunAsync("import", file, file, "--save", "--data", data.Path);

        Assert.Equal(0, result.ExitCode);
        AssertNoControlCharacters(result.Out, "import stdout");
        AssertNoControlCharacters(result.Error, "import stderr");
        Assert.Contains("Hanke ␛]0;pwned␇ ja ␛[2J \\x9b31m \\u202eRLO\\u202c", result.Out);
        Assert.Contains("suunnitelma␛[8m.txt: ", result.Out);
        Assert.Contains("suunnitelma␛[8m.txt: stored as project", result.Error);
    }

    [Theory]
    // Both languages: the section labels, messages and hints come from different texts in each.
    [InlineData("fi")]
    [InlineData("en")]
    public async Task Check_text_shows_the_escapes_in_file_name_sections_and_findings_as_visible_characters(string language)
    {
        var result = await CliRun.RunAsync("check", PlanFile(), "--lang", language);

        AssertNoControlCharacters(result.Out, "check stdout");
        AssertNoControlCharacters(result.Error, "check stderr");
        Assert.Contains("suunnitelma␛[8m.txt", result.Out);
        // The risk's title, quoted by the findings that it has no owner and no mitigation.
        Assert.Contains("Aikataulu ␛[5mvilkkuu␇ venyy", result.Out);
    }

    [Fact]
    public async Task Check_of_a_stored_project_and_the_project_list_show_the_escapes_as_visible_characters()
    {
        var id = await data.StoreAsync(PlanJson.Deserialize(
            (await CliRun.RunAsync("import", PlanFile(), "--format", "json")).Out).Plan!);

        var list = await CliRun.RunAsync("projects", "--data", data.Path);
        var check = await CliRun.RunAsync("check", "--project", id.ToString(), "--data", data.Path);

        Assert.Equal(0, list.ExitCode);
        AssertNoControlCharacters(list.Out, "projects stdout");
        // The list is tab-separated: the name's own carriage return must not add a field or a line.
        var line = Assert.Single(list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(4, line.Split('\t').Length);
        Assert.Contains("Hanke ␛]0;pwned␇ ja ␛[2J", line);
        AssertNoControlCharacters(check.Out, "check --project stdout");
        AssertNoControlCharacters(check.Error, "check --project stderr");
    }

    [Fact]
    public async Task Json_formats_escape_the_control_characters_and_keep_the_text_exact()
    {
        var file = PlanFile();
        var import = await CliRun.RunAsync("import", file, "--format", "json");
        var check = await CliRun.RunAsync("check", file, "--format", "json");
        var plan = PlanJson.Deserialize(import.Out).Plan!;
        await data.StoreAsync(plan);
        var list = await CliRun.RunAsync("projects", "--format", "json", "--data", data.Path);

        foreach (var (name, json) in new[] { ("import", import.Out), ("check", check.Out), ("projects", list.Out) })
        {
            // Line breaks are the serializer's indentation; every other control character is a \u escape.
            // Bidi overrides stay as they are in JSON: they are data for a program, not commands to a terminal.
            AssertNoControlCharacters(json.Replace("\n", ""), name + " --format json", bidi: false);
            using var _ = JsonDocument.Parse(json);
        }
        // Escaped, not altered: the JSON reads back to the very title in the file.
        Assert.StartsWith("Hanke \u001b]0;pwned\u0007 ja \u001b[2J", plan.Project.Name);
        using var listed = JsonDocument.Parse(list.Out);
        Assert.Equal(plan.Project.Name, listed.RootElement[0].GetProperty("name").GetString());
    }

    /// <summary>No C0 or C1 control character (line breaks and tabs the CLI writes itself excepted) and no bidi override or isolate.</summary>
    private static void AssertNoControlCharacters(string text, string what, bool bidi = true)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var control = (c < 0x20 && c is not '\n' and not '\t') || c is >= '\u007f' and <= '\u009f'
                || (bidi && (c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069'));
            Assert.False(control, $"{what}: U+{(int)c:X4} at {i}: …{text[Math.Max(0, i - 40)..Math.Min(text.Length, i + 40)]}…");
        }
    }
}
