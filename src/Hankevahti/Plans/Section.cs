namespace Hankevahti.Plans;

/// <summary>
/// A section of the plan as the document has it. Its text keeps everything that was not
/// taken into a structured field, so that nothing of the source is lost.
/// </summary>
public sealed record Section
{
    /// <summary>Stable identifier of the item inside the plan, kept from version to version (docs/plan-json.md, "Identities").</summary>
    public string Id { get; init; } = "";
    /// <summary>The number as written ("6.5", "4.", "Liite 1"), or null for an unnumbered heading.</summary>
    public string? Number { get; init; }
    public string Title { get; init; } = "";
    /// <summary>What the section is in the template ("need", "targetGroups", "risks"…), or null when unknown.</summary>
    public string? Kind { get; init; }
    /// <summary>Free text: paragraphs separated by a blank line.</summary>
    public string Text { get; init; } = "";
    public List<Section> Children { get; init; } = [];
    public SourceRef? Source { get; init; }
}
