using Hankevahti.Plans;

namespace Hankevahti.Checks;

/// <summary>How much a finding matters: an error blocks approval, a warning needs a look, info is a remark.</summary>
public enum FindingSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// A text in Finnish and English, and in Swedish where it is known (names of programmes, sections and periods);
/// Finnish is the product's first language and what a Swedish reader gets when no Swedish text is known.
/// </summary>
public sealed record Localized(string Fi, string En)
{
    /// <summary>The Swedish text, or null when there is none (the checks' messages are written in Finnish and English).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Sv { get; init; }

    public string In(string language) =>
        language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En
        : language.StartsWith("sv", StringComparison.OrdinalIgnoreCase) ? Sv ?? Fi
        : Fi;
}

/// <summary>
/// One thing a rule found in a plan: the rule's code and severity, a message naming the figures or
/// words concerned, a hint of what to do, and the place it points to.
/// </summary>
public sealed record Finding
{
    public string Code { get; init; } = "";
    public FindingSeverity Severity { get; init; }
    public Localized Message { get; init; } = new("", "");
    public Localized? Hint { get; init; }
    public FindingPlace Place { get; init; } = new();
}

/// <summary>
/// Where a finding points: the section it belongs to (for grouping), the model path of the value
/// ("risks[2].owner") so that a stored plan can be pointed at, the source location when the plan was
/// imported, and the words of the source it is about.
/// </summary>
public sealed record FindingPlace
{
    /// <summary>Number of the section as the plan writes it ("6.5", "Liite 1"); null when unnumbered or unknown.</summary>
    public string? SectionNumber { get; init; }
    public string? SectionTitle { get; init; }
    /// <summary>Path in the plan JSON: "budget.statedFigures[14]", "sections[3].children[1].text".</summary>
    public string Path { get; init; } = "";
    /// <summary>Where the value stood in the imported document: file, line, table row and cell.</summary>
    public SourceRef? Source { get; init; }
    /// <summary>The offending words, short enough for one line ("pp.kk.vvvv", "viisi toimenpidettä").</summary>
    public string? Quote { get; init; }
}
