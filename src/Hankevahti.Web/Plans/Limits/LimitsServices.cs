using Hankevahti.Limits;
using Hankevahti.Plans;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hankevahti.Web.Plans.Limits;

/// <summary>
/// The limits of the edit forms: <see cref="FieldLimits"/> from the "Limits" section of configuration
/// (checked when the app starts, so that a typo such as a negative length stops it with the key named).
/// The cap on the body of an edit page's request is <see cref="PlanPartPage.MaxRequestBytes"/>.
/// </summary>
public static class LimitsServices
{
    public const string Section = "Limits";

    public static IServiceCollection AddFieldLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FieldLimits>()
            .Bind(configuration.GetSection(Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<FieldLimits>, LimitsValidation>();
        return services;
    }

    private sealed class LimitsValidation : IValidateOptions<FieldLimits>
    {
        public ValidateOptionsResult Validate(string? name, FieldLimits options) =>
            options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
