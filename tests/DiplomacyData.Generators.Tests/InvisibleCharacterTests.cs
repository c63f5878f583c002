using System.Globalization;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Unicode;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// Characters YAML readers disagree on (NEL, LS, PS: content in YAML 1.2, line breaks to YamlDotNet), byte order
/// marks after the first character, and the rule that every message shows an invisible character as &lt;U+XXXX&gt;.
/// </summary>
public class InvisibleCharacterTests
{
    private const string TitleLine = "    title: Lavrov and Araghchi hold talks\n";

    private static readonly (string Character, string Name)[] s_lineBreaksElsewhere =
    [
        ("\u0085", "NEXT LINE"),
        ("\u2028", "LINE SEPARATOR"),
        ("\u2029", "PARAGRAPH SEPARATOR"),
    ];

    /// <summary>Where the character stands: X marks it.</summary>
    private static readonly string[] s_places =
    [
        "    title: Lavrov and AraghchiXhold talks\n",
        "    title: 'Lavrov and AraghchiXhold talks'\n",
        "    title: \"Lavrov and AraghchiXhold talks\"\n",
        "    title: |-\n      Lavrov and AraghchiXhold talks\n",
        "    title: >-\n      Lavrov and Araghchi\n      hold talksX\n",
        "    tiXtle: Lavrov and Araghchi hold talks\n",
        "X    title: Lavrov and Araghchi hold talks\n",
        "    title: Lavrov and Araghchi hold talks  # checkedXstatus: planned\n",
        "    title: Lavrov and Araghchi hold talks\n#X\n",
    ];

    public static TheoryData<string, string, string> EveryPlaceAndCharacter()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var place in s_places)
        {
            foreach (var (character, name) in s_lineBreaksElsewhere)
            {
                data.Add(place, character, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPlaceAndCharacter))]
    public void Nel_ls_and_ps_are_reported_at_their_true_line_and_column_wherever_they_stand(string place, string character, string name)
    {
        var dataset = MiniDataset.With(TitleLine, place.Replace("X", character, StringComparison.Ordinal));
        var text = dataset.Text(MiniDataset.DataPath);

        var run = dataset.Run();

        var diagnostic = run.ShouldReportAt("DD0013", MiniDataset.DataPath, text, character);
        diagnostic.Message().ShouldContain(VisibleCode(character));
        VisibleCode(character).ShouldContain(name);
        diagnostic.Message().ShouldNotContain(character);
        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "DD0001" || d.Id == "DD0101");
        run.CompilationErrors.ShouldBeEmpty();
    }

    [Fact]
    public void Every_occurrence_is_reported_where_it_stands()
    {
        var dataset = MiniDataset.With(TitleLine, "    title: Lavrov\u2028and\u2029Araghchi\u0085hold talks\n");

        var run = dataset.Run();

        var (line, column) = DiagnosticAssertions.PositionOf(dataset.Text(MiniDataset.DataPath), "\u2028");
        run.PositionsOf("DD0013").ShouldBe([(line, column), (line, column + 4), (line, column + 13)]);
    }

    [Fact]
    public void The_first_twenty_of_each_kind_are_reported_and_none_after()
    {
        var dataset = MiniDataset.With(TitleLine, "    title: " + string.Concat(Enumerable.Repeat("a\u2028b\uFEFF", 25)) + "\n");

        var run = dataset.Run();

        var (line, column) = DiagnosticAssertions.PositionOf(dataset.Text(MiniDataset.DataPath), "\u2028");
        run.PositionsOf("DD0013").ShouldBe(Enumerable.Range(0, 20).Select(i => (line, column + (4 * i))));
        run.PositionsOf("DD0014").ShouldBe(Enumerable.Range(0, 20).Select(i => (line, column + 2 + (4 * i))));
    }

    [Theory]
    [InlineData("\\N", "\u0085")]
    [InlineData("\\L", "\u2028")]
    [InlineData("\\P", "\u2029")]
    public void Written_as_an_escape_the_character_is_content(string escape, string character)
    {
        var run = MiniDataset.With(TitleLine, $"    title: \"Lavrov and Araghchi{escape}hold talks\"\n").Run();
        var parsed = Read.YamlFileReader.Read("/repo/data/escape.yaml", $"title: \"Lavrov{escape}Araghchi\"\n", default);

        run.GeneratorDiagnostics.ShouldBeEmpty();
        parsed.Diagnostics.ShouldBeEmpty();
        var entry = ((Read.YamlMapping)parsed.Root!).Entries.Single();
        ((Read.YamlScalar)entry.Value).Value.ShouldBe("Lavrov" + character + "Araghchi");
    }

    [Fact]
    public void A_byte_order_mark_at_the_start_of_the_file_is_not_content()
    {
        var run = new MiniDataset("\uFEFF" + MiniDataset.Yaml).Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("    title: Lavrov and Araghchi\uFEFF hold talks\n")]
    [InlineData("    title: \"Lavrov and Araghchi\uFEFF hold talks\"\n")]
    [InlineData("\uFEFF    title: Lavrov and Araghchi hold talks\n")]
    [InlineData("    title: Lavrov and Araghchi hold talks\n\uFEFF    notes: met in Moscow\n")]
    [InlineData("    title: Lavrov and Araghchi hold talks # a comment\uFEFF\n")]
    public void A_byte_order_mark_anywhere_else_is_reported_where_it_stands(string place)
    {
        var dataset = MiniDataset.With(TitleLine, place);

        var run = dataset.Run();

        var diagnostic = run.ShouldReportAt("DD0014", MiniDataset.DataPath, dataset.Text(MiniDataset.DataPath), "\uFEFF");
        diagnostic.Message().ShouldContain(VisibleCode("\uFEFF"));
        diagnostic.Message().ShouldNotContain("\uFEFF");
        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "DD0101");
    }

    [Fact]
    public void A_byte_order_mark_after_the_first_one_is_reported()
    {
        var dataset = new MiniDataset("\uFEFF\uFEFF" + MiniDataset.Yaml);

        var run = dataset.Run();

        run.ShouldReportAtLineColumn("DD0014", MiniDataset.DataPath, 1, 1);
    }

    /// <summary>Invisible characters in the values that messages of different diagnostics quote: each one shows as its code point.</summary>
    public static TheoryData<string, string, string, string> InvisibleInMessages => new()
    {
        // id, the line of the mini dataset, its replacement, the invisible character
        { "DD0101", "    status: happened\n", "    status: happened\n    not\u200Bes: x\n", "\u200B" },
        { "DD0104", "    kind: meeting\n", "    kind: meeting\u200F\n", "\u200F" },
        { "DD0104", "    kind: meeting\n", "    kind: \"meeting\\u00A0\"\n", "\u00A0" },
        { "DD0202", "      - person: abbas-araghchi\n", "      - person: abbas-araghchi\u00A0\n", "\u00A0" },
        { "DD0021", "      - person: abbas-araghchi\n", "      - person: abbas-araghchi\u2060\n", "\u2060" },
        { "DD0203", "  - id: jcpoa\n", "  - id: \"jcp\\u00ADoa\"\n", "\u00AD" },
        { "DD0002", "    kind: meeting\n", "    kind: meeting\n    \"kind\\t\": visit\n    \"kind\\t\": visit\n", "\t" },
        { "DD0104", "    kind: meeting\n", "    kind: \"meeting\\U000E0001\"\n", "\U000E0001" },
        { "DD0104", "    kind: meeting\n", "    kind: \"meeting\\uFE0F\"\n", "\uFE0F" },
    };

    [Theory]
    [MemberData(nameof(InvisibleInMessages))]
    public void Every_message_names_invisible_characters_by_code_point(string id, string original, string replacement, string invisible)
    {
        var run = MiniDataset.With(original, replacement).Run();

        var diagnostic = run.GeneratorDiagnostics.First(d => d.Id == id);
        var message = diagnostic.Message();
        message.ShouldContain(VisibleCode(invisible));
        message.ShouldNotContain(invisible);
        run.GeneratorDiagnostics.Where(d => d.Message().Any(c => VisibleText.IsAlwaysTagged(c)))
            .ShouldBeEmpty("no message of the run holds an invisible character");
    }

    [Theory]
    [InlineData("id", "id")]
    [InlineData("a\u200Bb", "a<U+200B ZERO WIDTH SPACE>b")]
    [InlineData("\uFEFF    notes", "<U+FEFF ZERO WIDTH NO-BREAK SPACE>    notes")]
    [InlineData("tab\there", "tab<U+0009 CHARACTER TABULATION>here")]
    [InlineData("line\nbreak", "line<U+000A LINE FEED (LF)>break")]
    [InlineData("\u200E\u200F\u202A\u202E\u2066\u2069", "<U+200E LEFT-TO-RIGHT MARK><U+200F RIGHT-TO-LEFT MARK><U+202A LEFT-TO-RIGHT EMBEDDING><U+202E RIGHT-TO-LEFT OVERRIDE><U+2066 LEFT-TO-RIGHT ISOLATE><U+2069 POP DIRECTIONAL ISOLATE>")]
    [InlineData("no\u00A0break\u2009thin\u3000ideographic", "no<U+00A0 NO-BREAK SPACE>break<U+2009 THIN SPACE>thin<U+3000 IDEOGRAPHIC SPACE>ideographic")]
    [InlineData("soft\u00ADhyphen, joiner\u2060, zwj\u200D", "soft<U+00AD SOFT HYPHEN>hyphen, joiner<U+2060 WORD JOINER>, zwj<U+200D ZERO WIDTH JOINER>")]
    [InlineData("ls\u2028ps\u2029nel\u0085", "ls<U+2028 LINE SEPARATOR>ps<U+2029 PARAGRAPH SEPARATOR>nel<U+0085 NEXT LINE (NEL)>")]
    [InlineData("fillers\u3164\u115F, selector\uFE0F, cgj\u034F", "fillers<U+3164 HANGUL FILLER><U+115F HANGUL CHOSEONG FILLER>, selector<U+FE0F VARIATION SELECTOR-16>, cgj<U+034F COMBINING GRAPHEME JOINER>")]
    [InlineData("tag\U000E0041 private\uE000 unassigned\U000E0080", "tag<U+E0041 TAG LATIN CAPITAL LETTER A> private<U+E000 PRIVATE USE> unassigned<U+E0080 UNASSIGNED>")]
    [InlineData("Ja\u02BCfari, \u0633\u0644\u0627\u0645, e\u0301", "Ja\u02BCfari, \u0633\u0644\u0627\u0645, e\u0301")]
    [InlineData("S\u0435rgey Lavrov", "S<U+0435 CYRILLIC SMALL LETTER IE>rgey Lavrov")]
    [InlineData("titl\u0435", "titl<U+0435 CYRILLIC SMALL LETTER IE>")]
    [InlineData("\u0441\u043E\u0440", "<U+0441 CYRILLIC SMALL LETTER ES><U+043E CYRILLIC SMALL LETTER O><U+0440 CYRILLIC SMALL LETTER ER>")]
    [InlineData("\u0421\u0435\u0440\u0433\u0435\u0439 \u041B\u0430\u0432\u0440\u043E\u0432", "\u0421\u0435\u0440\u0433\u0435\u0439 \u041B\u0430\u0432\u0440\u043E\u0432")]
    [InlineData("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", "\u0645\u06CC<U+200C ZERO WIDTH NON-JOINER>\u062E\u0648\u0627\u0647\u0645")]
    [InlineData("T\u00FCrkiye, \u0130stanbul", "T\u00FCrkiye, \u0130stanbul")]
    public void Visible_text_names_characters_that_are_not_what_they_look_like_and_keeps_the_rest(string value, string expected) =>
        VisibleText.Of(value).ShouldBe(expected);

    [Fact]
    public void Visible_text_names_a_lone_surrogate_and_keeps_a_pair()
    {
        // Not inline data: a lone surrogate does not survive the test runner's serialization of arguments.
        VisibleText.Of("lone\uD800 pair\U0001F600 \uDC00").ShouldBe("lone<U+D800 SURROGATE> pair\U0001F600 <U+DC00 SURROGATE>");
    }

    private static string VisibleCode(string character) => CharacterNames.Tag(char.ConvertToUtf32(character, 0));
}
