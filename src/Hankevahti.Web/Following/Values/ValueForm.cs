using Microsoft.AspNetCore.Http;

namespace Hankevahti.Web.Following.Values;

/// <summary>
/// One indicator's value for one period as the form posts it: kept as typed, so a refused form shows it again.
/// Revision is the stored value's revision the form was made on (empty for a new value).
/// </summary>
public sealed class ValueForm
{
    public string? Indicator { get; set; }
    public string? Period { get; set; }
    public string? Organisation { get; set; }
    public string? Value { get; set; }
    public string? Comment { get; set; }
    public int? Revision { get; set; }
    public int? ValueId { get; set; }
    public string? Reason { get; set; }
    public List<IFormFile> Evidence { get; set; } = [];
}
