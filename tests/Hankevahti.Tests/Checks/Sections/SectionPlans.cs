using Hankevahti.Checks.Profiles;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Checks.Sections;

/// <summary>Made-up plans and a small profile for the section rules.</summary>
internal static class SectionPlans
{
    /// <summary>A profile requiring a need section and a risk section, so that tests name exactly what they miss.</summary>
    public static readonly ProgrammeProfile Profile = new()
    {
        Key = "testi",
        Name = new LocalizedText { Fi = "Testiohjelma", En = "Test programme" },
        RequiredSections =
        [
            new RequiredSection { Kinds = ["need", "background"], Name = new LocalizedText { Fi = "Hankkeen tarve", En = "Need" } },
            new RequiredSection { Kinds = ["risks"], Name = new LocalizedText { Fi = "Riskit", En = "Risks" } },
        ],
    };

    public static Section Need(string text = "Alueen jonot ovat pitkät.", int line = 10) =>
        new() { Number = "1", Title = "Hankkeen tarve", Kind = "need", Text = text, Source = new SourceRef { Line = line } };

    public static Section Risks(string text = "Riskit on arvioitu asteikolla 1–5.", int line = 50) =>
        new() { Number = "6", Title = "Riskit ja niihin varautuminen", Kind = "risks", Text = text, Source = new SourceRef { Line = line } };
}
