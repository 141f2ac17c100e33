using System.Text;
using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Reading;
using Hankevahti.Reading.Text;

namespace Hankevahti.Tests.Import.Risks;

/// <summary>Risks written as labelled records, in the template's vocabulary, in each form plans use.</summary>
public class RiskRecordTests
{
    private static Plan Import(DocumentOrigin? origin, params string[] lines)
    {
        var read = PlanTextReader.Read(Encoding.UTF8.GetBytes(string.Join("\n", lines)), "r.txt", origin);
        var result = PlanImporter.Import(read, "r.txt");
        Assert.True(result.Succeeded, result.Error);
        return result.Plan!;
    }

    private static Plan Import(params string[] lines) => Import(null, lines);

    private static IEnumerable<Section> Flatten(Section s) => new[] { s }.Concat(s.Children.SelectMany(Flatten));

    private static string SectionText(Plan plan, string title) =>
        plan.Sections.SelectMany(Flatten).Single(s => s.Title.StartsWith(title)).Text ?? "";

    // The form issue 13 found unread: a short title line, then a description and a preparation paragraph each
    // opened by its label, under a risks heading numbered unlike the template. No ratings: none are invented.
    [Fact]
    public void ProseRecordsWithBareTitles()
    {
        var plan = Import(
            "1 Hankkeen tarve", "Tarve on suuri.",
            "6 Riskit ja niihin varautuminen",
            "Hankkeen riskejä seurataan ohjausryhmässä.",
            "Henkilöstön vaihtuvuus",
            "Kuvaus: Avainhenkilöt siirtyvät muihin tehtäviin kesken hankkeen.",
            "Varautuminen: Tehtävät dokumentoidaan ja varahenkilöt nimetään.",
            "Tietojärjestelmän viivästyminen",
            "Kuvaus: Hankinta venyy.",
            "Varautuminen: Vaiheistetaan käyttöönotto.",
            "7 Viestintä", "Viestitään.");
        Assert.Equal(2, plan.Risks.Count);
        var r = plan.Risks[0];
        Assert.Equal("Henkilöstön vaihtuvuus", r.Title);
        Assert.StartsWith("Avainhenkilöt siirtyvät", r.Description);
        Assert.Equal(["Tehtävät dokumentoidaan ja varahenkilöt nimetään."], r.Mitigations);
        Assert.Null(r.Likelihood);
        Assert.Null(r.Impact);
        Assert.Equal("Tietojärjestelmän viivästyminen", plan.Risks[1].Title);
        Assert.NotNull(r.Source?.Line);
        // The introduction stays as the section's text; the records do not.
        var text = SectionText(plan, "Riskit");
        Assert.Contains("seurataan ohjausryhmässä", text);
        Assert.DoesNotContain("Hankinta venyy", text);
    }

    // Markdown bold labels, with the colon inside or outside the emphasis, a bold title, and a label alone on its
    // line whose value is the next paragraph. Verbal ratings land on the 1–5 scale and keep their words.
    [Fact]
    public void MarkdownBoldLabels()
    {
        var plan = Import(
            "# Hankesuunnitelma",
            "## 4 Riskit",
            "**Rahoituksen riittämättömyys**",
            "**Kuvaus:** Kustannukset nousevat.",
            "**Todennäköisyys**: Mahdollinen",
            "**Vaikutus:** Erittäin suuri",
            "**Hallintakeinot**",
            "Kustannuksia seurataan kuukausittain.",
            "**Vastuu:** Hankejohtaja",
            "## 5 Viestintä", "Viestitään.");
        var r = Assert.Single(plan.Risks);
        Assert.Equal("Rahoituksen riittämättömyys", r.Title);
        Assert.Equal((3m, 3m, "Mahdollinen", true), (r.Likelihood?.Min, r.Likelihood?.Max, r.Likelihood?.Text, r.Likelihood?.FromWords));
        Assert.Equal((5m, "Erittäin suuri"), (r.Impact?.Min, r.Impact?.Text));
        Assert.Equal(["Kustannuksia seurataan kuukausittain."], r.Mitigations);
        Assert.Equal("Hankejohtaja", r.Owner);
    }

    // PDF text: every visual line is a block (blank lines between), values wrap over lines and the next record's
    // title is a short line straight before a label. Page footers inside a record are skipped.
    [Fact]
    public void PdfLinesWrapValues()
    {
        var plan = Import(DocumentOrigin.PdfText,
            "1 Hankkeen tarve", "", "Tarve.", "",
            "5 Riskienhallinta", "",
            "Osaajien saatavuus", "",
            "Kuvaus: Alueella on pulaa sosiaalityöntekijöistä ja rekrytoinnit voivat", "",
            "viivästyä useita kuukausia hankkeen alussa.", "",
            "Todennäköisyys: Todennäköinen", "",
            "Vaikutus: Kohtalainen", "",
            "12(30)", "",
            "Varautuminen: Rekrytoinnit aloitetaan heti päätöksen jälkeen ja tehtäviä", "",
            "Jaetaan tarvittaessa kumppaneiden kanssa.", "",
            "Yhteistyön katkeaminen", "",
            "Kuvaus: Kumppani vetäytyy.", "",
            "Todennäköisyys: Epätodennäköinen", "",
            "Vaikutus: Merkittävä", "",
            "6 Viestintä", "", "Viestitään.", "");
        Assert.Equal(2, plan.Risks.Count);
        var r = plan.Risks[0];
        Assert.Equal("Osaajien saatavuus", r.Title);
        Assert.EndsWith("useita kuukausia hankkeen alussa.", r.Description);
        Assert.Equal((4m, 3m), (r.Likelihood?.Min, r.Impact?.Min));
        Assert.EndsWith("kumppaneiden kanssa.", Assert.Single(r.Mitigations));
        Assert.Equal("Yhteistyön katkeaminen", plan.Risks[1].Title);
        Assert.Equal((2m, 4m), (plan.Risks[1].Likelihood?.Min, plan.Risks[1].Impact?.Min));
    }

    // A Word plan printed to PDF and read by pdftotext: the "Riski:" title wraps onto a second line, the bullets'
    // marks stand on lines of their own before the labels, values wrap in mid-sentence and a value has paragraphs.
    [Fact]
    public void PdfPrintOfBulletRecords()
    {
        var plan = Import(DocumentOrigin.PdfText,
            "1 Hankkeen tarve", "Tarve.",
            "4 Riskit",
            "Riski: Kuntien sitoutuminen kehittämistyöhön jää odotettua",
            "heikommaksi",
            "•", "•", "•",
            "",
            "Kuvaus: Kunnat eivät ehdi osallistua työpajoihin, koska niiden omat",
            "muutoshankkeet vievät henkilöstön ajan.",
            "Työpajoja on paljon.",
            "Yhteiset aikataulut puuttuvat.",
            "Todennäköisyys: Keskimääräinen",
            "Varautuminen: Työpajat sovitaan hyvissä ajoin ja",
            "niihin voi osallistua etänä.",
            "",
            "Riski: Rahoitus ei riitä",
            "•", "•",
            "",
            "Kuvaus: Hinnat nousevat.",
            "Vaikutus: Suuri",
            "",
            "5 Viestintä", "Viestitään.");
        Assert.Equal(2, plan.Risks.Count);
        var r = plan.Risks[0];
        Assert.Equal("Kuntien sitoutuminen kehittämistyöhön jää odotettua heikommaksi", r.Title);
        // Paragraphs between two labels of the record belong to the earlier value.
        Assert.EndsWith("vievät henkilöstön ajan. Työpajoja on paljon. Yhteiset aikataulut puuttuvat.", r.Description);
        Assert.Equal(3m, r.Likelihood?.Min);
        Assert.EndsWith("osallistua etänä.", Assert.Single(r.Mitigations));
        Assert.Equal(("Rahoitus ei riitä", 4m), (plan.Risks[1].Title, plan.Risks[1].Impact?.Min));
    }

    // A risk table whose columns come in another order than the template's, rated in words.
    [Fact]
    public void TableWithReorderedColumns()
    {
        var plan = Import(
            "1 Hankkeen tarve", "Tarve.",
            "3 Riskit",
            "Vastuutaho\tVarautuminen\tVaikutus\tTodennäköisyys\tRiski",
            "Projektipäällikkö\tVarahenkilöt\tSuuri\tPieni\tHenkilöstö vaihtuu",
            "Ohjausryhmä\tVaiheistus\t3/5\t2 (vähäinen)\tHankinta viivästyy");
        Assert.Equal(2, plan.Risks.Count);
        var r = plan.Risks[0];
        Assert.Equal(("Henkilöstö vaihtuu", "Projektipäällikkö"), (r.Title, r.Owner));
        Assert.Equal((2m, 4m), (r.Likelihood?.Min, r.Impact?.Min));
        Assert.Equal(["Varahenkilöt"], r.Mitigations);
        Assert.Equal((2m, 3m), (plan.Risks[1].Likelihood?.Min, plan.Risks[1].Impact?.Min));
        Assert.Null(plan.Risks[1].Impact?.FromWords);
    }

    // A two-column table holding one record per risk: labels in the first column, a title label row first.
    [Fact]
    public void TwoColumnRecordTable()
    {
        var plan = Import(
            "1 Hankkeen tarve", "Tarve.",
            "3 Riskit",
            "Riski 1\tHenkilöstö vaihtuu",
            "Todennäköisyys (1–5)\t3",
            "Vaikutus (1–5)\t4",
            "Varautuminen\tVarahenkilöt",
            "Riski 2\tHankinta viivästyy",
            "Todennäköisyys (1–5)\t2",
            "Varautuminen\tVaiheistus");
        Assert.Equal(2, plan.Risks.Count);
        Assert.Equal(("1", "Henkilöstö vaihtuu", 3m, 4m), (plan.Risks[0].Code, plan.Risks[0].Title, plan.Risks[0].Likelihood?.Min, plan.Risks[0].Impact?.Min));
        Assert.Equal(("2", "Hankinta viivästyy"), (plan.Risks[1].Code, plan.Risks[1].Title));
        Assert.Null(plan.Risks[1].Impact);
    }

    // A record whose ratings are missing or in words off the scale stays unrated: no number is invented,
    // the words are kept, and a note lists them.
    [Fact]
    public void RecordWithoutUsableRatingsStaysUnrated()
    {
        var result = PlanImporter.Import(PlanTextReader.Read(Encoding.UTF8.GetBytes(string.Join("\n",
            "1 Hankkeen tarve", "Tarve.",
            "4 Riskit",
            "Riski: Sitoutuminen jää heikoksi",
            "- Kuvaus: Kunnat eivät osallistu.",
            "- Todennäköisyys: melko suuri",
            "- Varautuminen: Säännölliset tapaamiset.")), "r.txt"), "r.txt");
        var r = Assert.Single(result.Plan!.Risks);
        Assert.Null(r.Likelihood?.Min);
        Assert.Equal("melko suuri", r.Likelihood?.Text);
        Assert.Null(r.Impact);
        Assert.Contains(result.Plan.Import!.Notes, n => n.Code == ImportNoteCodes.RatingWordsOffScale && n.Message.Contains("melko suuri"));
    }

    // Text that only talks about risks, even with "Riski:" and a colon, is not a risk and raises no note.
    [Fact]
    public void MentionsOfRiskAreNotRisks()
    {
        var result = PlanImporter.Import(PlanTextReader.Read(Encoding.UTF8.GetBytes(string.Join("\n",
            "1 Hankkeen tarve", "Tarve.",
            "4 Riskit",
            "Hankkeen riskit arvioidaan ohjausryhmässä neljästi vuodessa.",
            "Riski: aikataulu voi venyä, jos rekrytoinnit viivästyvät.",
            "Riskin toteutuessa vaikutus kohdistuu kohderyhmään.",
            "5 Viestintä", "Viestitään.")), "r.txt"), "r.txt");
        Assert.Empty(result.Plan!.Risks);
        Assert.DoesNotContain(result.Plan.Import!.Notes, n => n.Code == ImportNoteCodes.RisksNotRead);
        Assert.Contains("aikataulu voi venyä", SectionText(result.Plan, "Riskit"));
    }

    // Records with bare titles outside any risks section could be anything described by labels: they stay
    // text, and the note says where risk labels were left unread.
    [Fact]
    public void BareRecordsOutsideRiskSectionAreLeftWithANote()
    {
        var result = PlanImporter.Import(PlanTextReader.Read(Encoding.UTF8.GetBytes(string.Join("\n",
            "1 Hankkeen tarve", "Tarve.",
            "2 Toteutus",
            "Henkilöstön vaihtuvuus",
            "Todennäköisyys: Pieni",
            "Varautuminen: Varahenkilöt.")), "r.txt"), "r.txt");
        Assert.Empty(result.Plan!.Risks);
        var note = Assert.Single(result.Plan.Import!.Notes, n => n.Code == ImportNoteCodes.RisksNotRead);
        Assert.Equal(NoteSeverity.Warning, note.Severity);
        Assert.NotNull(note.Source?.Line);
        Assert.Contains("Varahenkilöt", SectionText(result.Plan, "Toteutus"));
    }
}
