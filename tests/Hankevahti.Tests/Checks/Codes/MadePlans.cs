using Hankevahti.Plans;

namespace Hankevahti.Tests.Checks.Codes;

/// <summary>Small made-up plans for the code and document rules: a work structure and sections of text.</summary>
internal static class MadePlans
{
    public static WorkPart Part(string code, string title, params WorkAction[] actions) =>
        new() { Code = code, Title = title, KindLabel = "Osa-alue", Actions = [.. actions] };

    public static WorkAction Action(string code, string title) => new() { Code = code, Title = title };

    public static Section Section(string number, string title, string text, params Section[] children) =>
        new() { Number = number, Title = title, Text = text, Children = [.. children] };

    /// <summary>Two parts with letter-coded actions that continue from one part to the next, as overview lists use.</summary>
    public static List<WorkPart> LetterWork() =>
    [
        Part("1", "Alueellinen valmistelu ja koordinointi",
            Action("A", "Hallinnon ja koordinoinnin järjestäminen alussa"),
            Action("B", "Tarpeiden kartoitus kuntien kanssa yhdessä"),
            Action("C", "Yhteisen järjestäjäorganisaation rakentaminen")),
        Part("2", "Johtamisen ja ohjauksen uudistaminen",
            Action("D", "Ohjausmallin valmistelu ja koekäyttö"),
            Action("D.1", "Johtamismallin luonnos"),
            Action("D.2", "Mittariston kokoaminen"),
            Action("E", "Tiedolla johtamisen vahvistaminen alueella"),
            Action("F", "Houkuttelevan työpaikan kehittämisohjelma")),
    ];

    public static Plan With(List<WorkPart> work, params Section[] sections) => new() { Work = work, Sections = [.. sections] };
}
