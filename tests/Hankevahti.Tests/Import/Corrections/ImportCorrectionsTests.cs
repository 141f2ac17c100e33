using System.Text;
using Hankevahti.Figures;
using Hankevahti.Import;
using Hankevahti.Import.Corrections;
using Hankevahti.Plans;
using Hankevahti.Reading;
using Hankevahti.Reading.Text;

namespace Hankevahti.Tests.Import.Corrections;

/// <summary>
/// A made-up plan whose budget table has headings the importer does not know ("Menolaji", "Summa
/// yhteensä (e)") and row labels that are no cost category: read only when the user says what it is.
/// </summary>
public class ImportCorrectionsTests
{
    private const string Cafe =
        "Kylätalon kahvila Hankesuunnitelma\n\n" +
        "1 Hankkeen tarve\nKylän ikäihmiset tarvitsevat kohtaamispaikan iltapäivisin.\n\n" +
        "2 Toimenpiteet\nAvataan kahvila kolmena päivänä viikossa ja järjestetään esityksiä.\n\n" +
        "3 Menot\n" +
        "Menolaji\tSumma yhteensä (e)\n" +
        "Kahvinkeittimet ja astiat\t4 500\n" +
        "Tapahtumaesiintyjät\t12 000\n" +
        "Ilmoitukset kylälehdessä\t3 500\n" +
        "Kaikki yhteensä\t20 000\n\n" +
        "4 Riskit\n" +
        "Uhka\tKuinka usein\tKuinka paha\tMitä tehdään\n" +
        "Vapaaehtoiset väsyvät\t3\t4\tVuorolistat jaetaan kuukaudeksi kerrallaan.\n" +
        "Tila ei ole käytettävissä\t1\t5\tVaratilaksi sovitaan seurakuntatalo.\n";

    private static ReadResult Read(string text) => PlanTextReader.Read(Encoding.UTF8.GetBytes(text), "kahvila.txt");

    private static Plan Import(string text, ImportCorrections? corrections)
    {
        var result = PlanImporter.Import(Read(text), "kahvila.txt", corrections);
        return result.Plan ?? throw new InvalidOperationException(result.Error);
    }

    private static TableKey KeyOf(string text, int index) => TableKey.Of(Read(text))[index].Key;

    private static ImportCorrections BudgetMap(string text) => new ImportCorrections().WithTable(KeyOf(text, 0), new TableCorrection
    {
        Treat = TableKinds.Budget,
        Columns = new Dictionary<int, string> { [0] = ColumnRoles.Label, [1] = ColumnRoles.Amount },
    });

    private static string AllSectionText(Plan plan) =>
        string.Join("\n", plan.Sections.SelectMany(Flatten).Select(s => s.Text));

    private static IEnumerable<Section> Flatten(Section s) => s.Children.SelectMany(Flatten).Prepend(s);

    [Fact]
    public void Without_corrections_the_unknown_table_is_not_a_budget()
    {
        var plan = Import(Cafe, null);
        Assert.Empty(plan.Budget.Lines);
        Assert.Contains("Tapahtumaesiintyjät", AllSectionText(plan));
    }

    [Fact]
    public void A_table_told_to_be_a_budget_is_read_by_its_column_map()
    {
        var plan = Import(Cafe, BudgetMap(Cafe));
        Assert.Equal(3, plan.Budget.Lines.Count);
        Assert.Equal(20_000m, PlanFigures.Total(plan.Budget));
        // Labels the vocabulary does not know are still cost lines once the user said the table is a budget.
        Assert.All(plan.Budget.Lines, l => Assert.Equal(CostCategory.Other, l.Category));
        Assert.Contains(plan.Budget.Lines, l => l.Label == "Tapahtumaesiintyjät" && l.Amount == 12_000m && l.Kind == FigureKind.Planned);
        Assert.Contains(plan.Budget.StatedFigures, f => f.Kind == StatedFigureKind.Total && f.Value == 20_000m);
        // What was read left the section text.
        Assert.DoesNotContain("Tapahtumaesiintyjät", AllSectionText(plan));
        Assert.Contains(plan.Import!.Notes, n => n.Code == CorrectedTables.TableNote && n.Message.Contains("3 budget lines"));
    }

    [Fact]
    public void A_year_in_an_amount_heading_is_kept()
    {
        var text = Cafe.Replace("Summa yhteensä (e)", "Vuosi 2026");
        var plan = Import(text, BudgetMap(text));
        Assert.All(plan.Budget.Lines, l => Assert.Equal(2026, l.Year));
    }

    [Fact]
    public void An_excluded_table_is_read_by_no_recogniser_and_stays_as_text()
    {
        // Without the correction the importer reads this one as a budget (known headings and categories).
        var text = Cafe.Replace("Menolaji\tSumma yhteensä (e)", "Kustannuslaji\tBudjetti 2026")
            .Replace("Kahvinkeittimet ja astiat", "Matkakulut").Replace("Tapahtumaesiintyjät", "Palkat").Replace("3 Menot", "3 Kustannukset");
        Assert.NotEmpty(Import(text, null).Budget.Lines);
        var excluded = new ImportCorrections().WithTable(KeyOf(text, 0), new TableCorrection { Treat = TableKinds.Exclude });
        var plan = Import(text, excluded);
        Assert.Empty(plan.Budget.Lines);
        Assert.Contains("Palkat", AllSectionText(plan));
        Assert.Contains(plan.Import!.Notes, n => n.Code == CorrectedTables.TableNote && n.Message.Contains("excluded"));
    }

    [Fact]
    public void The_title_is_the_users()
    {
        var plan = Import(Cafe, new ImportCorrections { Title = "  Kylätalon kahvila 2026–2027 " });
        Assert.Equal("Kylätalon kahvila 2026–2027", plan.Project.Name);
        Assert.Contains(plan.Import!.Notes, n => n.Code == CorrectedTables.TitleNote);
    }

    [Fact]
    public void A_risk_table_is_read_by_its_column_map()
    {
        var corrections = new ImportCorrections().WithTable(KeyOf(Cafe, 1), new TableCorrection
        {
            Treat = TableKinds.Risks,
            Columns = new Dictionary<int, string>
            {
                [0] = ColumnRoles.Title, [1] = ColumnRoles.Likelihood, [2] = ColumnRoles.Impact, [3] = ColumnRoles.Preparedness,
            },
        });
        var plan = Import(Cafe, corrections);
        var risk = Assert.Single(plan.Risks, r => r.Title == "Vapaaehtoiset väsyvät");
        Assert.Equal(3m, risk.Likelihood?.Min);
        Assert.Equal(4m, risk.Impact?.Min);
        Assert.Contains("Vuorolistat", string.Join(" ", risk.Mitigations));
        Assert.Equal(2, plan.Risks.Count(r => r.Title is "Vapaaehtoiset väsyvät" or "Tila ei ole käytettävissä"));
    }

    [Fact]
    public void A_table_of_organisations_is_read_by_its_column_map()
    {
        var text = Cafe.Replace("2 Toimenpiteet\n", "2 Toimenpiteet\nKuka\tMitä tekee\tRahaa (e)\nKylätoimikunta ry\tvastaa kahvilasta\t15 000\nMetsälän seurakunta\tlainaa tilan\t\n\n");
        var table = TableKey.Of(Read(text)).Single(t => TableKey.Header(t.Table)[0] == "Kuka").Key;
        var corrections = new ImportCorrections().WithTable(table, new TableCorrection
        {
            Treat = TableKinds.Organisations,
            Columns = new Dictionary<int, string> { [0] = ColumnRoles.Name, [1] = ColumnRoles.Description, [2] = ColumnRoles.Grant },
        });
        var plan = Import(text, corrections);
        var village = Assert.Single(plan.Organisations, o => o.Name == "Kylätoimikunta ry");
        Assert.Equal(15_000m, village.GrantTransfer);
        Assert.Equal("vastaa kahvilasta", village.Responsibilities);
        Assert.Contains(plan.Organisations, o => o.Name == "Metsälän seurakunta");
    }

    [Fact]
    public void The_correction_finds_its_table_in_an_edited_document()
    {
        var corrections = BudgetMap(Cafe);
        // The next version has a new table before the budget: the budget is now the second table, found by its header.
        var edited = Cafe.Replace("2 Toimenpiteet\n", "2 Toimenpiteet\nToimi\tVastuu\nKahvila auki\tKylätoimikunta\n\n");
        Assert.Equal(1, TableKey.Of(Read(edited)).Single(t => t.Key.Fingerprint == KeyOf(Cafe, 0).Fingerprint).Key.Index);
        var plan = Import(edited, corrections);
        Assert.Equal(20_000m, PlanFigures.Total(plan.Budget));
    }

    [Fact]
    public void A_correction_whose_table_is_gone_says_so()
    {
        var corrections = new ImportCorrections().WithTable(new TableKey(0, "00000000"), new TableCorrection { Treat = TableKinds.Budget });
        var plan = Import(Cafe, corrections);
        Assert.Contains(plan.Import!.Notes, n => n.Code == CorrectedTables.MissingNote);
        Assert.Empty(plan.Budget.Lines);
    }

    [Fact]
    public void Corrections_round_trip_as_json()
    {
        var corrections = BudgetMap(Cafe) with { Title = "Kahvila" };
        var json = corrections.ToJson();
        var back = ImportCorrections.FromJson(json)!;
        Assert.Equal("Kahvila", back.Title);
        var table = Assert.Single(back.Tables);
        Assert.Equal(TableKinds.Budget, table.Treat);
        Assert.Equal(ColumnRoles.Amount, table.Columns[1]);
        Assert.Equal(KeyOf(Cafe, 0).ToString(), table.Table);
        // Unreadable JSON is no corrections, not an error: the preview just asks again.
        Assert.Null(ImportCorrections.FromJson("{not json"));
        Assert.Null(ImportCorrections.FromJson(null));
    }
}
