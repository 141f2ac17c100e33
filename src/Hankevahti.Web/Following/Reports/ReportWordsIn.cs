using System.Globalization;
using System.Resources;
using Hankevahti.Following.Reports;
using Hankevahti.Web.Shared;

namespace Hankevahti.Web.Following.Reports;

/// <summary>
/// The words of a report in a language: ReportsText.resx, and the cost categories' names from EnumText.resx
/// (one place for them in the whole app). The command line asks for a language by name; the pages use the reader's.
/// </summary>
public static class ReportWordsIn
{
    private static readonly ResourceManager Reports = new(typeof(ReportsText));
    private static readonly ResourceManager Enums = new(typeof(EnumText));

    public static ReportWords Culture(CultureInfo culture) => key =>
        (key.StartsWith("CostCategory.", StringComparison.Ordinal) ? Enums.GetString(key, culture) : null)
        ?? Reports.GetString(key, culture) ?? key;

    public static ReportWords Current => Culture(CultureInfo.CurrentUICulture);

    /// <summary>The UI culture of a language code "fi", "sv" or "en"; null for another.</summary>
    public static CultureInfo? Language(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "fi" => CultureInfo.GetCultureInfo("fi"),
        "sv" => CultureInfo.GetCultureInfo("sv"),
        "en" => CultureInfo.GetCultureInfo("en"),
        _ => null,
    };
}
