namespace Hankevahti.Web.Plans.Forms;

/// <summary>
/// A labelled text field of an edit form (Forms/_TextField.cshtml): its message from the page's
/// ModelState shown under it and tied to it with aria-describedby, and the value the user typed kept.
/// </summary>
/// <param name="Name">The form name the page binds, "OrgInput.Name".</param>
/// <param name="Value">The value to show: the item's, or what the user sent when the form comes back with an error.</param>
public sealed record TextField(string Name, string Label, string? Value)
{
    public bool Required { get; init; }

    /// <summary>A textarea of this many rows instead of a one-line input; 0 for an input.</summary>
    public int Rows { get; init; }

    /// <summary>A short hint under the label ("one per line").</summary>
    public string? Help { get; init; }

    /// <summary>The id of a datalist to suggest values from.</summary>
    public string? List { get; init; }

    /// <summary>inputmode for phones' keyboards: "decimal" for numbers and amounts.</summary>
    public string? InputMode { get; init; }

    public string Id => Name.Replace('.', '_');
}
