using Hankevahti.Checks;
using Hankevahti.Checks.Profiles;

namespace Hankevahti.Tests.Checks.Profiles;

/// <summary>
/// The product speaks Finnish, Swedish and English: every name a shipped profile gives (the programme's, its required
/// sections', its reporting periods') is given in all three, so a Swedish reader never meets a Finnish programme name
/// where a Swedish one exists. The checks' messages are Finnish and English only; Swedish falls back to Finnish.
/// </summary>
public class ProfileLanguageTests
{
    public static TheoryData<string> Profiles() => [.. ProfileCatalog.All.Select(p => p.Key)];

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Every_name_a_profile_gives_is_in_finnish_swedish_and_english(string key)
    {
        var profile = ProfileCatalog.All.Single(p => p.Key == key);
        var names = new[] { ("programme", profile.Name) }
            .Concat(profile.RequiredSections.Select(s => ($"section {string.Join('/', s.Kinds)}", s.Name)))
            .Concat(profile.ReportingPeriods.Select(p => ("reporting period", p.Name)));
        foreach (var (what, name) in names)
        {
            Assert.False(string.IsNullOrWhiteSpace(name.Fi), $"{key}: {what} has no Finnish name");
            Assert.False(string.IsNullOrWhiteSpace(name.Sv), $"{key}: {what} ({name.Fi}) has no Swedish name");
            Assert.False(string.IsNullOrWhiteSpace(name.En), $"{key}: {what} ({name.Fi}) has no English name");
            // A Swedish name copied from the Finnish one would pass the emptiness check and still be Finnish.
            Assert.NotEqual(name.Fi, name.Sv);
        }
    }

    // Why each case: the three languages pick their own text; a Swedish reader gets Finnish when no Swedish text is
    // known (a check's message); a culture name with its region ("sv-FI", "en-GB") picks by its language.
    [Theory]
    [InlineData("fi", "sv", "fi-text")]
    [InlineData("sv", "sv", "sv-text")]
    [InlineData("sv-FI", "sv", "sv-text")]
    [InlineData("en-GB", "sv", "en-text")]
    [InlineData("sv", null, "fi-text")]
    public void A_text_is_given_in_the_readers_language_and_in_finnish_when_it_has_no_swedish(string language, string? sv, string expected)
    {
        var text = new Localized("fi-text", "en-text") { Sv = sv is null ? null : "sv-text" };
        Assert.Equal(expected, text.In(language));
    }
}
