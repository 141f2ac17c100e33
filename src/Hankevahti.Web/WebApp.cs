using Hankevahti.Limits;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Api;
using Hankevahti.Web.Following.Reminders;
using Hankevahti.Web.Import;
using Hankevahti.Web.Plans;
using Hankevahti.Web.Plans.Limits;
using Hankevahti.Web.Projects;
using Hankevahti.Web.Security;
using Hankevahti.Web.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;

namespace Hankevahti.Web;

/// <summary>
/// The web app: Razor Pages by feature folder (Projects/, Plans/, Shared/) reading the database
/// directly, plus a small JSON API. The `hankevahti serve` command and the tests build it here.
/// </summary>
public static class WebApp
{
    /// <summary>Where the app listens when neither --urls, ASPNETCORE_URLS nor "urls" in configuration says otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>
    /// Builds the app on the given database. Nothing touches the database until the app starts: then
    /// the migrations are applied and, if the database has no project, the demo plan is stored
    /// (<see cref="DatabaseStartup"/>), before the server takes its first request.
    /// </summary>
    public static WebApplication Build(string[] args, DatabaseSettings settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });

        // Defaults that appsettings.json, the environment and the command line can all override:
        // the first source has the lowest precedence.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
            },
        });

        // Until there are accounts the app is for this machine only; an explicit address is the user's choice.
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        builder.Services.AddSingleton(new ListenPlan((builder.Configuration["urls"] ?? DefaultUrl).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));

        builder.Services.AddSingleton(settings);
        builder.Services.AddDbContext<HankevahtiDb>(options => HankevahtiDb.Configure(options, settings));
        builder.Services.AddSingleton<DatabaseStartup>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DatabaseStartup>());
        builder.Services.AddSingleton(services => new DatabaseChanges(services.GetRequiredService<DatabaseSettings>()));
        var (readAhead, readAheadProblem) = Portfolio.PortfolioWarmup.ReadAheadFrom(builder.Configuration);
        if (readAhead is null)
        {
            throw new InvalidOperationException("The portfolio's read-ahead cannot be used: " + readAheadProblem);
        }
        builder.Services.AddSingleton(readAhead);
        builder.Services.AddHostedService<Portfolio.PortfolioWarmup>();
        builder.Services.AddSingleton<PlanCache>();
        builder.Services.AddSingleton<StampedCache>();
        var importLimits = ImportLimits.From(builder.Configuration);
        if (importLimits.Problems() is { Count: > 0 } importProblems)
        {
            throw new InvalidOperationException("The upload limits in configuration cannot be used: " + string.Join(" ", importProblems));
        }
        builder.Services.AddPendingImports(importLimits);
        // Pages that show today (the schedule's line) take the time from here, so that a test may set it.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddLanguages();
        builder.Services.AddFieldLimits(builder.Configuration);
        // Only the configured host names are answered (loopback by default): a DNS-rebinding page gets 400.
        // WebApplication.CreateBuilder already runs ASP.NET Core's host filtering ahead of the pipeline below.
        builder.Services.AddAllowedHosts(builder.Configuration);
        if (SingleSignOn.Problems(builder.Configuration) is { Count: > 0 } signOnProblems)
        {
            throw new InvalidOperationException("The single sign-on settings cannot be used: " + string.Join("; ", signOnProblems));
        }
        builder.Services.AddHankevahtiAuthentication(builder.Configuration);
        builder.Services.AddHankevahtiAuthorisation();
        // Reminder e-mails (Smtp:*, Reminders:*, App:BaseUrl) and their hourly scan.
        builder.Services.AddReminders(builder.Configuration);
        // The REST API's problem details and OpenAPI document (Api/, docs/api.md).
        builder.Services.AddHankevahtiApi();
        // Every page handler that changes something names its policy (HandlerPolicyAttribute).
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add<HandlerPolicyFilter>());

        builder.Services
            .AddRazorPages(options => options.RootDirectory = "/")
            // The entry assembly is the CLI (or a test host), so the pages compiled into this library are not found by default.
            // The factory gives both the types and the compiled Razor views of the assembly.
            .ConfigureApplicationPartManager(manager =>
            {
                var assembly = typeof(WebApp).Assembly;
                if (!manager.ApplicationParts.Any(p => p is AssemblyPart a && a.Assembly == assembly))
                {
                    foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                    {
                        manager.ApplicationParts.Add(part);
                    }
                }
            });

        // Finnish text (ä, ö, –) is written as it is rather than as &#xE4; entities; Razor still encodes
        // every character that matters for HTML (<, >, &, quotes).
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        var app = builder.Build();

        // A friendly page for every error, never a stack trace: the details go to the log only.
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        // Under /api the answers are problem details instead (registered inside the pages' handling, so it answers first).
        app.UseHankevahtiApi();
        app.Use(SecurityHeaders.Add);
        // A change sent from another site's page is refused before it reaches a page or the language switch.
        app.UseSameSiteWrites();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseActor();
        app.UseAuthorization();
        app.UseRequestSizeGuard();
        app.MapStaticFiles();
        app.MapLanguageSwitch();
        app.MapRazorPages();
        app.MapProjectsApi();
        Export.IatiDownload.MapIatiDownload(app);
        app.MapHankevahtiApi();
        return app;
    }
}
