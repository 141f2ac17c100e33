using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Goals;

/// <summary>How findings name work parts and list the items they are about.</summary>
internal static class WorkNames
{
    /// <summary>"Työpaketti 1.1" / "Work package 1.1": the plan's own word for the kind in Finnish.</summary>
    public static Localized Part(WorkPart part)
    {
        var code = part.Code?.Trim() ?? "";
        var fi = string.IsNullOrWhiteSpace(part.KindLabel) ? KindFi(part.Kind) : part.KindLabel.Trim();
        var en = KindEn(part.Kind);
        // A code such as "Pilari 4" already says what it is.
        if (code.Length > 0 && char.IsLetter(code[0]) && code.Contains(' '))
        {
            return new(code, code);
        }
        return code.Length == 0 ? new(fi, en) : new($"{fi} {code}", $"{en} {code}");
    }

    /// <summary>Items separated by commas, at most <paramref name="max"/> of them, then how many more.</summary>
    public static Localized List(IReadOnlyList<string> items, int max = 8)
    {
        if (items.Count <= max)
        {
            return new(string.Join(", ", items), string.Join(", ", items));
        }
        var shown = string.Join(", ", items.Take(max));
        var more = items.Count - max;
        return new($"{shown} ja {more} muuta", $"{shown} and {more} more");
    }

    /// <summary>A name cut for a list in a message.</summary>
    public static string Short(string? text, int max = 60) => CheckContext.Shorten((text ?? "").Trim().TrimStart('-', '•', ' '), max) ?? "";

    /// <summary>"1 mittari" / "3 mittaria": Finnish partitive after numbers above one.</summary>
    public static string CountFi(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";

    public static string CountEn(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";

    private static string KindFi(WorkPartKind kind) => kind switch
    {
        WorkPartKind.Pillar => "Pilari",
        WorkPartKind.Investment => "Investointi",
        WorkPartKind.WorkPackage => "Työpaketti",
        WorkPartKind.Part => "Osa-alue",
        _ => "Osa",
    };

    private static string KindEn(WorkPartKind kind) => kind switch
    {
        WorkPartKind.Pillar => "Pillar",
        WorkPartKind.Investment => "Investment",
        WorkPartKind.WorkPackage => "Work package",
        _ => "Part",
    };
}
