using Hankevahti.Import.Money;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Import.Money;

public class ResourceAndCommunicationTests
{
    [Fact]
    public void Resource_table_rows_with_organisation_carried_down()
    {
        var text = "1 Hankkeen tarve\nTeksti.\n2 Hankkeen resurssit\n" +
            "Toimija\tRooli\tKuvaus\tTyöaika\n" +
            "Alue A\tProjektipäällikkö\tJohtaa hanketta\t100 %\n" +
            "\tKoordinaattori\tKoordinoi\t0,5 htv\n" +
            "Alue B\t\t\t\n";
        var plan = MoneyImport.Run(text, new ResourceRecogniser());
        Assert.Equal(3, plan.Resources.Count);
        var coordinator = plan.Resources[1];
        Assert.Equal("Koordinaattori", coordinator.PersonOrRole);
        Assert.Equal("Alue A", coordinator.Organisation);
        Assert.Equal(AllocationUnit.PersonYears, coordinator.Allocation?.Unit);
        Assert.Equal(0.5m, coordinator.Allocation?.Value);
        Assert.NotNull(coordinator.Source);
        // An organisation with no resource under it is an entry with no person, so that checks can report the empty row.
        var empty = plan.Resources[2];
        Assert.Equal(("Alue B", "", null), (empty.Organisation, empty.PersonOrRole, empty.Allocation));
        Assert.Equal(7, empty.Source?.Line);
        var section = MoneyImport.Flatten(plan.Sections).Single(s => s.Title == "Hankkeen resurssit");
        Assert.DoesNotContain("Alue B", section.Text ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("Projektipäällikkö", section.Text ?? "", StringComparison.Ordinal);
    }

    [Theory]
    // An organisation row with nothing else, between two filled ones: the empty entry keeps the table's order.
    [InlineData("Alue A\t\t\t\nAlue B\tKoordinaattori\tKoordinoi\t50 %\n", "Alue A|;Alue B|Koordinaattori")]
    // Only list bullets in the cells of the organisation's rows, as a Word template leaves them.
    [InlineData("Alue B\tKoordinaattori\tKoordinoi\t50 %\nAlue C\t\t•\t\n\t\t•\t\n\t\t•\t\n", "Alue B|Koordinaattori;Alue C|")]
    // A description but no person: kept, with the person empty.
    [InlineData("Alue A\t\tKoordinoi hanketta\t\n", "Alue A|")]
    // An allocation but no person, under an organisation named above.
    [InlineData("Alue A\tKoordinaattori\tKoordinoi\t50 %\n\t\t\t20 %\n", "Alue A|Koordinaattori;Alue A|")]
    // A total row is not an organisation without people.
    [InlineData("Alue A\tKoordinaattori\tKoordinoi\t50 %\nYhteensä\t\t\t50 %\n", "Alue A|Koordinaattori")]
    // An organisation heading its people on the rows below is not empty.
    [InlineData("Alue A\t\t\t\n\tKoordinaattori\tKoordinoi\t50 %\n", "Alue A|Koordinaattori")]
    public void Resource_rows_without_a_person_are_kept(string rows, string expected)
    {
        var text = "1 Hankkeen tarve\nTeksti.\n2 Hankkeen resurssit\nToimija\tRooli\tKuvaus\tTyöaika\n" + rows;
        var plan = MoneyImport.Run(text, new ResourceRecogniser());
        Assert.Equal(expected, string.Join(";", plan.Resources.Select(r => $"{r.Organisation}|{r.PersonOrRole}")));
        Assert.All(plan.Resources, r => Assert.NotNull(r.Source?.Line));
    }

    [Fact]
    public void Resource_list_items_with_an_allocation()
    {
        var plan = MoneyImport.Run("1 Hankkeen tarve\nTeksti.\n2 Henkilöresurssit\n- Projektipäällikkö 100 %\n- Hankekoordinaattori, 0,5 htv\n- Asiantuntijat tukevat työtä tarpeen mukaan\n", new ResourceRecogniser());
        Assert.Equal(["Projektipäällikkö", "Hankekoordinaattori"], plan.Resources.Select(r => r.PersonOrRole));
        Assert.Equal(100m, plan.Resources[0].Allocation?.Value);
    }

    [Fact]
    public void Organisation_tables_without_allocation_are_not_resources()
    {
        var plan = MoneyImport.Run("1 Hankkeen tarve\nTeksti.\n2 Hankkeen resurssit\nToimija\tRooli\tKuvaus\nAlue A\tPäähakija\tHallinnoi\n", new ResourceRecogniser());
        Assert.Empty(plan.Resources);
    }

    [Fact]
    public void Communication_table_becomes_items()
    {
        var text = "1 Hankkeen tarve\nTeksti.\n2 Viestintä\n" +
            "Kohderyhmä\tViesti\tKanavat\tAjankohta\tVastuu\n" +
            "Henkilöstö\tMuutos etenee\tIntranet, uutiskirje\tKuukausittain\tKoordinaattori\n" +
            "Asukkaat\tPalvelut paranevat\tSome ja verkkosivut\tHankkeen lopussa\tViestintäyksikkö\n";
        var plan = MoneyImport.Run(text, new CommunicationRecogniser());
        var items = plan.Communication!.Items;
        Assert.Equal(2, items.Count);
        Assert.Equal(["Intranet", "uutiskirje"], items[0].Channels);
        Assert.Equal(["Some", "verkkosivut"], items[1].Channels);
        Assert.Equal("Kuukausittain", items[0].Timing);
        Assert.Equal("Viestintäyksikkö", items[1].Responsible);
        Assert.All(items, i => Assert.NotNull(i.Source));
    }

    [Fact]
    public void Communication_lists_give_messages_audiences_and_channels()
    {
        var text = "1 Hankkeen tarve\nTeksti.\n2 Viestintä\nViestinnän tavoite on kertoa hankkeesta.\n" +
            "Keskeiset pääviestit:\n- Ensimmäinen viesti.\n- Toinen viesti.\n" +
            "Kohderyhmät\n- johto\n- henkilöstö\n" +
            "Käytettävät kanavat\n- intranet\n- työpajat\n" +
            "Ajoitus\n- alussa kerrotaan tavoitteista\n";
        var plan = MoneyImport.Run(text, new CommunicationRecogniser());
        var c = plan.Communication!;
        Assert.Equal(["Ensimmäinen viesti.", "Toinen viesti."], c.MainMessages);
        Assert.Equal(["johto", "henkilöstö"], c.Items.Select(i => i.Audience));
        Assert.All(c.Items, i => Assert.Equal(["intranet", "työpajat"], i.Channels));
        var section = MoneyImport.Flatten(plan.Sections).Single(s => s.Title == "Viestintä");
        // Prose and lists nothing structures (the schedule) stay in the section.
        Assert.Contains("Viestinnän tavoite on kertoa hankkeesta.", section.Text, StringComparison.Ordinal);
        Assert.Contains("alussa kerrotaan tavoitteista", section.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Toinen viesti", section.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Channels_without_audiences_stay_text()
    {
        var plan = MoneyImport.Run("1 Hankkeen tarve\nTeksti.\n2 Viestintä\nKanavina käytetään:\n- intranet\n- lehdistö\n", new CommunicationRecogniser());
        Assert.Null(plan.Communication);
        var section = MoneyImport.Flatten(plan.Sections).Single(s => s.Title == "Viestintä");
        Assert.Contains("lehdistö", section.Text, StringComparison.Ordinal);
    }
}
