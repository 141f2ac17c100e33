using Hankevahti.Plans;

namespace Hankevahti.Tests.Checks.Template;

/// <summary>Small made-up plans for the template rules: one section holding the text under test.</summary>
internal static class TemplatePlans
{
    public static Plan WithText(string text, string title = "Hankkeen tarve", string kind = "need") => new()
    {
        Project = new Project { Name = "Sujuvat palvelut" },
        Sections = [new Section { Number = "1", Title = title, Kind = kind, Text = text, Source = new SourceRef { Line = 10 } }],
    };
}
