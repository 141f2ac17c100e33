using System.Text.RegularExpressions;

namespace Hankevahti.Vocabulary;

/// <summary>
/// The ministry template's sections under the names real plans give them. The first pattern that
/// matches the heading wins, so the more specific wordings come before the general ones.
/// </summary>
public static partial class SectionKinds
{
    public const string Need = "need";
    public const string Background = "background";
    public const string Introduction = "introduction";
    public const string TargetGroups = "targetGroups";
    public const string Goals = "goals";
    public const string Implementation = "implementation";
    public const string Schedule = "schedule";
    public const string Actions = "actions";
    public const string Outcomes = "outcomes";
    public const string Outputs = "outputs";
    public const string Results = "results";
    public const string Impacts = "impacts";
    public const string Administration = "administration";
    public const string Organisation = "organisation";
    public const string SteeringGroup = "steeringGroup";
    public const string Resources = "resources";
    public const string Communication = "communication";
    public const string Monitoring = "monitoring";
    public const string Risks = "risks";
    public const string Budget = "budget";
    public const string Part = "part";
    public const string Pillar = "pillar";
    public const string Investment = "investment";
    public const string WorkPackage = "workPackage";
    public const string Scaling = "scaling";
    public const string RelatedProjects = "relatedProjects";
    public const string Scope = "scope";
    public const string Contents = "contents";
    public const string Annex = "annex";

    private static readonly (Regex Pattern, string Kind)[] Words =
    [
        (Re(@"^sisällys"), Contents),
        (Re(@"^liite\b.*(talous|kustannus|budjet)"), Budget),
        (Re(@"^liite\b"), Annex),
        (Re(@"^työpaketti\b|^tp\s*\d"), WorkPackage),
        (Re(@"^osa-alue\s*\d"), Part),
        (Re(@"kohderyhm"), TargetGroups),
        (Re(@"^pilari\s*\d"), Pillar),
        (Re(@"^investointi\s*\d"), Investment),
        (Re(@"^pilarit\b"), Implementation),
        (Re(@"tuotokset.*tulokset|tulokset.*vaikutukset"), Outcomes),
        (Re(@"^(hankkeen\s+)?tuotokset|^tuotos"), Outputs),
        (Re(@"vaikutusten\s+(enna|arvio)|^vaikutukset\b|^vaikuttavuus\b"), Impacts),
        (Re(@"riski"), Risks),
        (Re(@"kustannu|taloussuunnitelma|talousarvio|budjetti|rahoitus"), Budget),
        (Re(@"ohjausryhm"), SteeringGroup),
        (Re(@"toimijat|organisoitu|organisaatio"), Organisation),
        (Re(@"resurssi|henkilöstö"), Resources),
        (Re(@"viestin"), Communication),
        (Re(@"seuranta|arviointi"), Monitoring),
        (Re(@"tarve"), Need),
        (Re(@"tausta|lähtökoh"), Background),
        (Re(@"johdanto"), Introduction),
        (Re(@"aikataulu"), Schedule),
        (Re(@"toimenpite"), Actions),
        (Re(@"tavoit|päämäär"), Goals),
        (Re(@"^(hankkeen\s+)?tulokset|tuotokset"), Results),
        (Re(@"vaikutuk|vaikuttavuu"), Impacts),
        (Re(@"hallinno"), Administration),
        (Re(@"^toteutus|toteuttaminen"), Implementation),
        (Re(@"skaala|levittäm"), Scaling),
        (Re(@"yhtey|kytkö|muut hankkeet"), RelatedProjects),
        (Re(@"rajau|riippuvuu"), Scope),
    ];

    /// <summary>The kind of a section from its heading text (without the number), or null when unknown.</summary>
    public static string? Classify(string title)
    {
        var t = title.Trim().ToLowerInvariant();
        foreach (var (pattern, kind) in Words)
        {
            if (pattern.IsMatch(t))
            {
                return kind;
            }
        }
        return null;
    }

    private static Regex Re(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
