using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Versions.Diff;
using Hankevahti.Web.Tests.Support;
using Hankevahti.Web.Tests.Web;

namespace Hankevahti.Web.Tests.Reimport;

/// <summary>
/// Issue 14's acceptance on each real plan, all through the web app as a user does it: the seed uploaded
/// on /import and saved as a new project (version 1); its name, period and case number corrected on the
/// key facts form (version 2); a copy of the document with two titles changed and one risk removed
/// uploaded and saved as a new version of the project (version 3, merged). The corrections stay, the
/// document's changes come in, and the diff of versions 2 → 3 lists exactly those.
/// </summary>
public sealed partial class ReimportWebTests : IDisposable
{
    private const string Name = "Korjattu hankkeen nimi";
    private const string CaseNumber = "TESTI/42/2031";
    private static readonly DateOnly Start = new(2031, 2, 1);
    private static readonly DateOnly End = new(2032, 11, 30);

    private readonly TempDataFolder data = new();
    private readonly string scratch = Directory.CreateTempSubdirectory("hankevahti-reimport-web-").FullName;

    public void Dispose()
    {
        data.Dispose();
        Directory.Delete(scratch, recursive: true);
    }

    public static TheoryData<string, bool> Seeds => new()
    {
        // The two renamed actions are named again in the schedule's text and in the monitoring section's list
        // of a work package's actions: those two sections' text changes too. The CLI diff is run on this one.
        { "000_0bb973af9e40569f.txt", true },
        // The two renamed actions are listed again in the overview section of the plan: its text changes too.
        { "001_6d6c3ec0957ecc99.txt", false },
        // The two renamed actions are named nowhere else in the text: the titles and the risk alone.
        { "004_fa70939ff779b7af.txt", false },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Corrections_made_on_the_pages_stay_and_the_diff_lists_exactly_the_documents_changes(string seed, bool runCli)
    {
        int id;
        await using (var app = await RunningApp.StartAsync(data.Settings))
        {
            using var client = new ImportFormClient(app.Address);

            // 1. The seed uploaded and saved as a new project.
            id = await SaveAsNewProjectAsync(client, seed, File.ReadAllBytes(Path.Combine(SeedFiles.Folder, seed)));

            // 2. The three corrections on the key facts form, the other fields sent back as the form shows them.
            var fields = await FormFieldsAsync(client, $"/projects/{id}/facts?edit=1");
            fields["Input.Name"] = Name;
            fields["Input.PeriodStart"] = Start.ToString("d.M.yyyy", CultureInfo.InvariantCulture);
            fields["Input.PeriodEnd"] = End.ToString("d.M.yyyy", CultureInfo.InvariantCulture);
            fields["Input.CaseNumber"] = CaseNumber;
            using (var facts = await client.PostAsync($"/projects/{id}/facts?edit=1", $"/projects/{id}/facts", fields))
            {
                Assert.Equal(HttpStatusCode.Redirect, facts.StatusCode);
            }

            // 3. The changed copy, under the seed's own name, saved as a new version of the project.
            var imported = await PlanAsync(id, 1);
            var changed = ChangedSeed.Make(seed, imported, scratch);
            await SaveAsNewVersionAsync(client, id, seed, File.ReadAllBytes(changed.File));

            var corrected = await PlanAsync(id, 2);
            var latest = await PlanAsync(id, 3);

            // The form changed the three fields and nothing else: the diff of 1 → 2 is the project's facts alone.
            var correction = Lines(PlanDiff.Compare(imported, corrected));
            Assert.All(correction, l => Assert.StartsWith("changed project project ", l));
            Assert.Contains("changed project project name", correction);
            Assert.Contains("changed project project caseNumber", correction);
            Assert.Contains(correction, l => l.StartsWith("changed project project period", StringComparison.Ordinal));

            // The corrections stay in version 3.
            Assert.Equal((Name, CaseNumber), (latest.Project.Name, latest.Project.CaseNumber));
            Assert.Equal((Start, End), (latest.Project.Period?.Start, latest.Project.Period?.End));
            // The two changes come in, on the items they were made in, and the risk is gone.
            foreach (var (_, itemId, _, newTitle) in changed.Changed)
            {
                Assert.Equal(newTitle, Assert.Single(ChangedSeed.Items(latest), i => i.Id == itemId).Title);
            }
            Assert.DoesNotContain(latest.Risks, r => r.Id == changed.Removed.Id);

            // The diff of 2 → 3 lists exactly those.
            var diff = PlanDiff.Compare(corrected, latest);
            var expected = changed.Changed.Select(c => $"changed {c.Kind} {c.Id} title")
                .Append($"removed risk {changed.Removed.Id}")
                .Concat(SectionsHolding(corrected, changed))
                .Order(StringComparer.Ordinal)
                .ToList();
            Assert.Equal(expected, Lines(diff));
            // A title and a risk are no money, funding, targets or dates.
            Assert.Empty(diff.Money.Moves);
            Assert.Empty(diff.Money.Unpaired);
            Assert.False(diff.Funding.Changed);
            Assert.Empty(diff.IndicatorTargets);
            Assert.Empty(diff.ScheduleShifts);

            if (!runCli)
            {
                return;
            }
            // 4. The same diff printed by the command, on the same data folder.
            var cli = await CliRun.RunAsync("diff", "--project", id.ToString(CultureInfo.InvariantCulture), "2", "3", "--data", data.Path, "--lang", "en");
            Assert.Equal(0, cli.ExitCode);
            Assert.Empty(cli.Error);
            Assert.StartsWith($"Changes: project {id}, version 2 → 3\n", cli.Out);
            foreach (var (_, _, oldTitle, newTitle) in changed.Changed)
            {
                Assert.Contains($"title: «{oldTitle}» → «{newTitle}»", cli.Out);
            }
            var removed = Assert.Single(diff.Parts.Single(p => p.Part == "risks").Removed);
            Assert.Contains($"\nRisks\n  − risk {removed.Label}\n", cli.Out);
        }
    }

    /// <summary>
    /// The sections whose text or heading named a changed item. A section's text is the document's own words,
    /// so a title renamed in it, or a risk's lines taken out of it, is a real change of that section.
    /// </summary>
    private static IEnumerable<string> SectionsHolding(Plan plan, ChangedSeed changed)
    {
        var words = changed.Changed.Select(c => c.OldTitle).ToList();
        foreach (var section in Sections(plan.Sections))
        {
            if (words.Any(w => section.Title.Contains(w, StringComparison.Ordinal)))
            {
                yield return $"changed section {section.Id} title";
            }
            if (words.Append(changed.Removed.Title).Any(w => section.Text.Contains(w, StringComparison.Ordinal)))
            {
                yield return $"changed section {section.Id} text";
            }
        }
    }

    private static IEnumerable<Section> Sections(IEnumerable<Section> sections) => sections.SelectMany(s => Sections(s.Children).Prepend(s));

    /// <summary>The diff as lines "added|removed|changed kind id [field]", sorted: what a user would read as a change.</summary>
    private static List<string> Lines(PlanDiffResult diff) =>
        diff.Parts.SelectMany(p =>
                p.Added.Select(a => $"added {a.Kind} {a.Id}")
                    .Concat(p.Removed.Select(r => $"removed {r.Kind} {r.Id}"))
                    .Concat(p.Changed.SelectMany(c => c.Fields.Select(f => $"changed {c.Kind} {c.Id} {f.Field}")
                        .Concat(c.Moved is null ? [] : [$"moved {c.Kind} {c.Id}"]))))
            .Order(StringComparer.Ordinal)
            .ToList();

    private async Task<Plan> PlanAsync(int id, int number)
    {
        await using var db = HankevahtiDb.Create(data.Settings);
        var stored = await db.VersionPlanAsync(id, number);
        Assert.NotNull(stored);
        Assert.Null(stored.Error);
        return stored.Plan!;
    }

    private static async Task<int> SaveAsNewProjectAsync(ImportFormClient client, string name, byte[] content)
    {
        var preview = await client.UploadToPreviewAsync(name, content);
        using var response = await client.PostAsync(preview, "/import/preview?handler=New", [new("t", preview.Split("t=")[1])]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(ProjectAddress().Match(response.Headers.Location!.OriginalString).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Saves the upload as the project's next version. The merge keeps the corrections made on the pages, so
    /// the preview first shows what it keeps; with no conflict to decide, the user confirms and it is saved.
    /// </summary>
    private static async Task SaveAsNewVersionAsync(ImportFormClient client, int id, string name, byte[] content)
    {
        var preview = await client.UploadToPreviewAsync(name, content);
        var t = preview.Split("t=")[1];
        var project = id.ToString(CultureInfo.InvariantCulture);
        using var shown = await client.PostAsync(preview, "/import/preview?handler=Version", [new("t", t), new("ProjectId", project)]);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        var html = await shown.Content.ReadAsStringAsync();
        Assert.Contains("name=\"Confirm\" value=\"true\"", html);
        // No conflict: nothing for the user to decide.
        Assert.DoesNotContain("name=\"merge:", html);
        using var confirmed = await client.PostWithTokenAsync(ImportFormClient.Token(html), "/import/preview?handler=Version",
            [new("t", t), new("ProjectId", project), new("Confirm", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal($"/projects/{id}", confirmed.Headers.Location!.OriginalString);
    }

    /// <summary>The fields of the page's edit form as a browser would send them: inputs' values, textareas' text, selects' chosen options.</summary>
    private static async Task<Dictionary<string, string>> FormFieldsAsync(ImportFormClient client, string path)
    {
        var (status, html) = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        var start = html.IndexOf("class=\"edit facts-form\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no facts form on the page");
        var form = html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)];
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in InputTag().Matches(form))
        {
            var tag = input.Value;
            if (Attribute(tag, "name") is { } name && name != "__RequestVerificationToken" && Attribute(tag, "type") is not ("submit" or "button"))
            {
                fields[name] = Attribute(tag, "value") ?? "";
            }
        }
        foreach (Match area in TextareaTag().Matches(form))
        {
            // A browser drops the one line break that follows the opening tag.
            var text = WebUtility.HtmlDecode(area.Groups[2].Value);
            fields[Attribute(area.Groups[1].Value, "name")!] = text.StartsWith('\n') ? text[1..] : text;
        }
        foreach (Match select in SelectTag().Matches(form))
        {
            var options = OptionTag().Matches(select.Groups[2].Value).Select(o => o.Value).ToList();
            var chosen = options.FirstOrDefault(o => o.Contains("selected", StringComparison.Ordinal)) ?? options.FirstOrDefault();
            fields[Attribute(select.Groups[1].Value, "name")!] = chosen is null ? "" : Attribute(chosen, "value") ?? "";
        }
        return fields;
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("<textarea\\b([^>]*)>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextareaTag();

    [GeneratedRegex("<select\\b([^>]*)>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectTag();

    [GeneratedRegex("<option\\b[^>]*>")]
    private static partial Regex OptionTag();

    [GeneratedRegex("^/projects/([0-9]+)$")]
    private static partial Regex ProjectAddress();
}
