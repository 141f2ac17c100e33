using System.Text;
using Hankevahti.Plans;
using Hankevahti.Vocabulary;

namespace Hankevahti.Storage.Tests.Fixtures;

/// <summary>Plans for storage tests, built in code so that they do not depend on any importer.</summary>
public static class TestPlans
{
    /// <summary>
    /// A plan with every part of the model filled (PlanCoverageTests keeps it so), and values that
    /// storage could spoil: decimals with trailing zeros, Finnish letters, quotes, backslashes,
    /// newlines, characters outside the BMP, and a long text.
    /// </summary>
    public static Plan Rich() => new()
    {
        SchemaVersion = 1,
        Project = new Project
        {
            Name = "Pohjois-Savon \"Arjen tuki\" -hanke: hyvinvointi ja yhdenvertaisuus",
            ShortName = "Arjen tuki",
            Programme = new Programme
            {
                Key = "rrf",
                Name = "Kestävän kasvun ohjelma (RRF)",
                Call = "Haku 2/2026 – sosiaali- ja terveyspalvelut",
                Pillar = "4",
                Investment = "4.1",
                Funder = "Sosiaali- ja terveysministeriö",
            },
            Regions = ["Pohjois-Savo", "Etelä-Savo", "Åland"],
            Period = new DateRange { Start = new DateOnly(2026, 9, 1), End = new DateOnly(2027, 12, 31), Text = "09/2026–12/2027" },
            Status = ProjectStatus.Running,
            CaseNumber = "VN/1234/2026",
            Source = Src(1, paragraph: 3),
        },
        Versions =
        [
            new PlanVersion { Number = "0.01", DateText = "pp.kk.vvvv", Editor = "Päivi Ääpälä", State = VersionState.Draft, Source = Src(5, table: 1, row: 2, cell: 1) },
            new PlanVersion
            {
                Number = "1.00",
                Date = new DateOnly(2026, 2, 28),
                Editor = "Jöns Åkerö",
                Approver = "Hallitus",
                Description = "Hyväksytty versio.\nMuutokset: \"kustannusarvio\" ja aikataulu\\liitteet.",
                State = VersionState.Approved,
                Source = Src(6, table: 1, row: 3),
            },
        ],
        Sections =
        [
            new Section
            {
                Number = "1.",
                Title = "Hankkeen tausta",
                Kind = "need",
                Text = "Ensimmäinen kappale.\n\nToinen kappale, jossa on \"lainausmerkit\", tabulaattori\tja rivinvaihto\r\nWindows-tyyliin.",
                Source = Src(10, endLine: 30, page: 2),
                Children =
                [
                    new Section
                    {
                        Number = "1.1",
                        Title = "Nykytila",
                        Text = "Väestö ikääntyy; 😀 merkit ja € pysyvät.",
                        Children = [new Section { Title = "Numeroimaton alaotsikko", Text = "Syvin taso." }],
                    },
                ],
            },
            // Unnumbered appendix far larger than any other field: a text column with a length limit would cut it.
            new Section { Number = "Liite 1", Title = "Pitkä liite", Text = LongText() },
        ],
        Needs = [new Need { Title = "Palvelujen saatavuus", Text = "Jonot ovat pitkiä: keskimäärin 150 pv.", Source = Src(12) }],
        TargetGroups =
        [
            new TargetGroup
            {
                Name = "Sosiaali- ja terveysalan ammattilaiset",
                Description = "Alueen työntekijät",
                TotalSize = new Quantity { Min = 90000m, Max = 100000m, Text = "noin 90 000–100 000" },
                TargetedCount = new Quantity { Min = 1500m, Max = 1500m, Text = "1 500" },
                Segments = ["kotihoito", "vastaanotot"],
                Source = Src(14),
            },
        ],
        Goals =
        [
            new Goal { Id = "g1", Level = GoalLevel.Overall, Text = "Hoitoon pääsy nopeutuu.", IndicatorIds = ["i1"], Source = Src(20) },
            new Goal { Id = "g2", Code = "T1.1", Level = GoalLevel.Objective, Text = "Digitaaliset palvelut käyttöön.", PartCode = "1", IndicatorIds = ["i1", "i2"] },
        ],
        Work =
        [
            new WorkPart
            {
                Code = "Pilari 4",
                Kind = WorkPartKind.Pillar,
                KindLabel = "Pilari",
                Title = "Sote-palvelujen saatavuus",
                Responsible = "Pohjois-Savon hyvinvointialue",
                Children =
                [
                    new WorkPart
                    {
                        Code = "1",
                        Kind = WorkPartKind.Investment,
                        KindLabel = "Investointi",
                        Title = "Digitaaliset palvelut",
                        Description = "Etäpalvelut ja ajanvaraus",
                        Children =
                        [
                            new WorkPart
                            {
                                Code = "TP2B",
                                Kind = WorkPartKind.WorkPackage,
                                KindLabel = "Työpaketti",
                                Title = "Sähköinen ajanvaraus",
                                Actions =
                                [
                                    new WorkAction
                                    {
                                        Code = "F.1",
                                        Title = "Määrittely",
                                        Description = "Vaatimukset ja hankinta",
                                        Responsible = "Projektipäällikkö",
                                        Schedule = new Schedule
                                        {
                                            Status = ScheduleStatus.Known,
                                            Periods =
                                            [
                                                new SchedulePeriod { Label = "09-10/2026", Granularity = PeriodGranularity.Bimonth, Start = new DateOnly(2026, 9, 1), End = new DateOnly(2026, 10, 31), Note = "x", Source = Src(40, table: 5, row: 3, cell: 4) },
                                                new SchedulePeriod { Label = "2027 Q1", Granularity = PeriodGranularity.Quarter, Start = new DateOnly(2027, 1, 1), End = new DateOnly(2027, 3, 31) },
                                            ],
                                            Source = Src(40, table: 5),
                                        },
                                        Source = Src(41),
                                    },
                                    new WorkAction { Code = "F.2", Title = "Käyttöönotto", Schedule = new Schedule { Status = ScheduleStatus.Unknown } },
                                ],
                            },
                        ],
                        Source = Src(38),
                    },
                ],
            },
            new WorkPart { Code = "2", Kind = WorkPartKind.Other, Title = "Hallinnointi" },
        ],
        Outcomes =
        [
            new Outcome { Kind = OutcomeKind.Output, Term = OutcomeTerm.ShortTerm, Title = "Ajanvarauspalvelu", Text = "Otettu käyttöön kaikissa kunnissa.", PartCodes = ["TP2B"], GoalIds = ["g2"], Source = Src(50) },
            new Outcome { Kind = OutcomeKind.Impact, Term = OutcomeTerm.LongTerm, Title = "Terveyserot kapenevat" },
        ],
        Indicators =
        [
            new Indicator
            {
                Id = "i1",
                Name = "Hoitoonpääsyaika",
                Kind = IndicatorKind.Days,
                Unit = "pv",
                Baseline = new IndicatorValue { Value = 150m, Year = 2025, Text = "150 pv", Source = Src(60) },
                Targets =
                [
                    new IndicatorValue { Value = 90.5m, Year = 2026, Text = "alle 90,5 pv" },
                    new IndicatorValue { Value = 60.00m, Period = "2027 H2" },
                ],
                DataSource = "Potilastietojärjestelmä",
                Method = "Mediaani",
                Frequency = "Kuukausittain",
                Responsible = "Tietopalvelut",
                WorkCodes = ["F.1", "TP2B"],
                Source = Src(61),
            },
            new Indicator { Id = "i2", Name = "Palvelu käytössä", Kind = IndicatorKind.YesNo, Targets = [new IndicatorValue { Achieved = true, Year = 2027, Text = "kyllä" }] },
        ],
        Organisations =
        [
            new Organisation
            {
                Name = "Pohjois-Savon hyvinvointialue",
                ShortName = "PSHVA",
                Roles = [OrganisationRole.LeadApplicant, OrganisationRole.Administrator],
                RoleText = "Päähakija, hallinnoija ja koordinaattori",
                Responsibilities = "Hankkeen johtaminen",
                Source = Src(70),
            },
            new Organisation { Name = "Etelä-Savon hyvinvointialue", Roles = [OrganisationRole.CoImplementer], GrantTransfer = 250000.00m },
        ],
        Governance =
        [
            new GovernanceBody
            {
                Kind = GovernanceKind.SteeringGroup,
                Name = "Ohjausryhmä",
                Tasks = "Seuraa ja ohjaa",
                MeetingFrequency = "4 kertaa vuodessa",
                Members =
                [
                    new GovernanceMember { Role = MemberRole.Chair, Name = "Åsa Öhman", Title = "Johtaja", Organisation = "PSHVA", Source = Src(80) },
                    new GovernanceMember { Role = MemberRole.Secretary },
                ],
                Source = Src(79),
            },
        ],
        Resources =
        [
            new Resource
            {
                PersonOrRole = "Projektipäällikkö",
                Organisation = "PSHVA",
                Description = "Kokoaikainen",
                Allocation = new Allocation { Value = 20.5m, Unit = AllocationUnit.Percent, Text = "20,5 % / 16 kk" },
                Period = new DateRange { Start = new DateOnly(2026, 9, 1), End = new DateOnly(2027, 12, 31) },
                Source = Src(90),
            },
            new Resource { PersonOrRole = "Suunnittelija", Allocation = new Allocation { Value = 2m, Unit = AllocationUnit.PersonMonths, Text = "2 htkk" } },
        ],
        Budget = new Budget
        {
            Lines =
            [
                new BudgetLine { PartCode = "TP2B", Organisation = "PSHVA", Category = CostCategory.PersonnelHired, Label = "Palkkakustannukset", Year = 2026, Kind = FigureKind.Planned, Amount = 1234.50m, PersonYears = 0.75m, Source = Src(100, table: 9, row: 2, cell: 3) },
                new BudgetLine { Category = CostCategory.ServicesTravel, Label = "Matkat", Period = "2026 H2", Kind = FigureKind.Actual, Amount = 0.10m },
                new BudgetLine { Category = CostCategory.InvestmentMachinery, Year = 2027, Kind = FigureKind.Forecast, Amount = 1126927.00m },
            ],
            Funding = new Funding
            {
                OwnFundingShare = 0.20m,
                GrantShare = 0.80m,
                OtherIncome = [new IncomeLine { Label = "Osallistumismaksut", Amount = 500.00m, Year = 2027, Source = Src(110) }],
                Source = Src(109),
            },
            Transfers =
            [
                new BudgetTransfer { FromPartCode = "1", ToPartCode = "2", Category = CostCategory.Rents, Amount = 10000.25m, Date = new DateOnly(2027, 3, 15), Reason = "Tilat muuttuivat", Source = Src(115) },
            ],
            StatedFigures =
            [
                new StatedFigure
                {
                    Kind = StatedFigureKind.Total,
                    Scope = new FigureScope { PartCode = "TP2B", Organisation = "PSHVA", Category = CostCategory.PersonnelHired, Year = 2026, Period = "2026", Kind = FigureKind.Planned, Table = "Liite 1" },
                    Value = 1126927m,
                    Text = "1 126 927",
                    Source = Src(120),
                },
                new StatedFigure { Kind = StatedFigureKind.OwnFundingShare, Value = 0.200m, Text = "20 %" },
            ],
        },
        Communication = new CommunicationPlan
        {
            MainMessages = ["Palvelut lähemmäs", "Ei jonoja"],
            Items = [new CommunicationItem { Audience = "Asukkaat", Message = "Uusi ajanvaraus", Channels = ["verkkosivut", "some"], Timing = "2027 Q1", Responsible = "Viestintä", Source = Src(130) }],
            Text = "Viestintä on avointa.",
            Source = Src(129),
        },
        Monitoring = new MonitoringPlan { Text = "Itsearviointi ja ulkoinen arviointi.", Evaluator = "Ulkoinen arvioija", ReportingPeriods = ["2026", "2027"], Source = Src(140) },
        RelatedProjects = [new RelatedProject { Name = "Tulevaisuuden sosiaali- ja terveyskeskus", Relation = "Rajapinta: ei päällekkäisiä toimia", Source = Src(150) }],
        Risks =
        [
            new Risk
            {
                Code = "R1",
                Title = "Rekrytointi viivästyy",
                Description = "Osaajista on pulaa.",
                Consequence = "Aikataulu siirtyy.",
                Likelihood = new RiskRating { Min = 2m, Max = 3m, Text = "2–3" },
                Impact = new RiskRating { Min = 4m, Max = 4m, Text = "Merkittävä", FromWords = true },
                StatedScore = new RiskRating { Min = 8m, Max = 12m, Text = "8–12" },
                Mitigations = ["Aikainen haku", "Sijaiset"],
                Owner = "Projektipäällikkö",
                Source = Src(160),
            },
        ],
        Import = new ImportInfo
        {
            File = "hankesuunnitelma.docx",
            Format = "docx",
            TotalWords = 1000,
            StructuredWords = 600,
            TextWords = 392,
            UnplacedWords = 3,
            ArtefactWords = 5,
            Parts = [new PartCoverage { Number = "5", Title = "Riskit", Kind = "risks", TotalWords = 400, StructuredWords = 300, TextWords = 97, UnplacedWords = 3, Source = Src(150) }],
            Unplaced = [new ImportedText { Text = "⚠ irrallinen rivi", Reason = "outside any table row", Source = Src(170) }],
            Artefacts = [new ImportedText { Text = "18(35)", Reason = "pageFooter", Source = Src(171, page: 18) }],
            Notes = [new ImportNote { Severity = NoteSeverity.Warning, Code = ImportNoteCodes.EndsInTable, Message = "The document ends inside the risk table.", Source = Src(172) }],
        },
    };

    /// <summary>A small plan whose summary fields (name, programme, period) are set from the arguments.</summary>
    public static Plan Summary(string name, string? programme, DateOnly? start, DateOnly? end, string? shortName = null) => new()
    {
        Project = new Project
        {
            Name = name,
            ShortName = shortName,
            Programme = programme is null ? null : new Programme { Key = "test", Name = programme },
            Period = start is null && end is null ? null : new DateRange { Start = start, End = end },
        },
    };

    private static SourceRef Src(int line, int? endLine = null, int? paragraph = null, int? table = null, int? row = null, int? cell = null, int? page = null) =>
        new() { File = "hankesuunnitelma.docx", Line = line, EndLine = endLine, Paragraph = paragraph, Table = table, Row = row, Cell = cell, Page = page };

    private static string LongText()
    {
        var text = new StringBuilder();
        for (var i = 1; i <= 2000; i++)
        {
            text.Append("Rivi ").Append(i).Append(": äöå ÄÖÅ \"lainaus\" \\ – €\n");
        }
        return text.ToString();
    }
}
