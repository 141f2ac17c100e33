using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Plans;

/// <summary>
/// A part page that edits one list of the plan (related projects, resources): ?edit=3 opens the
/// fourth item's form in place and ?add=true a form for a new one; a save replaces or appends the
/// item and a delete removes it, each as a new version. An index the list does not have is not found.
/// </summary>
public abstract class ListPartPage<TItem>(HankevahtiDb db, PlanCache cache, IStringLocalizer<UiText> ui)
    : EditablePartPage(db, cache, ui) where TItem : class
{
    [BindProperty(SupportsGet = true)]
    public int? Edit { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Add { get; set; }

    /// <summary>The list in a plan: the page's plan when reading, the private copy when saving.</summary>
    protected abstract List<TItem> ItemsOf(Plan plan);

    /// <summary>The list's JSON path ("resources"): its items are "resources[3]", and a delete returns to it.</summary>
    protected abstract string ListPath { get; }

    /// <summary>The item being edited, or null when adding or only reading.</summary>
    protected TItem? Edited => Edit is { } i ? ItemsOf(Plan)[i] : null;

    /// <summary>Loads the plan for a GET or a save: null to go on, else the answer (not found for an index the list lacks, or a save that is neither an edit nor an add).</summary>
    protected async Task<IActionResult?> LoadListAsync(int id, bool saving, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        return !TargetExists() || (saving && Edit is null && !Add) ? NotFound() : null;
    }

    /// <summary>Saves the item the form made: <paramref name="make"/> gets the item it replaces (null when adding).</summary>
    protected Task<IActionResult> SaveItemAsync(int id, Func<TItem?, TItem> make, string addedNote, string editedNote, CancellationToken ct)
    {
        var index = Edit ?? ItemsOf(Plan).Count;
        return SaveAsync(id, plan =>
        {
            var items = ItemsOf(plan);
            if (Edit is { } at)
            {
                items[at] = make(items[at]);
            }
            else
            {
                items.Add(make(null));
            }
            return plan;
        }, Edit is null ? addedNote : editedNote, PlanParts.Anchor($"{ListPath}[{index}]"), ct);
    }

    protected async Task<IActionResult> DeleteItemAsync(int id, string note, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (Edit is not { } i || !TargetExists())
        {
            return NotFound();
        }
        return await SaveAsync(id, plan =>
        {
            ItemsOf(plan).RemoveAt(i);
            return plan;
        }, note, ListPath, ct);
    }

    private bool TargetExists() => Edit is not { } i || (i >= 0 && i < ItemsOf(Plan).Count);
}
