namespace Hankevahti.Checks.Rules.Codes;

/// <summary>How messages name a section: by its number ("1.3"), or by its title in quotes when it has none.</summary>
public static class SectionNames
{
    public static string Of(SectionEntry section) =>
        string.IsNullOrWhiteSpace(section.Number) ? $"«{CheckContext.Shorten(section.Title, 60)}»" : section.Number.Trim().TrimEnd('.');
}
