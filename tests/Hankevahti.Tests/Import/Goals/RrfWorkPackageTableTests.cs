using Hankevahti.Tests.Support;
using Hankevahti.Import.Common;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Import.Goals;

/// <summary>Seed 004 (RRF, PDF text): every work package's goal / action / monitoring table read row by row.</summary>
public class RrfWorkPackageTableTests
{
    private static Plan Plan => SeedImports.Plan(Seeds.Rrf);

    public static TheoryData<string> TablePackages => new() { "1.1", "1.2", "1.3", "1.4", "1.4A", "1.4B", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "4.3" };

    [Theory]
    [MemberData(nameof(TablePackages))]
    public void Each_table_gives_goals_actions_and_indicators_of_its_work_package(string code)
    {
        Assert.Contains(Plan.Goals, g => g.PartCode == code && g.Level == GoalLevel.Objective && g.Text.Length > 10);
        var part = WorkLookup.FindPart(Plan, code);
        Assert.NotNull(part);
        Assert.NotEmpty(part!.Actions);
        Assert.All(part.Actions, a => Assert.StartsWith(code + ".", a.Code));
        Assert.Contains(Plan.Indicators, i => i.WorkCodes.SequenceEqual([code]));
    }

    [Fact]
    public void Work_package_4_4_has_prose_only_so_nothing_structured()
    {
        Assert.DoesNotContain(Plan.Goals, g => g.PartCode == "4.4");
        Assert.DoesNotContain(Plan.Indicators, i => i.WorkCodes.Contains("4.4"));
        Assert.Empty(WorkLookup.FindPart(Plan, "4.4")?.Actions ?? []);
    }

    // Phrases that cross a line break of the PDF text: they also show that fragments were joined into cells.
    [Theory]
    [InlineData("1.1", "goal", "jonot saadaan purettua")]
    [InlineData("1.1", "action", "yhtenäinen suunnitelma")]
    [InlineData("1.1", "indicator", "kynnyksen sosiaalityön asiointien")]
    [InlineData("1.2", "goal", "nuoret saavat avun")]
    [InlineData("1.2", "action", "henkilöstön koulutustarve")]
    [InlineData("1.2", "indicator", "potilaat vuoden aikana")]
    [InlineData("2.1", "goal", "hyvinvointialue on julkaissut oman")]
    [InlineData("2.1", "action", "järjestöjen tietojen lisäämiseksi")]
    [InlineData("2.1", "indicator", "käyttöönotto (kyllä")]
    public void Texts_land_in_the_column_they_stood_in(string code, string column, string phrase)
    {
        var goals = Plan.Goals.Where(g => g.PartCode == code).Select(g => g.Text);
        var actions = WorkLookup.FindPart(Plan, code)!.Actions.Select(a => a.Title);
        var indicators = Plan.Indicators.Where(i => i.WorkCodes.Contains(code)).Select(i => i.Name);
        var (right, wrong) = column switch
        {
            "goal" => (goals, actions.Concat(indicators)),
            "action" => (actions, goals.Concat(indicators)),
            _ => (indicators, goals.Concat(actions)),
        };
        Assert.Contains(right, t => t.Contains(phrase, StringComparison.Ordinal));
        Assert.DoesNotContain(wrong, t => t.Contains(phrase, StringComparison.Ordinal));
    }

    [Fact]
    public void A_yes_no_measure_of_the_table_is_classified_as_yes_no()
    {
        var indicator = Plan.Indicators.Single(i => i.WorkCodes.Contains("2.1") && i.Name.StartsWith("Palvelutarjottimen", StringComparison.Ordinal) && i.Name.Contains("kyllä", StringComparison.Ordinal));
        Assert.Equal(IndicatorKind.YesNo, indicator.Kind);
    }

    [Fact]
    public void Goals_are_linked_to_the_indicators_of_their_row()
    {
        var linked = Plan.Goals.Where(g => g.PartCode == "1.1" && g.IndicatorIds.Count > 0).ToList();
        Assert.NotEmpty(linked);
        var ids = Plan.Indicators.Select(i => i.Id).ToHashSet();
        Assert.All(linked.SelectMany(g => g.IndicatorIds), id => Assert.Contains(id, ids));
        Assert.All(linked.SelectMany(g => g.IndicatorIds), id => Assert.Contains("1.1", Plan.Indicators.Single(i => i.Id == id).WorkCodes));
    }

    [Fact]
    public void Table_fragments_are_claimed_so_they_leave_the_section_text()
    {
        var wp = Plan.Sections.SelectMany(Flatten).Single(s => s.Number == "1.1" && s.Kind == "workPackage");
        Assert.DoesNotContain("Toimenpiteet Seuranta", wp.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("COC-indeksi", wp.Text, StringComparison.Ordinal);
        // The prose before the table is kept: as the work package's description, or as section text.
        var description = WorkLookup.FindPart(Plan, "1.1", WorkPartKind.WorkPackage)?.Description ?? "";
        Assert.Contains("hoitotakuulain", wp.Text + description, StringComparison.Ordinal);
    }

    private static IEnumerable<Section> Flatten(Section s) => new[] { s }.Concat(s.Children.SelectMany(Flatten));
}

/// <summary>
/// The same seed as the improved text reader will give it: PDF origin, bullets as list items, footers as
/// page breaks. The tables must read the same way.
/// </summary>
public class RrfWorkPackageTableImprovedReaderTests
{
    private static readonly Lazy<Plan> plan = new(() =>
    {
        var name = Seeds.Rrf;
        var read = Hankevahti.Reading.Text.PlanTextReader.Read(File.ReadAllBytes(Seeds.Path(name)), name);
        var blocks = read.Blocks.Select(b => b switch
        {
            Hankevahti.Reading.ParagraphBlock p when p.Text.TrimStart().StartsWith('•') =>
                new Hankevahti.Reading.ListItemBlock(p.Source, 0, "•", p.Text.TrimStart().TrimStart('•').Trim()),
            Hankevahti.Reading.ParagraphBlock p when System.Text.RegularExpressions.Regex.IsMatch(p.Text.Trim(), @"^\d+\(\d+\)$") =>
                (Hankevahti.Reading.Block)new Hankevahti.Reading.PageBreakBlock(p.Source, p.Text.Trim()),
            _ => b,
        }).ToList();
        var improved = new Hankevahti.Reading.ReadResult(blocks, read.Messages) { Origin = Hankevahti.Reading.DocumentOrigin.PdfText };
        return Hankevahti.Import.PlanImporter.Import(improved, name).Plan!;
    });

    [Theory]
    [MemberData(nameof(RrfWorkPackageTableTests.TablePackages), MemberType = typeof(RrfWorkPackageTableTests))]
    public void Each_table_still_gives_goals_actions_and_indicators(string code)
    {
        Assert.Contains(plan.Value.Goals, g => g.PartCode == code);
        Assert.NotEmpty(WorkLookup.FindPart(plan.Value, code)!.Actions);
        Assert.Contains(plan.Value.Indicators, i => i.WorkCodes.SequenceEqual([code]));
    }

    [Fact]
    public void Bullet_lines_inside_a_table_are_read_as_fragments_of_it()
    {
        // Work package 2.2's table has "•" lines in the middle; the rows after them must still be read.
        var actions = WorkLookup.FindPart(plan.Value, "2.2")!.Actions;
        Assert.Contains(actions, a => a.Title.Contains("kulttuurihyvinvoinnin pilotti", StringComparison.Ordinal));
        Assert.Contains(actions, a => a.Title.Contains("kuntouttavan työtoiminnan", StringComparison.Ordinal));
    }
}
