namespace Hankevahti.Checks.Rules.Codes;

/// <summary>Small counts as plans write them: "viisi", "neljän", "5".</summary>
public static class FinnishNumbers
{
    private static readonly string[][] Words =
    [
        [],
        ["yksi", "yhden", "yhtä"],
        ["kaksi", "kahden", "kahta"],
        ["kolme", "kolmen", "kolmea"],
        ["neljä", "neljän", "neljää"],
        ["viisi", "viiden", "viittä"],
        ["kuusi", "kuuden", "kuutta"],
        ["seitsemän", "seitsemää"],
        ["kahdeksan", "kahdeksaa"],
        ["yhdeksän", "yhdeksää"],
        ["kymmenen", "kymmentä"],
    ];

    /// <summary>Every word form, for tests that keep the list patterns in step with the parser.</summary>
    public static IEnumerable<string> AllWords => Words.SelectMany(w => w);

    public static int? Parse(string word)
    {
        if (int.TryParse(word, out var n))
        {
            return n;
        }
        var lower = word.ToLowerInvariant();
        for (var i = 1; i < Words.Length; i++)
        {
            if (Words[i].Contains(lower))
            {
                return i;
            }
        }
        return null;
    }

    /// <summary>The basic word for a count ("neljä"), or the digits past ten.</summary>
    public static string Say(int n) => n >= 1 && n < Words.Length ? Words[n][0] : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string SayEn(int n) => n switch
    {
        1 => "one", 2 => "two", 3 => "three", 4 => "four", 5 => "five", 6 => "six", 7 => "seven", 8 => "eight", 9 => "nine", 10 => "ten",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
