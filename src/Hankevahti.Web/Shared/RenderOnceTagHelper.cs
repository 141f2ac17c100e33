using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Caching.Memory;

namespace Hankevahti.Web.Shared;

/// <summary>
/// Renders its content once per key and keeps the HTML as one string: <c>&lt;render-once key="…"&gt;</c>.
/// For content that never changes under its key (a stored plan version in one language).
/// </summary>
/// <remarks>
/// The built-in &lt;cache&gt; keeps its HTML in pages of a thousand characters and, on every request,
/// copies them page by page into pooled buffers; with a plan of hundreds of kilobytes and many requests
/// at once the pool runs dry and each request allocates the page again (600 KB a request for the whole
/// plan of the largest seed). A string written to the page's own writer is kept as it is and goes to the
/// response in one piece; a tag helper's output would still be copied. The entries share the
/// &lt;cache&gt; tag helper's memory cache and its size limit.
/// </remarks>
[HtmlTargetElement("render-once")]
public sealed class RenderOnceTagHelper(CacheTagHelperMemoryCacheFactory caches, HtmlEncoder encoder) : TagHelper
{
    private static readonly TimeSpan KeptUnused = TimeSpan.FromMinutes(30);

    /// <summary>What the content depends on: equal keys must mean equal content.</summary>
    public string Key { get; set; } = "";

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var key = "render-once:" + Key;
        if (!caches.Cache.TryGetValue(key, out string? html) || html is null)
        {
            var content = await output.GetChildContentAsync();
            using var writer = new StringWriter();
            content.WriteTo(writer, encoder);
            html = writer.ToString();
            caches.Cache.Set(key, html, new MemoryCacheEntryOptions { Size = html.Length * sizeof(char), SlidingExpiration = KeptUnused });
        }
        // The page's writer is at this element's place: nothing is written between here and the output.
        output.SuppressOutput();
        ViewContext.Writer.Write(html);
    }
}
