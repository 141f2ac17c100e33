using System.Text.RegularExpressions;
using Hankevahti.Import.Common;

namespace Hankevahti.Import.Organisations;

/// <summary>Organisation names as plans write them: "Vantaan ja Keravan hyvinvointialue (VAKE)" → name and short name.</summary>
internal static partial class OrganisationNames
{
    public static (string Name, string? ShortName) Split(string text)
    {
        var t = CleanText.OneLine(text);
        var m = WithShort().Match(t);
        return m.Success ? (m.Groups["name"].Value.Trim(), m.Groups["short"].Value.Trim()) : (t, null);
    }

    /// <summary>Same organisation when the names match ignoring case, or one's short name is the other's name.</summary>
    public static bool Same(string a, string? aShort, string b, string? bShort)
    {
        static string K(string s) => CleanText.Key(s).Trim('.', ',');
        return K(a) == K(b) || (aShort is not null && K(aShort) == K(b)) || (bShort is not null && K(bShort) == K(a));
    }

    // A short name in brackets at the end: one word, at most 12 characters ("VAKE", "Keusote", "LUVN").
    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<short>[\p{L}\d-]{2,12})\)$")]
    private static partial Regex WithShort();
}
