namespace Hankevahti.Models;

/// <summary>
/// A refused field: which field, a code the pages translate (ModelsText "Error.{Code}"), and the message in English
/// naming the field and what was expected (the CLI, logs, tests).
/// </summary>
public sealed record FieldError(string Field, string Code, string Message);

/// <summary>A model as typed in the form: the texts as they came, the modules one per line.</summary>
public sealed record ModelInput(string? Name, string? CoreIdea, string? TargetGroup, string? Conditions, string? Evidence,
    string? Core, string? Modules)
{
    /// <summary>The module names, one per non-empty line, trimmed.</summary>
    public IReadOnlyList<string> ModuleNames =>
        (Modules ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
}

/// <summary>An adoption as typed in the form: everything text, so that a refused value is shown back as typed.</summary>
public sealed record AdoptionInput(string? Module, string? Organisation, string? Unit, string? Region, string? Period, string? Status, string? Evidence);

/// <summary>A model that passed validation, ready to store.</summary>
public sealed record ValidModel(string Name, ModelDescription Description, string? Core, IReadOnlyList<string> Modules);

/// <summary>
/// The rules for what may be stored, as data: each refused field gets a <see cref="FieldError"/>, and nothing is thrown.
/// </summary>
public static class ModelValidation
{
    public const int NameLength = 200;
    public const int TextLength = 4000;

    public static (ValidModel? Model, IReadOnlyList<FieldError> Errors) Validate(ModelInput input)
    {
        var errors = new List<FieldError>();
        var name = Clean(input.Name);
        if (name is null)
        {
            errors.Add(new("name", "NameRequired", "name: expected the operating model's name"));
        }
        else if (name.Length > NameLength)
        {
            errors.Add(new("name", "NameTooLong", $"name: expected at most {NameLength} characters"));
        }
        foreach (var (field, value) in new[] { ("coreIdea", input.CoreIdea), ("targetGroup", input.TargetGroup), ("conditions", input.Conditions), ("evidence", input.Evidence) })
        {
            if (value?.Length > TextLength)
            {
                errors.Add(new(field, "TextTooLong", $"{field}: expected at most {TextLength} characters"));
            }
        }
        var core = Clean(input.Core);
        var modules = input.ModuleNames;
        if (core is null && modules.Count == 0)
        {
            errors.Add(new("core", "PartRequired", "core: expected the core's name or at least one module (adoption is recorded per part)"));
        }
        if (core?.Length > NameLength || modules.Any(m => m.Length > NameLength))
        {
            errors.Add(new(core?.Length > NameLength ? "core" : "modules", "NameTooLong", $"module: expected at most {NameLength} characters per name"));
        }
        var names = (core is null ? modules : modules.Prepend(core)).ToList();
        if (names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            errors.Add(new("modules", "ModuleTwice", $"modules: expected each name once, '{twice.Key}' is given twice"));
        }
        return errors.Count > 0
            ? (null, errors)
            : (new ValidModel(name!, new ModelDescription(Clean(input.CoreIdea), Clean(input.TargetGroup), Clean(input.Conditions), Clean(input.Evidence)), core, modules), errors);
    }

    /// <summary>
    /// An adoption record from the form, for a model of <paramref name="modules"/>; the region defaults to the
    /// organisation's own when the organisation is a region (<see cref="Regions.DefaultFor"/>).
    /// </summary>
    public static (Adoption? Adoption, IReadOnlyList<FieldError> Errors) Validate(AdoptionInput input, IReadOnlyList<ModelModule> modules)
    {
        var errors = new List<FieldError>();
        ModelModule? module = int.TryParse(input.Module, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? modules.FirstOrDefault(m => m.Id == id) : null;
        if (module is null)
        {
            errors.Add(new("module", "ModuleRequired", "module: expected one of the model's core or modules"));
        }
        var organisation = Clean(input.Organisation);
        if (organisation is null)
        {
            errors.Add(new("organisation", "OrganisationRequired", "organisation: expected the adopting organisation's name"));
        }
        else if (organisation.Length > NameLength)
        {
            errors.Add(new("organisation", "NameTooLong", $"organisation: expected at most {NameLength} characters"));
        }
        var unit = Clean(input.Unit);
        if (unit?.Length > NameLength)
        {
            errors.Add(new("unit", "NameTooLong", $"unit: expected at most {NameLength} characters"));
        }
        var region = Clean(input.Region) ?? Regions.DefaultFor(organisation);
        if (region is null && organisation is not null)
        {
            errors.Add(new("region", "RegionRequired", "region: expected the wellbeing services county, HUS or city the organisation works in"));
        }
        else if (region?.Length > NameLength)
        {
            errors.Add(new("region", "NameTooLong", $"region: expected at most {NameLength} characters"));
        }
        if (!ModelPeriod.TryParse(input.Period, out var period))
        {
            errors.Add(new("period", "PeriodFormat", "period: expected a month (yyyy-MM, e.g. 2026-03) or a year (yyyy) between 2000 and 2100"));
        }
        if (!AdoptionStatuses.TryParse(input.Status, out var status))
        {
            errors.Add(new("status", "StatusRequired", $"status: expected one of {string.Join(", ", AdoptionStatuses.All.Select(AdoptionStatuses.Name))}"));
        }
        var evidence = Clean(input.Evidence);
        if (evidence?.Length > TextLength)
        {
            errors.Add(new("evidence", "TextTooLong", $"evidence: expected at most {TextLength} characters"));
        }
        return errors.Count > 0
            ? (null, errors)
            : (new Adoption(0, module!.Id, organisation!, unit, region!, period, status, evidence), errors);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
