namespace Hankevahti.Models;

/// <summary>
/// The region an adoption counts in: a wellbeing services county (hyvinvointialue), HUS or a city that organises its
/// own services. When the adopting organisation is itself one of those, it is its own region and the field may be left
/// empty; any other organisation (a municipality's unit, an association, a company) must say its region.
/// </summary>
public static class Regions
{
    // Words that make an organisation's name a region's: Finnish and Swedish names of counties and cities, and HUS.
    private static readonly string[] RegionWords = ["hyvinvointialue", "välfärdsområde", "kaupunki", "stad"];

    /// <summary>The organisation's own region, or null when its name is not a region's.</summary>
    public static string? DefaultFor(string? organisation)
    {
        var name = organisation?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }
        if (name.Equals("HUS", StringComparison.OrdinalIgnoreCase) || name.StartsWith("HUS ", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("HUS-", StringComparison.OrdinalIgnoreCase))
        {
            return "HUS";
        }
        return RegionWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase)) ? name : null;
    }
}
