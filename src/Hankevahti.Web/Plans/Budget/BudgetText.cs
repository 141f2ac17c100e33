namespace Hankevahti.Web.Plans.BudgetPart;

/// <summary>
/// Marker for the budget page's text (BudgetText.resx and its sv/en files). The namespace is BudgetPart
/// rather than the folder's name: a namespace Budget would hide the model's Budget type in Hankevahti.Web.Plans.
/// </summary>
public sealed class BudgetText;
