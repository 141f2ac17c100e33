using Hankevahti.Models;

namespace Hankevahti.Tests.Models;

public class ModelValidationTests
{
    private static readonly ModelModule[] Modules = [new(10, "Ydin", true, 0), new(11, "Digitaalinen palveluohjaus", false, 1)];

    // Each case: the input that is wrong, and the field and code expected for it.
    [Theory]
    [InlineData("", "Ydin", "", "name", "NameRequired")]              // a model must have a name to be found in the catalogue
    [InlineData("   ", "Ydin", "", "name", "NameRequired")]           // spaces only are no name
    [InlineData("Malli", "", "", "core", "PartRequired")]             // no part at all: nothing to record adoption of
    [InlineData("Malli", "Ydin", "A\nB\na", "modules", "ModuleTwice")] // a module twice (case ignored) would split its adoption
    [InlineData("Malli", "A", "a", "modules", "ModuleTwice")]          // a module named like the core
    public void A_model_is_refused_at_its_field(string name, string core, string modules, string field, string code)
    {
        var (model, errors) = ModelValidation.Validate(new ModelInput(name, null, null, null, null, core, modules));
        Assert.Null(model);
        var error = Assert.Single(errors);
        Assert.Equal((field, code), (error.Field, error.Code));
        Assert.StartsWith(field + ": expected", error.Message);
    }

    [Fact]
    public void A_model_with_modules_only_is_valid_and_trimmed()
    {
        var (model, errors) = ModelValidation.Validate(new ModelInput(" Malli ", "  ", "Ikääntyneet", null, null, null, "A\r\n\r\n B \n"));
        Assert.Empty(errors);
        Assert.Equal("Malli", model!.Name);
        Assert.Null(model.Description.CoreIdea);
        Assert.Equal(["A", "B"], model.Modules);
    }

    // Each case: the adoption as typed, and the field and code expected.
    [Theory]
    [InlineData("99", "HUS", "", "2026-03", "in_use", "module", "ModuleRequired")]           // a module of another model
    [InlineData("x", "HUS", "", "2026-03", "in_use", "module", "ModuleRequired")]            // not a number at all
    [InlineData("10", "", "", "2026-03", "in_use", "organisation", "OrganisationRequired")]  // whose adoption is it?
    [InlineData("10", "Järjestö ry", "", "2026-03", "in_use", "region", "RegionRequired")]  // not a region itself: must say its region
    [InlineData("10", "HUS", "", "03/2026", "in_use", "period", "PeriodFormat")]            // the Finnish month form is not the format
    [InlineData("10", "HUS", "", "2026-13", "in_use", "period", "PeriodFormat")]            // no 13th month
    [InlineData("10", "HUS", "", "1999", "in_use", "period", "PeriodFormat")]               // out of the range a model spreads in
    [InlineData("10", "HUS", "", "2026", "käytössä", "status", "StatusRequired")]           // the stored names, not the shown text
    public void An_adoption_is_refused_at_its_field(string module, string org, string region, string period, string status, string field, string code)
    {
        var (adoption, errors) = ModelValidation.Validate(new AdoptionInput(module, org, null, region, period, status, null), Modules);
        Assert.Null(adoption);
        var error = Assert.Single(errors);
        Assert.Equal((field, code), (error.Field, error.Code));
    }

    [Theory]
    [InlineData("Pirkanmaan hyvinvointialue", "", "Pirkanmaan hyvinvointialue")]  // a county is its own region
    [InlineData("HUS-yhtymä", "", "HUS")]                                       // HUS by any of its names
    [InlineData("Vantaan kaupunki", "", "Vantaan kaupunki")]                      // a city that organises its services
    [InlineData("Järjestö ry", "Keski-Suomen hyvinvointialue", "Keski-Suomen hyvinvointialue")] // given: used as given
    public void The_region_defaults_to_the_organisations_own(string org, string region, string expected)
    {
        var (adoption, errors) = ModelValidation.Validate(new AdoptionInput("11", org, " Lapset ", region, "2026-3", "piloting", " pöytäkirja "), Modules);
        Assert.Empty(errors);
        Assert.Equal(expected, adoption!.Region);
        Assert.Equal(("Lapset", "pöytäkirja", new ModelPeriod(2026, 3)), (adoption.Unit, adoption.Evidence, adoption.Period));
    }

    [Fact]
    public void Every_wrong_field_is_reported_at_once()
    {
        var (_, errors) = ModelValidation.Validate(new AdoptionInput("", "", null, null, "", "", null), Modules);
        Assert.Equal(["module", "organisation", "period", "status"], errors.Select(e => e.Field).ToArray());
    }
}
