namespace Hankevahti.Vocabulary;

/// <summary>
/// The words plans use for a risk's likelihood and impact, placed on the 1–5 scale that the plan model,
/// the risk matrix and the checks use. One table serves both dimensions because the words grade the same
/// way: the template's five steps are "erittäin pieni – pieni – kohtalainen – suuri – erittäin suuri" and
/// "erittäin epätodennäköinen – epätodennäköinen – mahdollinen – todennäköinen – erittäin todennäköinen".
/// A three-step scale written in words (pieni – keskisuuri – suuri) lands on 2–3–4, which keeps its order
/// without claiming the ends of the scale. Words not listed here ("melko suuri") are not guessed at.
/// </summary>
public static class RatingWords
{
    private static readonly Dictionary<string, int> Steps = new(StringComparer.Ordinal)
    {
        // 1: the lowest step.
        ["erittäin pieni"] = 1, ["hyvin pieni"] = 1, ["erittäin vähäinen"] = 1, ["hyvin vähäinen"] = 1,
        ["merkityksetön"] = 1, ["erittäin epätodennäköinen"] = 1, ["hyvin epätodennäköinen"] = 1,
        ["erittäin matala"] = 1, ["hyvin matala"] = 1, ["erittäin alhainen"] = 1, ["hyvin alhainen"] = 1,
        // 2
        ["pieni"] = 2, ["vähäinen"] = 2, ["lievä"] = 2, ["epätodennäköinen"] = 2, ["matala"] = 2, ["alhainen"] = 2,
        // 3: the middle.
        ["kohtalainen"] = 3, ["keskisuuri"] = 3, ["keskimääräinen"] = 3, ["mahdollinen"] = 3, ["keskitaso"] = 3,
        ["keskitasoinen"] = 3, ["kohtuullinen"] = 3, ["keskinkertainen"] = 3, ["keski"] = 3,
        // 4
        ["suuri"] = 4, ["merkittävä"] = 4, ["todennäköinen"] = 4, ["korkea"] = 4, ["vakava"] = 4,
        // 5: the highest step.
        ["erittäin suuri"] = 5, ["hyvin suuri"] = 5, ["erittäin merkittävä"] = 5, ["hyvin merkittävä"] = 5,
        ["erittäin todennäköinen"] = 5, ["hyvin todennäköinen"] = 5, ["erittäin korkea"] = 5, ["hyvin korkea"] = 5,
        ["kriittinen"] = 5, ["erittäin vakava"] = 5, ["lähes varma"] = 5, ["varma"] = 5,
    };

    /// <summary>The step 1–5 of a rating word ("Merkittävä" → 4), or null when the words are not on the scale.</summary>
    public static int? Step(string? words)
    {
        if (string.IsNullOrWhiteSpace(words))
        {
            return null;
        }
        var key = string.Join(' ', words.ToLowerInvariant().Replace("*", "").Replace("_", " ")
            .Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim('.', ',', ';', '!', ' ');
        return Steps.TryGetValue(key, out var step) ? step : null;
    }

    /// <summary>Every word on the scale with its step, for documentation and tests.</summary>
    public static IReadOnlyDictionary<string, int> All => Steps;
}
