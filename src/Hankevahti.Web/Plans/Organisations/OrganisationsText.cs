namespace Hankevahti.Web.Plans.Organisations;

/// <summary>Marker for the text of the organisations and governance page and partials (OrganisationsText.resx and its sv/en files).</summary>
public sealed class OrganisationsText;
