using Hankevahti.Plans;

namespace Hankevahti.Tests.Vocabulary;

public class WorkCodeTests
{
    [Theory]
    // Numbered parts at any depth, with a letter for split work packages.
    [InlineData("1", "1")]
    [InlineData("1.1", "1.1")]
    [InlineData("1.4A", "1.4A")]
    [InlineData("2.3.1", "2.3.1")]
    // Lettered actions, alone or with a number.
    [InlineData("A", "A")]
    [InlineData("F.1.", "F.1")]
    // Lower case and a closing dot do not make another code.
    [InlineData("1.4a.", "1.4A")]
    public void Parses_codes(string text, string key)
    {
        Assert.True(WorkCode.TryParse(text, out var code));
        Assert.Equal(key, code.Key);
    }

    [Theory]
    // A word, a date and a year are not codes.
    [InlineData("Koulutus")]
    [InlineData("28.4.2020")]
    [InlineData("2026")]
    [InlineData("")]
    public void Refuses_what_is_not_a_code(string text) => Assert.False(WorkCode.TryParse(text, out _));

    [Theory]
    // The kind word and a letters-only prefix go; the number stays.
    [InlineData("Pilari 4", "4")]
    [InlineData("TP2B", "2B")]
    [InlineData("tp 2b", "2B")]
    // A single letter is the code itself, not a prefix.
    [InlineData("F.1", "F.1")]
    public void Bare_code(string text, string bare) => Assert.Equal(bare, WorkCode.Of(text).Bare);

    [Fact]
    public void Parent_is_one_level_up()
    {
        Assert.Equal("1.4", WorkCode.Of("1.4.2").Parent?.Key);
        Assert.Null(WorkCode.Of("1").Parent);
    }

    [Fact]
    public void Equal_codes_are_equal_however_written() => Assert.Equal(WorkCode.Of("f.1."), WorkCode.Of("F.1"));

    [Fact]
    public void Lookup_finds_parts_and_actions_at_any_depth()
    {
        var plan = new Plan
        {
            Work =
            [
                new WorkPart
                {
                    Code = "1", Kind = WorkPartKind.Investment,
                    Children = [new WorkPart { Code = "1.4A", Kind = WorkPartKind.WorkPackage, Actions = [new WorkAction { Code = "F.1" }] }],
                },
            ],
        };
        // A code written another way finds the same part.
        Assert.Equal("1.4A", WorkLookup.FindPart(plan, "1.4a.")?.Code);
        // The kind narrows the search: "1" is an investment, not a work package.
        Assert.Null(WorkLookup.FindPart(plan, "1", WorkPartKind.WorkPackage));
        Assert.NotNull(WorkLookup.FindAction(plan, "f.1"));
        Assert.Equal(["1"], WorkLookup.AncestorsOf(plan.Work, "1.4A").Select(p => p.Code));
    }

    [Theory]
    // Inflected forms of the template's words name the same kind.
    [InlineData("Työpaketin 1.4A kustannukset", WorkPartKind.WorkPackage)]
    [InlineData("Osa-alue 2 – Kotihoito", WorkPartKind.Part)]
    [InlineData("PILARI 4: Palvelut", WorkPartKind.Pillar)]
    [InlineData("Investoinnin 1 tavoite", WorkPartKind.Investment)]
    [InlineData("TP2: Koulutus", WorkPartKind.WorkPackage)]
    public void Work_words_name_kinds(string text, WorkPartKind kind) => Assert.Equal(kind, WorkWords.StartOf(text)?.Kind);

    [Fact]
    public void An_action_word_names_no_part_kind()
    {
        var w = WorkWords.StartOf("Toimenpiteet 1.1–1.4");
        Assert.NotNull(w);
        Assert.Null(w.Kind);
    }
}
