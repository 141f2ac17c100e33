using System.Globalization;

namespace Hankevahti.Export.Iati;

/// <summary>
/// Who publishes the export. IATI wants every activity identifier to start with the reporting organisation's own
/// IATI organisation identifier (docs/decisions/0012-iati-identifier.md), so that is configured, not guessed:
/// the default is a placeholder that says so, to be replaced by the publisher's identifier, e.g. "FI-PRO-1234567-8"
/// (a Finnish business id, agency FI-PRO of the OrganisationRegistrationAgency codelist).
/// </summary>
public sealed record IatiOptions
{
    public const string PlaceholderReference = "XX-HANKEVAHTI";

    /// <summary>The reporting organisation's IATI organisation identifier: reporting-org/@ref and the identifiers' prefix.</summary>
    public string ReportingOrgReference { get; init; } = PlaceholderReference;
    /// <summary>OrganisationType code of the reporting organisation; 10 is "Government" (a ministry).</summary>
    public string ReportingOrgType { get; init; } = "10";
    public string ReportingOrgName { get; init; } = "Hankevahti";
    /// <summary>ISO 4217 code of every amount: the plans and ledgers are in euros.</summary>
    public string Currency { get; init; } = "EUR";

    /// <summary>
    /// The activity's iati-identifier: the reference, a hyphen and the project's id in this database
    /// ("FI-PRO-1234567-8-42"). The id never changes for a project, so a re-export updates the same activity.
    /// </summary>
    public string Identifier(int projectId) =>
        string.Create(CultureInfo.InvariantCulture, $"{ReportingOrgReference.Trim()}-{projectId}");

    /// <summary>Null when the options can make valid identifiers, else what is wrong, in one line.</summary>
    public string? Problem()
    {
        var reference = ReportingOrgReference.Trim();
        if (reference.Length == 0)
        {
            return "the reporting organisation's IATI identifier is empty: expected one such as FI-PRO-1234567-8";
        }
        // IATI identifiers are written into URLs and file names; the guidance forbids these characters in them.
        if (reference.IndexOfAny(['/', '&', '|', '?', ' ']) >= 0)
        {
            return $"the reporting organisation's IATI identifier '{reference}' holds a space or one of / & | ?: expected letters, digits and hyphens";
        }
        return Currency.Length == 3 && Currency.All(char.IsAsciiLetterUpper) ? null
            : $"the currency '{Currency}' is not an ISO 4217 code: expected three capital letters such as EUR";
    }
}
