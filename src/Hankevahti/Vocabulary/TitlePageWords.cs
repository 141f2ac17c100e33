using System.Text.RegularExpressions;

namespace Hankevahti.Vocabulary;

/// <summary>
/// The labels of the template's first-page fields: the project's name and its applicant. A value next to one
/// of these labels is what the plan itself says, so it is taken before any reading of lines or any guess.
/// </summary>
public static partial class TitlePageWords
{
    /// <summary>"Hankkeen nimi", "Hankkeen nimi ja lyhenne", "Projektin nimi", "Hankkeen koko nimi" (not "Hankkeen nimi ruotsiksi").</summary>
    public static bool IsNameLabel(string label) => NameLabel().IsMatch(Normalise(label));

    /// <summary>"Hakija", "Päähakija", "Hakijaorganisaatio", "Hankkeen hakija", "Valtionavustuksen hakija".</summary>
    public static bool IsApplicantLabel(string label) => ApplicantLabel().IsMatch(Normalise(label));

    private static string Normalise(string label) => label.Trim().TrimEnd(':').Trim().ToLowerInvariant();

    // Names in other languages are translations of the title, not the title: the Finnish one is the plan's.
    [GeneratedRegex(@"^(hankkeen|projektin|kehittämishankkeen)\s+(koko\s+|virallinen\s+)?nimi(\s+ja\s+(lyhenne|akronyymi|lyhytnimi))?$|^hanke$|^hankkeen\s+nimi\s+suomeksi$", RegexOptions.CultureInvariant)]
    private static partial Regex NameLabel();

    [GeneratedRegex(@"^(pää)?hakija(organisaatio)?$|^(hankkeen|valtionavustuksen)\s+(pää)?hakija$|^hakijan\s+nimi$", RegexOptions.CultureInvariant)]
    private static partial Regex ApplicantLabel();
}
