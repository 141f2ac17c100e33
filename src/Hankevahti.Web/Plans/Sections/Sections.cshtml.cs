using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Hankevahti.Limits;
using System.Globalization;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Plans.Limits;
using Hankevahti.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Plans.Sections;

[LabelsFrom(typeof(SectionsText))]
public sealed class SectionInput
{
    [Limit(FieldKind.Code)]
    public string? Number { get; set; }
    [Limit(FieldKind.Title)]
    public string? Title { get; set; }
    [Limit(FieldKind.Chapter)]
    public string? Text { get; set; }
}

/// <summary>
/// The plan's free text, section by section (/projects/{id}/sections), and the import's notes. A section
/// is named in the address by its indexes from the top: ?edit=2-1 edits the second subsection of the third
/// section, ?add=2-1 adds a subsection to it, ?add=root a section at the end of the plan.
/// </summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class SectionsModel(HankevahtiDb db, PlanCache cache, IStringLocalizer<UiText> ui, IStringLocalizer<SectionsText> text)
    : EditablePartPage(db, cache, ui)
{
    public const string Root = "root";

    public override string PartKey => "sections";

    [BindProperty(SupportsGet = true)]
    public string? Edit { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Add { get; set; }

    [BindProperty]
    public SectionInput Input { get; set; } = new();

    /// <summary>"2-1" for the indexes [2, 1]: how the address names a section.</summary>
    public static string Key(IReadOnlyList<int> indexes) => string.Join("-", indexes.Select(i => i.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The JSON path of a section: [2, 1] → "sections[2].children[1]".</summary>
    public static string PathOf(IReadOnlyList<int> indexes) =>
        "sections" + string.Join(".children", indexes.Select(i => $"[{i.ToString(CultureInfo.InvariantCulture)}]"));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (!TargetsExist())
        {
            return NotFound();
        }
        if (Edit is not null && Find(Plan.Sections, Edit) is { } section)
        {
            Input = new SectionInput { Number = section.Number, Title = section.Title, Text = section.Text };
        }
        return Page();
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (!TargetsExist() || (Edit is null) == (Add is null))
        {
            return NotFound();
        }
        CheckRequired("Input.Title", Input.Title, text["Title"]);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var indexes = Edit is not null ? Parse(Edit)! : [.. Parse(Add!) ?? [], ChildrenOf(Plan.Sections, Add!).Count];
        return await SaveAsync(id, plan =>
        {
            var siblings = ChildrenOf(plan.Sections, Key(indexes[..^1]) is { Length: > 0 } parent ? parent : Root);
            var old = Edit is not null ? siblings[indexes[^1]] : new Section();
            var section = old with
            {
                Number = Clean(Input.Number),
                Title = Input.Title!.Trim(),
                Text = Text(Input.Text),
            };
            if (Edit is not null)
            {
                siblings[indexes[^1]] = section;
            }
            else
            {
                siblings.Add(section);
            }
            return plan;
        }, Edit is null ? text["NoteAdded"] : text["NoteEdited"], PlanParts.Anchor(PathOf(indexes)), ct);
    }

    /// <summary>Deletes a section that holds nothing: text and subsections are never thrown away by one click.</summary>
    [HandlerPolicy(Policies.PlanEdit)]

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (Edit is null || Find(Plan.Sections, Edit) is not { } section)
        {
            return NotFound();
        }
        if (!IsEmpty(section))
        {
            ModelState.AddModelError("", text["NotEmpty"]);
            Edit = null;
            return Page();
        }
        var indexes = Parse(Edit)!;
        var parent = indexes.Length > 1 ? Key(indexes[..^1]) : Root;
        return await SaveAsync(id, plan =>
        {
            ChildrenOf(plan.Sections, parent).RemoveAt(indexes[^1]);
            return plan;
        }, text["NoteDeleted"], indexes.Length > 1 ? PlanParts.Anchor(PathOf(indexes[..^1])) : "sections", ct);
    }

    public static bool IsEmpty(Section section) => string.IsNullOrWhiteSpace(section.Text) && section.Children.Count == 0;

    /// <summary>"2-1" → [2, 1]; null for anything else.</summary>
    public static int[]? Parse(string? key)
    {
        if (string.IsNullOrEmpty(key) || key == Root)
        {
            return key == Root ? [] : null;
        }
        var parts = key.Split('-');
        var result = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out result[i]))
            {
                return null;
            }
        }
        return result;
    }

    /// <summary>The section a key names, or null when there is none.</summary>
    public static Section? Find(List<Section> sections, string key)
    {
        var indexes = Parse(key);
        if (indexes is not { Length: > 0 })
        {
            return null;
        }
        Section? found = null;
        var level = sections;
        foreach (var i in indexes)
        {
            if (i >= level.Count)
            {
                return null;
            }
            found = level[i];
            level = found.Children;
        }
        return found;
    }

    /// <summary>The list a new section under <paramref name="parentKey"/> goes into: the top level for <see cref="Root"/>.</summary>
    private static List<Section> ChildrenOf(List<Section> sections, string parentKey) =>
        parentKey == Root ? sections : Find(sections, parentKey)!.Children;

    private bool TargetsExist() =>
        (Edit is null || Find(Plan.Sections, Edit) is not null)
        && (Add is null || Add == Root || Find(Plan.Sections, Add) is not null);
}
