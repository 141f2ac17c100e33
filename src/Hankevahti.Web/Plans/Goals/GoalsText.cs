namespace Hankevahti.Web.Plans.Goals;

/// <summary>Marker for the text of the goals and indicators page and the whole plan's goal and indicator lists (GoalsText.resx and its sv/en files).</summary>
public sealed class GoalsText;
