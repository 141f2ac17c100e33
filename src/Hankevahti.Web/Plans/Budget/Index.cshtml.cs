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

namespace Hankevahti.Web.Plans.BudgetPart;

/// <summary>
/// The budget page: the planned figures as an editable grid of part × cost category × year with its
/// sums and the funding shares, the actual and forecast figures beside, the picture by part and
/// category, the figures the plan states beside the computed ones, and every line with its findings.
/// </summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class IndexModel(HankevahtiDb db, PlanCache cache, IStringLocalizer<UiText> ui, IStringLocalizer<BudgetText> text)
    : EditablePartPage(db, cache, ui)
{
    public override string PartKey => "budget";

    [BindProperty]
    public GridForm Input { get; set; } = new();

    /// <summary>The grid read from <see cref="Input"/>: what the page shows and the sums it computes.</summary>
    public BudgetGrid Grid { get; private set; } = null!;

    public decimal? OwnShare { get; private set; }
    public decimal? GrantShare { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } result)
        {
            return result;
        }
        Input = GridForm.From(BudgetGrid.FromPlan(Plan), Plan.Budget.Funding);
        Show();
        return Page();
    }

    [HandlerPolicy(Policies.ShareEdit)]
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } result)
        {
            return result;
        }
        Show();
        foreach (var (row, column) in Grid.Invalid)
        {
            FieldError(GridForm.CellName(row, column), "NotAnAmount", CellLabel(row, column));
        }
        CheckAmounts();
        var own = ReadShare(nameof(GridForm.OwnShare), Input.OwnShare, text["OwnShare"]);
        var grant = ReadShare(nameof(GridForm.GrantShare), Input.GrantShare, text["GrantShare"]);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var grid = Grid;
        return await SaveAsync(id, plan => plan with
        {
            Budget = plan.Budget with
            {
                Lines = grid.ApplyTo(plan.Budget.Lines),
                Funding = plan.Budget.Funding with { OwnFundingShare = own, GrantShare = grant },
            },
        }, text["SaveNote"], "budget-grid", ct);
    }

    /// <summary>Adds an empty row for a part and category to the form, keeping everything typed; nothing is saved yet.</summary>
    [HandlerPolicy(Policies.ShareEdit)]

    public async Task<IActionResult> OnPostAddRowAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } result)
        {
            return result;
        }
        var part = string.IsNullOrWhiteSpace(Input.NewPart) ? null : Input.NewPart.Trim();
        if (Enum.TryParse<CostCategory>(Input.NewCategory, ignoreCase: false, out var category) && Enum.IsDefined(category)
            && !Input.Rows.Any(r => r.Category == Input.NewCategory && string.Equals(Normal(r.Part), part, StringComparison.OrdinalIgnoreCase)))
        {
            Input.Rows.Add(new GridRowForm { Part = part, Category = category.ToString(), Cells = Input.Years.Select(_ => (string?)null).ToList() });
        }
        Show();
        return Page();
    }

    /// <summary>"1.1 · Matkat · 2026": what a cell is, for its label and its message.</summary>
    public string CellLabel(int row, int column)
    {
        var r = Grid.Rows[row];
        return $"{PartName(r.PartCode)} · {Fi.Text(r.Category)} · {YearName(Grid.Years[column])}";
    }

    public string PartName(string? code) => code is null ? Ui["WholeProject"] : View.PartName(code);

    public string YearName(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? text["NoYear"];

    /// <summary>The planned lines a cell covers in the plan as stored, for the note on cells that cover several.</summary>
    public IReadOnlyList<int> Covered(int row, int column) =>
        BudgetGrid.LinesOf(Plan.Budget.Lines, Grid.Rows[row].PartCode, Grid.Rows[row].Category, Grid.Years[column]);

    /// <summary>The stored plan's sum of one figure kind for a part (null: lines without a part) and, when given, a category.</summary>
    public decimal KindTotal(FigureKind kind, string? partCode, CostCategory? category = null) =>
        Plan.Budget.Lines
            .Where(l => l.Kind == kind && (category is null || l.Category == category)
                && string.Equals(Normal(l.PartCode), partCode, StringComparison.OrdinalIgnoreCase))
            .Sum(l => l.Amount);

    /// <summary>The figure kinds other than planned that the stored budget has lines of, shown beside the grid.</summary>
    public IReadOnlyList<FigureKind> OtherKinds => View.Budget.Kinds.Where(k => k != FigureKind.Planned).ToList();

    /// <summary>The messages of a form field, for the span beside it.</summary>
    public IEnumerable<string> ErrorsOf(string field) =>
        ModelState.TryGetValue(field, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    private void Show()
    {
        Grid = Input.ToGrid();
        OwnShare = TryShare(Input.OwnShare, out var own) ? own : null;
        GrantShare = TryShare(Input.GrantShare, out var grant) ? grant : null;
    }

    /// <summary>A cell that reads must still be an amount a budget can have: within the largest amount either way (a line may be a correction).</summary>
    private void CheckAmounts()
    {
        var most = Limits.Numbers.MaxAmount;
        for (var r = 0; r < Grid.Rows.Count; r++)
        {
            var cells = Grid.Rows[r].Cells;
            for (var c = 0; c < cells.Count; c++)
            {
                if (FormValues.TryAmount(cells[c], out var amount) && Math.Abs(amount) > most)
                {
                    FieldError(GridForm.CellName(r, c), "OutOfRange", CellLabel(r, c), FormValues.Number(-most), FormValues.Number(most));
                }
            }
        }
    }

    private decimal? ReadShare(string field, string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!TryShare(value, out var share))
        {
            FieldError($"{nameof(Input)}.{field}", "NotANumber", label);
            return null;
        }
        if (share is < 0m or > 1m)
        {
            FieldError($"{nameof(Input)}.{field}", "OutOfRange", label, 0, 100);
            return null;
        }
        return share;
    }

    /// <summary>A percentage as typed ("20", "20 %", "12,5") as the model's fraction (0,2).</summary>
    public static bool TryShare(string? text, out decimal share)
    {
        share = 0;
        var s = (text ?? "").Trim();
        if (s.EndsWith('%'))
        {
            s = s[..^1];
        }
        if (!FormValues.TryNumber(s, out var percent))
        {
            return false;
        }
        share = percent / 100m;
        return true;
    }

    private static string? Normal(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim();
}

/// <summary>The grid as the form posts it: every value a string, so that what the user typed comes back as typed.</summary>
[LabelsFrom(typeof(BudgetText))]
public sealed class GridForm
{
    /// <summary>The year of each column; empty for the column of lines without a year.</summary>
    public List<string?> Years { get; set; } = [];
    public List<GridRowForm> Rows { get; set; } = [];
    /// <summary>Own funding as a percentage of the total, "20" for 20 %.</summary>
    [Limit(FieldKind.Number)]
    public string? OwnShare { get; set; }
    [Limit(FieldKind.Number)]
    public string? GrantShare { get; set; }
    /// <summary>The part and category of a row to add.</summary>
    public string? NewPart { get; set; }
    public string? NewCategory { get; set; }

    public static string CellName(int row, int column) => $"Input.Rows[{row}].Cells[{column}]";

    public static GridForm From(BudgetGrid grid, Funding funding) => new()
    {
        Years = grid.Years.Select(y => y?.ToString(CultureInfo.InvariantCulture)).ToList(),
        Rows = grid.Rows.Select(r => new GridRowForm { Part = r.PartCode, Category = r.Category.ToString(), Cells = r.Cells.ToList() }).ToList(),
        OwnShare = funding.OwnFundingShare is { } own ? FormValues.Number(own * 100m) : null,
        GrantShare = funding.GrantShare is { } grant ? FormValues.Number(grant * 100m) : null,
    };

    /// <summary>The grid; a row whose category is not one of the model's is left out (only a forged form has one).</summary>
    public BudgetGrid ToGrid()
    {
        var years = Years.Select(y => int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : (int?)null).ToList();
        var rows = Rows
            .Where(r => Enum.TryParse<CostCategory>(r.Category, ignoreCase: false, out var c) && Enum.IsDefined(c))
            .Select(r => new GridRow(string.IsNullOrWhiteSpace(r.Part) ? null : r.Part.Trim(), Enum.Parse<CostCategory>(r.Category!), r.Cells))
            .ToList();
        return new BudgetGrid(years, rows);
    }
}

public sealed class GridRowForm
{
    public string? Part { get; set; }
    public string? Category { get; set; }
    /// <summary>Each cell an amount as typed.</summary>
    [Limit(FieldKind.Number)]
    public List<string?> Cells { get; set; } = [];
}
