using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hankevahti.Web.Following.Reminders;

public static class ReminderServices
{
    /// <summary>The reminder settings (refused at start when they cannot be used) and the background scan.</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        var (settings, problems) = ReminderSettings.From(configuration);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The reminder settings cannot be used: " + string.Join("; ", problems));
        }
        services.AddSingleton(settings);
        services.AddHostedService<ReminderService>();
        return services;
    }
}
