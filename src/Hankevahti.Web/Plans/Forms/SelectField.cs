namespace Hankevahti.Web.Plans.Forms;

/// <summary>A labelled choice of an edit form (Forms/_SelectField.cshtml), e.g. a model enum's values in the reader's language.</summary>
public sealed record SelectField(string Name, string Label, IReadOnlyList<SelectOption> Options, string? Selected)
{
    public string Id => Name.Replace('.', '_');

    /// <summary>Every value of an enum, named by <see cref="Shared.Fi.Text"/>.</summary>
    public static IReadOnlyList<SelectOption> Of<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new SelectOption(v.ToString(), Shared.Fi.Text(v))).ToList();
}

public sealed record SelectOption(string Value, string Text);
