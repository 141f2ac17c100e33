using System.Text.RegularExpressions;

namespace Hankevahti.Import.Overview;

/// <summary>Words of version rows and title pages: approval, version numbers, update dates.</summary>
internal static partial class VersionWords
{
    /// <summary>An approved version says so: "Hyväksytty.", "Hyväksytty ohjausryhmässä 3.5.2026".</summary>
    public static bool IsApproved(string? description) =>
        description is not null && Approved().IsMatch(description);

    [GeneratedRegex(@"^\s*hyväksytty\b", RegexOptions.IgnoreCase)]
    private static partial Regex Approved();

    /// <summary>"Hankesuunnitelma versio 2.0", "Versio 1.3", "v. 2.1".</summary>
    [GeneratedRegex(@"\b(versio|v\.)\s*(?<n>\d+(\.\d+){0,2})\b", RegexOptions.IgnoreCase)]
    public static partial Regex StatedNumber();

    /// <summary>"Päivitetty 15.9.2024", "päivitetty: 1.2.2022".</summary>
    [GeneratedRegex(@"^(?<word>päivitetty|päivitys|muokattu|korjattu)\s*:?\s*(?<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{4})\.?$", RegexOptions.IgnoreCase)]
    public static partial Regex Updated();

    /// <summary>A title page line that is only a date.</summary>
    [GeneratedRegex(@"^\d{1,2}\.\s?\d{1,2}\.\s?\d{4}$")]
    public static partial Regex DateOnlyLine();
}
