using System.Text;
using Hankevahti.Json;
using Hankevahti.Plans;

namespace Hankevahti.Demo;

/// <summary>
/// A fictional but complete plan ("Sujuvat palvelupolut Pohjolassa") that uses every part of the model.
/// It is embedded so that the web UI, the CLI and tests can show and exercise a plan without real data.
/// </summary>
public static class DemoPlan
{
    private const string ResourceName = "Hankevahti.Demo.demo-plan.json";

    // Lazy rather than a static initializer, so that a missing resource surfaces as the
    // InvalidOperationException below and not as a TypeInitializationException.
    private static readonly Lazy<string> json = new(ReadResource);

    /// <summary>The demo plan in its canonical JSON form, exactly as embedded.</summary>
    public static string Json => json.Value;

    /// <summary>A fresh copy of the demo plan; callers may build changed versions from it with <c>with</c>.</summary>
    public static Plan Load()
    {
        var result = PlanJson.Deserialize(Json, ResourceName);
        // The resource is part of the build and covered by tests, so failing here is a programming error, not bad input.
        return result.Plan ?? throw new InvalidOperationException($"The embedded demo plan is broken: {result.Error}");
    }

    private static string ReadResource()
    {
        using var stream = typeof(DemoPlan).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {typeof(DemoPlan).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        return reader.ReadToEnd();
    }
}
