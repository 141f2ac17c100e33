namespace Hankevahti.Web.People;

/// <summary>Marker for the text of the people pages (PeopleText.resx and its sv/en files): a project's members, its audit trail, the administrator's user list.</summary>
public sealed class PeopleText;
