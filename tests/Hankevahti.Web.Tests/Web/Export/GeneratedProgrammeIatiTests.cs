using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Hankevahti.Demo.Portfolio;
using Hankevahti.Export.Iati;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web.Export;

/// <summary>
/// Issue 17's IATI acceptance on generated data: a programme of 50 projects made by the real generator (with the
/// ledger rows, values and reports it records; some plans name the programme by its alias) is exported through the
/// CLI and downloaded from the web, and both validate against the official IATI 2.03 schemas; the same validation
/// (<see cref="IatiValidation"/>) rejects the file once it is broken.
/// </summary>
public sealed class GeneratedProgrammeIatiTests : IAsyncLifetime
{
    private const string Programme = "rakenneuudistus";
    private const string Reference = "FI-PRO-1234567-8";
    private readonly TempDataFolder data = new();
    private IReadOnlyList<GeneratedProject> generated = [];
    private byte[] cliFile = [];

    public async Task InitializeAsync()
    {
        generated = await GeneratedPortfolio.WriteProgrammeAsync(data.Settings, new PortfolioSpec(50, 29, new DateOnly(2026, 12, 7)), Programme, 50);
        var file = Path.Combine(data.Path, "ohjelma.xml");
        var result = await CliRun.RunAsync("export", "--programme", Programme, "--format", "iati", "--reporting-org", Reference, "--output", file, "--data", data.Path);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal($"hankevahti export: 50 IATI activities → {file}", result.ErrorLines.Single());
        cliFile = await File.ReadAllBytesAsync(file);
    }

    public Task DisposeAsync()
    {
        data.Dispose();
        return Task.CompletedTask;
    }

    private static List<XElement> Activities(byte[] xml) => XDocument.Load(new MemoryStream(xml)).Root!.Elements("iati-activity").ToList();

    private static int ProjectOf(XElement activity) =>
        int.Parse(((string)activity.Element("iati-identifier")!)[(Reference.Length + 1)..], CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_cli_export_of_a_generated_programme_of_50_projects_is_valid_with_each_projects_ledger_sum()
    {
        var problems = IatiValidation.Problems(cliFile);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));

        var activities = Activities(cliFile);
        await using var db = HankevahtiDb.Create(data.Settings);
        var ids = await db.Projects.Select(p => p.Id).OrderBy(id => id).ToListAsync();
        Assert.Equal(50, ids.Count);
        Assert.Equal(ids, activities.Select(ProjectOf).Order());
        // Both spellings of the programme are in the file: the generator writes some keys as the profile's alias.
        Assert.True(generated.Select(p => p.Plan.Project.Programme!.Key).Distinct().Count() > 1, "no plan names the programme by its alias");

        // Each activity's transactions are its ledger rows' sum as SQL adds them (amounts read as stored, added as decimals).
        var costs = (await db.ActualCosts.Select(c => new { c.ProjectId, c.Amount }).ToListAsync())
            .GroupBy(c => c.ProjectId).ToDictionary(g => g.Key, g => g.Sum(c => c.Amount));
        Assert.True(costs.Count >= 40, $"only {costs.Count} projects have ledger rows");
        foreach (var activity in activities)
        {
            var exported = activity.Elements("transaction").Sum(t => decimal.Parse(t.Element("value")!.Value, CultureInfo.InvariantCulture));
            Assert.Equal(costs.GetValueOrDefault(ProjectOf(activity)), exported);
        }
    }

    [Fact]
    public async Task The_web_download_of_the_same_programme_is_valid_and_holds_the_same_activities()
    {
        await using var app = await RunningApp.StartAsync(data.Settings, "--Iati:ReportingOrgReference=" + Reference);

        using var response = await app.Http.GetAsync($"/programmes/{Programme}/export/iati");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var problems = IatiValidation.Problems(bytes);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        Assert.Equal(Activities(cliFile).Select(a => a.ToString()), Activities(bytes).Select(a => a.ToString()));
    }

    /// <summary>Each row: how the valid file is broken, and a word the validator's error must name.</summary>
    public static TheoryData<string, Action<XDocument>, string> Breakages() => new()
    {
        // A required element gone from one activity of fifty.
        { "missing iati-identifier", d => d.Root!.Elements("iati-activity").Last().Element("iati-identifier")!.Remove(), "iati-identifier" },
        // The schema is a sequence: the title after the description is out of order.
        { "title out of order", d => { var a = d.Root!.Elements("iati-activity").First(); var t = a.Element("title")!; t.Remove(); a.Element("description")!.AddAfterSelf(t); }, "title" },
        // A Finnish decimal comma in an amount is no xsd:decimal.
        { "decimal comma", d => d.Descendants("transaction").First().Element("value")!.Value = "1234,56", "1234,56" },
        // A date of a 13th month.
        { "bad date", d => d.Descendants("activity-date").First().SetAttributeValue("iso-date", "2026-13-01"), "iso-date" },
        // An unqualified element is not IATI; only another namespace's may be added.
        { "unknown element", d => d.Root!.Elements("iati-activity").First().Add(new XElement("own-funding", "1")), "own-funding" },
        // Hankevahti's own extension is validated too: a cost category's planned amount in words.
        { "extension off its schema", d => d.Descendants(IatiExtension.Ns + "cost-category").First().SetAttributeValue("planned", "paljon"), "planned" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void The_same_validation_rejects_the_file_once_broken(string breakage, Action<XDocument> breakIt, string named)
    {
        var document = XDocument.Load(new MemoryStream(cliFile));
        breakIt(document);
        using var stream = new MemoryStream();
        document.Save(stream);

        var problems = IatiValidation.Problems(stream.ToArray());

        Assert.True(problems.Any(p => p.StartsWith("Error", StringComparison.Ordinal) && p.Contains(named, StringComparison.Ordinal)),
            $"{breakage}: expected an error naming '{named}', got: " + string.Join(" | ", problems.Take(5)));
    }
}
