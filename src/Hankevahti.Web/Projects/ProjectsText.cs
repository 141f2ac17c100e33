namespace Hankevahti.Web.Projects;

/// <summary>Marker for the text of the project pages (ProjectsText.resx and its sv/en files): list, overview, findings, key facts, whole plan.</summary>
public sealed class ProjectsText;
