using System.Globalization;

namespace Hankevahti.Checks;

/// <summary>
/// Numbers in findings the way each language writes them: "1 096 927 €" and "20 %" in Finnish,
/// "€1,096,927" and "20%" in English. A plain space (not a no-break one) keeps terminal output greppable.
/// </summary>
public static class Say
{
    private static readonly CultureInfo Finnish = CultureInfo.GetCultureInfo("fi-FI");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>An amount of euros, with cents only when there are any.</summary>
    public static Localized Euros(decimal amount) => new(NumberFi(amount) + " €", "€" + NumberEn(amount));

    public static string EurosFi(decimal amount) => Euros(amount).Fi;

    public static string NumberFi(decimal value) => value.ToString("#,0.##", Finnish).Replace('\u00A0', ' ').Replace('\u202F', ' ');

    public static string NumberEn(decimal value) => value.ToString("#,0.##", English);

    /// <summary>A share such as 0.2 as "20 %" / "20%".</summary>
    public static Localized Share(decimal share) => new(NumberFi(share * 100) + " %", NumberEn(share * 100) + "%");

    /// <summary>A date as d.M.yyyy in both languages (the plans write them so).</summary>
    public static string Date(DateOnly date) => date.ToString("d.M.yyyy", CultureInfo.InvariantCulture);
}
