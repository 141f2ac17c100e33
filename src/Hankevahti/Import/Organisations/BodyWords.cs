using Hankevahti.Import.Common;
using Hankevahti.Plans;

namespace Hankevahti.Import.Organisations;

/// <summary>Which governance body a text names: ohjausryhmä, johtoryhmä, hanketoimisto, työryhmä.</summary>
internal static class BodyWords
{
    public static GovernanceKind? KindOf(string? text)
    {
        var k = CleanText.Key(text ?? "");
        if (k.Contains("ohjausryhm"))
        {
            return GovernanceKind.SteeringGroup;
        }
        if (k.Contains("johtoryhm"))
        {
            return GovernanceKind.ManagementGroup;
        }
        if (k.Contains("hanketoimisto") || k.Contains("projektitoimisto") || k.Contains("hankehallinto"))
        {
            return GovernanceKind.ProjectOffice;
        }
        if (k.Contains("työryhm") || k.Contains("projektiryhm") || k.Contains("ydinryhm") || k.Contains("verkosto"))
        {
            return GovernanceKind.WorkingGroup;
        }
        return null;
    }

    public static string DefaultName(GovernanceKind kind) => kind switch
    {
        GovernanceKind.SteeringGroup => "Ohjausryhmä",
        GovernanceKind.ManagementGroup => "Johtoryhmä",
        GovernanceKind.ProjectOffice => "Hanketoimisto",
        GovernanceKind.WorkingGroup => "Työryhmä",
        _ => "Toimielin",
    };

    /// <summary>A short line that only names a body ("Ohjausryhmä", "Operatiivinen johtoryhmä"): a sub-heading lost in export.</summary>
    public static bool IsBodyHeading(string text)
    {
        var t = CleanText.OneLine(text);
        return t.Length > 0 && t.Split(' ').Length <= 8 && !t.EndsWith('.') && !t.EndsWith(':') && KindOf(t) is not null && char.IsUpper(t[0]);
    }
}
