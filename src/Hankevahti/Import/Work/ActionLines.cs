using System.Text.RegularExpressions;

namespace Hankevahti.Import.Work;

/// <summary>
/// Lines that name an action with its code: letters as the structural-reform plans write them
/// ("- A. Hankehallinnon…", "F.Vaikuttavuus…", "F.1. …", "I.3 **Osallisuus…**") and numbers under a
/// work package ("1.1. Monimuotoisuusohjelman…" under Työpaketti 1).
/// </summary>
public static partial class ActionLines
{
    public readonly record struct ActionLine(string Code, string Title);

    /// <summary>The action a line names, or null. A numeric code counts only under its own part ("2.3" under part "2").</summary>
    public static ActionLine? Parse(string line, string? partCode)
    {
        var m = LetterCode().Match(line);
        if (m.Success)
        {
            return new ActionLine(m.Groups["code"].Value, Tidy(m.Groups["title"].Value));
        }
        if (partCode is not null)
        {
            m = NumberCode().Match(line);
            if (m.Success)
            {
                var code = m.Groups["code"].Value;
                var dot = code.LastIndexOf('.');
                if (dot > 0 && string.Equals(code[..dot], partCode, StringComparison.OrdinalIgnoreCase))
                {
                    return new ActionLine(code, Tidy(m.Groups["title"].Value));
                }
            }
        }
        return null;
    }

    private static string Tidy(string title) => title.Trim().TrimEnd(':').Trim();

    // One capital letter, optionally ".N", then a dot or space and an upper-case title. The dot is
    // required after a bare letter so that ordinary sentences ("A new…") are not taken.
    [GeneratedRegex(@"^(?:[-•*\uF0B7]\s*)?(?:Toimenpide\s+)?(?<code>[A-ZÅÄÖ](?:\.\d{1,2})?)(?:[.:]\s*|(?<=\d)\s+)(?<title>[A-ZÅÄÖ][\p{L}\p{N}].{2,})$")]
    private static partial Regex LetterCode();

    [GeneratedRegex(@"^(?:[-•*\uF0B7]\s*)?(?:Toimenpide\s+)?(?<code>\d{1,2}(?:\.\d{1,2}){1,2}[A-Z]?)[.:]?\s+(?<title>[A-ZÅÄÖ].{2,})$")]
    private static partial Regex NumberCode();
}
