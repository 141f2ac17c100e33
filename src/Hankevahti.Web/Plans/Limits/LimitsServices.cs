using Hankevahti.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hankevahti.Web.Plans.Limits;

/// <summary>
/// The limits of the edit forms: <see cref="FieldLimits"/> from the "Limits" section of configuration
/// (checked when the app starts, so that a typo such as a negative length stops it with the key named),
/// and a cap on the body a plan's edit page takes.
/// </summary>
public static class LimitsServices
{
    public const string Section = "Limits";

    /// <summary>
    /// The largest request an edit page of a plan takes, unless "Limits:EditRequestBytes" says otherwise:
    /// the longest form (a chapter of 100 000 characters, each sent as up to 9 bytes when percent-encoded)
    /// fits, and a post of megabytes is refused with 413 before it is read. Kestrel's own limit is 30 MB.
    /// </summary>
    public const long DefaultEditRequestBytes = 2 * 1024 * 1024;

    public static IServiceCollection AddFieldLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FieldLimits>()
            .Bind(configuration.GetSection(Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<FieldLimits>, LimitsValidation>();
        var bytes = configuration.GetValue<long?>($"{Section}:EditRequestBytes") ?? DefaultEditRequestBytes;
        services.Configure<RazorPagesOptions>(options => options.Conventions.Add(new EditRequestLimit(bytes)));
        return services;
    }

    private sealed class LimitsValidation : IValidateOptions<FieldLimits>
    {
        public ValidateOptionsResult Validate(string? name, FieldLimits options) =>
            options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }

    /// <summary>Puts the cap on every page of a plan's part (the key facts and the parts' edit pages), and on no other page.</summary>
    private sealed class EditRequestLimit(long bytes) : IPageApplicationModelConvention
    {
        public void Apply(PageApplicationModel model)
        {
            if (!typeof(PlanPartPage).IsAssignableFrom(model.ModelType))
            {
                return;
            }
            var limit = new RequestSizeLimitAttribute(bytes);
            // The filter caps a body sent without a declared length; the metadata lets RequestSizeGuard refuse a declared one unread.
            model.Filters.Add(limit);
            model.EndpointMetadata.Add(limit);
        }
    }
}
