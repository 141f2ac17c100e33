using Hankevahti.Following;

namespace Hankevahti.Web.Following.Actions;

/// <summary>One action's row of the progress form, as typed (kept as text so a bad value is shown back as it was).</summary>
public sealed class ActionRowInput
{
    public string? ActionId { get; set; }
    /// <summary>A status's stored name ("in_progress"), or "" for nothing said this period.</summary>
    public string? Status { get; set; }
    public string? Percent { get; set; }
    public string? Note { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Status) && string.IsNullOrWhiteSpace(Percent) && string.IsNullOrWhiteSpace(Note);

    public static ActionRowInput From(string actionId, ActionProgress? said) => new()
    {
        ActionId = actionId,
        Status = said is null ? "" : FollowUpNames.Action(said.Status),
        Percent = said?.PercentDone?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Note = said?.Note,
    };
}

/// <summary>One risk's row of the reassessment form, as typed.</summary>
public sealed class RiskRowInput
{
    public string? RiskId { get; set; }
    public string? Likelihood { get; set; }
    public string? Impact { get; set; }
    public string? Note { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Likelihood) && string.IsNullOrWhiteSpace(Impact) && string.IsNullOrWhiteSpace(Note);

    public static RiskRowInput From(string riskId, RiskAssessment? said) => new()
    {
        RiskId = riskId,
        Likelihood = said?.Likelihood.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Impact = said?.Impact.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Note = said?.Note,
    };
}
