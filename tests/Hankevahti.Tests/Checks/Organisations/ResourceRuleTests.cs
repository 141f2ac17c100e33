using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Organisations;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Organisations;

public class ResourceRuleTests
{
    private static Resource Row(string organisation, string person, string? allocation, int row, int table = 7, string? description = null) => new()
    {
        Organisation = organisation,
        PersonOrRole = person,
        Description = description,
        Allocation = allocation is null ? null : new Allocation { Value = 20, Text = allocation },
        Source = new SourceRef { Line = 70 + row, Table = table, Row = row },
    };

    private static Plan With(params Resource[] resources) => new()
    {
        Sections = [new Section { Number = "6.2", Title = "Hankkeen resurssit", Kind = "resources", Source = new SourceRef { Line = 60 } }],
        Resources = [.. resources],
    };

    [Fact]
    public void Empty_rows_of_a_table_are_one_warning_naming_the_organisations()
    {
        var plan = With(Row("Alue A", "", null, 2), Row("Alue B", "Koordinaattori", "20 %", 3), Row("Alue C", "", null, 4));

        var f = Assert.Single(CheckRun.Rule<ResourceWithoutPersonRule>(plan));

        Assert.Equal(FindingSeverity.Warning, f.Severity);
        Assert.Equal("Resurssitaulukossa on tyhjiä rivejä: Alue A, Alue C.", f.Message.Fi);
        Assert.Equal("The resource table has empty rows: Alue A, Alue C.", f.Message.En);
        Assert.Equal("resources", f.Place.Path);
        Assert.Equal((72, 7, 2), (f.Place.Source?.Line, f.Place.Source?.Table, f.Place.Source?.Row));
        Assert.Equal("6.2", f.Place.SectionNumber);
    }

    [Fact]
    public void A_row_with_an_allocation_but_no_person_is_named_apart_from_empty_rows()
    {
        var plan = With(Row("Alue A", "", null, 2), Row("Alue B", " ", "20 %", 3));

        var f = Assert.Single(CheckRun.Rule<ResourceWithoutPersonRule>(plan));

        Assert.Equal("Resurssitaulukossa on tyhjä rivi: Alue A; henkilö tai rooli puuttuu riveiltä: Alue B.", f.Message.Fi);
    }

    [Fact]
    public void A_row_with_neither_person_nor_organisation_is_named_by_its_row()
    {
        var plan = With(Row("", "", "20 %", 4));

        var f = Assert.Single(CheckRun.Rule<ResourceWithoutPersonRule>(plan));

        Assert.Equal("Resurssitaulukossa on rivejä, joilta henkilö tai rooli puuttuu: rivi 4.", f.Message.Fi);
        Assert.Equal("The resource table has rows without a person or role: row 4.", f.Message.En);
    }

    [Fact]
    public void Each_table_gets_its_own_finding()
    {
        var plan = With(Row("Alue A", "", null, 2, table: 7), Row("Alue B", "", null, 2, table: 9));

        Assert.Equal(2, CheckRun.Rule<ResourceWithoutPersonRule>(plan).Count);
    }

    [Fact]
    public void Quiet_when_every_row_names_a_person()
    {
        var plan = With(Row("Alue A", "Projektipäällikkö", "100 %", 2), Row("Alue B", "Koordinaattori", "20 %", 3));

        Assert.Empty(CheckRun.Rule<ResourceWithoutPersonRule>(plan));
        Assert.Empty(CheckRun.Rule<ResourceWithoutAllocationRule>(plan));
    }

    [Theory]
    // No allocation at all.
    [InlineData(null)]
    // An allocation with no value and no words.
    [InlineData(" ")]
    public void Fires_for_a_person_without_an_allocation(string? text)
    {
        var missing = Row("Alue A", "Koordinaattori", null, 3) with { Allocation = text is null ? null : new Allocation { Text = text } };
        var plan = With(Row("Alue A", "Projektipäällikkö", "100 %", 2), missing);

        var f = Assert.Single(CheckRun.Rule<ResourceWithoutAllocationRule>(plan));

        Assert.Equal(FindingSeverity.Warning, f.Severity);
        Assert.Contains("Koordinaattori (Alue A)", f.Message.Fi, StringComparison.Ordinal);
        Assert.Equal("resources[1].allocation", f.Place.Path);
    }

    [Fact]
    public void An_allocation_in_words_counts()
    {
        var plan = With(Row("Alue A", "Asiantuntijat", null, 2) with { Allocation = new Allocation { Text = "tarpeen mukaan" } });

        Assert.Empty(CheckRun.Rule<ResourceWithoutAllocationRule>(plan));
    }

    [Fact]
    public void Rows_without_a_person_are_left_to_the_person_rule()
    {
        Assert.Empty(CheckRun.Rule<ResourceWithoutAllocationRule>(With(Row("Alue A", "", null, 2))));
    }
}
