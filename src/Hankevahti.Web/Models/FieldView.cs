namespace Hankevahti.Web.Models;

/// <summary>A field of the models' forms as _Field.cshtml draws it.</summary>
public sealed record FieldView(string Id, string Name, string Label, string? Value, string? Error, string Kind = "text", string? Hint = null)
{
    public IReadOnlyList<(string Value, string Label)> Options { get; init; } = [];
}
