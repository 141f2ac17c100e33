using System.Text;
using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Reading.Text;

namespace Hankevahti.Tests.Import.Overview;

/// <summary>
/// The title and the lead applicant come from the first page in every way a plan writes it: a labelled field,
/// a "X Hankesuunnitelma" line, a heading of its own (Word heading style, markdown "#", bold markers) — before
/// any guess from the file's name or from how often an organisation is named.
/// </summary>
public class FirstPageTests
{
    private const string Body = "\n# 1 Hankkeen tarve\n\nTarve on suuri.\n\n# 2 Tavoitteet\n\nTavoite.\n";

    private static Plan Import(string text) =>
        PlanImporter.Import(PlanTextReader.Read(Encoding.UTF8.GetBytes(text), "suunnitelma.md"), "suunnitelma.md").Plan!;

    [Theory]
    // A markdown level-1 heading with bold markers on the first page: a plan written with heading styles.
    [InlineData("# **Kotihoidon digiloikka**\n\nHANKESUUNNITELMA\n", "Kotihoidon digiloikka")]
    // The organisation's name stands above the document word; the heading is still the surer title.
    [InlineData("# Kotihoidon digiloikka\n\nJärvi-Suomen hyvinvointialue\n\nHANKESUUNNITELMA\n", "Kotihoidon digiloikka")]
    // A labelled field states the name outright and wins over a heading that only says what the document is.
    [InlineData("# Hankesuunnitelma\n\nHankkeen nimi: Arjen tuki kotiin\n", "Arjen tuki kotiin")]
    // The field as a two-cell table row (form-like title pages).
    [InlineData("HANKESUUNNITELMA\n\nHankkeen nimi\tArjen tuki kotiin\nHakija\tJärvi-Suomen hyvinvointialue\n", "Arjen tuki kotiin")]
    // The label alone on its line and the value on the next, as PDF text gives a form's field.
    [InlineData("Hankkeen nimi:\n\nArjen tuki kotiin\n", "Arjen tuki kotiin")]
    // The document word on the title's own line, as before.
    [InlineData("Arjen tuki kotiin Hankesuunnitelma\n", "Arjen tuki kotiin")]
    // A name in another language is a translation, not the title; the Finnish field is taken.
    [InlineData("Hankkeens namn: Vardagsstöd\n\nHankkeen nimi: Arjen tuki kotiin\n", "Arjen tuki kotiin")]
    public void The_title_is_read_from_the_first_page(string firstPage, string expected)
    {
        var plan = Import(firstPage + Body);

        Assert.Equal(expected, plan.Project.Name);
        Assert.DoesNotContain(plan.Import!.Notes, n => n.Code == ImportNoteCodes.NameFromFile);
    }

    [Theory]
    // A heading the template names (the first section) is never the title, so the file's name stands in.
    [InlineData("")]
    // A placeholder left from the template is not a title.
    [InlineData("Hankkeen nimi: <Hankkeen nimi>\n")]
    public void Without_a_title_on_the_first_page_the_file_name_is_used_with_a_note(string firstPage)
    {
        var plan = Import(firstPage + Body);

        Assert.Equal("suunnitelma", plan.Project.Name);
        Assert.Contains(plan.Import!.Notes, n => n.Code == ImportNoteCodes.NameFromFile);
    }

    [Theory]
    // The applicant field names the lead outright.
    [InlineData("# Arjen tuki\n\nHakija: Järvi-Suomen hyvinvointialue\n", "Järvi-Suomen hyvinvointialue")]
    // In a form's table row, under the lead applicant's own label.
    [InlineData("# Arjen tuki\n\nPäähakija\tKaupunkikuntayhtymä Oy\n", "Kaupunkikuntayhtymä Oy")]
    // No field: the organisation's line on the title page (under a heading of its own) is the applicant's.
    [InlineData("# Arjen tuki\n\nJärvi-Suomen hyvinvointialue\n\nHANKESUUNNITELMA\n", "Järvi-Suomen hyvinvointialue")]
    public void The_lead_applicant_is_read_from_the_first_page(string firstPage, string expected)
    {
        var plan = Import(firstPage + Body);

        var lead = Assert.Single(plan.Organisations, o => o.Roles.Contains(OrganisationRole.LeadApplicant));
        Assert.Equal(expected, lead.Name);
    }
}
