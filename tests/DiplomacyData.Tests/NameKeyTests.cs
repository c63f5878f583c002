namespace DiplomacyData.Tests;

/// <summary>The name rule shared by the package, the tool and the build (issue 9, item 9), on crafted names.</summary>
public class NameKeyTests
{
    // Every mark that romanisations of Persian, Arabic and Russian write for an apostrophe, ʿayn, hamza or the
    // Cyrillic soft and hard signs.
    [Theory]
    [InlineData("\u0027")] // apostrophe
    [InlineData("\u2018")] // left single quotation mark
    [InlineData("\u2019")] // right single quotation mark
    [InlineData("\u201B")] // single high-reversed-9 quotation mark
    [InlineData("\u02BC")] // modifier letter apostrophe
    [InlineData("\u02BB")] // modifier letter turned comma (ʻokina)
    [InlineData("\u02BD")] // modifier letter reversed comma
    [InlineData("\u02BE")] // modifier letter right half ring (hamza)
    [InlineData("\u02BF")] // modifier letter left half ring (ʿayn)
    [InlineData("\u02C8")] // modifier letter vertical line
    [InlineData("\u02B9")] // modifier letter prime (soft sign)
    [InlineData("\u02BA")] // modifier letter double prime (hard sign)
    [InlineData("\u0060")] // grave accent
    [InlineData("\u00B4")] // acute accent
    [InlineData("\u2032")] // prime
    [InlineData("\u2033")] // double prime
    [InlineData("\u0022")] // quotation mark (hard sign in some schemes)
    [InlineData("\uFF07")] // full-width apostrophe
    [InlineData("\u0674")] // Arabic high hamza
    public void Apostrophe_like_marks_are_ignored(string mark)
    {
        NameKey.Normalize("Ja" + mark + "fari").ShouldBe(NameKey.Normalize("Jafari"));
        NameKey.Normalize("Il" + mark + "ich").ShouldBe(NameKey.Normalize("Ilich"));
    }

    [Fact]
    public void Every_modifier_letter_and_modifier_symbol_of_the_spacing_modifier_block_is_ignored()
    {
        // Derived from Unicode's categories, not from a list: check the whole block U+02B0..U+02FF, except the
        // superscript letters (ʰ ʲ ˡ …), which compatibility decomposition turns into the letters they are.
        for (var c = '\u02B0'; c <= '\u02FF'; c++)
        {
            if (c.ToString().Normalize(System.Text.NormalizationForm.FormKD).Any(d => char.IsLower(d) || char.IsUpper(d)))
            {
                continue;
            }

            NameKey.Normalize("Ja" + c + "fari").ShouldBe("jafari", $"U+{(int)c:X4}");
        }
    }

    [Theory]
    [InlineData("\u064A", "\u06CC")]               // Arabic yeh, Farsi yeh
    [InlineData("\u0649", "\u06CC")]               // alef maksura
    [InlineData("\u0643", "\u06A9")]               // kaf, keheh
    [InlineData("\u0629", "\u0647")]               // teh marbuta, heh
    [InlineData("\u06C0", "\u0647")]               // heh with yeh above (Persian ezafe)
    [InlineData("\u0623", "\u0627")]               // alef with hamza above
    [InlineData("\u0625", "\u0627")]               // alef with hamza below
    [InlineData("\u0622", "\u0627")]               // alef with madda
    [InlineData("\u0671", "\u0627")]               // alef wasla
    [InlineData("\u0624", "\u0648")]               // waw with hamza
    [InlineData("\u0626", "\u06CC")]               // yeh with hamza
    [InlineData("\u0628\u064E", "\u0628")]          // fatha
    [InlineData("\u0628\u0651", "\u0628")]          // shadda
    [InlineData("\u0628\u0640", "\u0628")]          // tatweel
    [InlineData("\u0628\u200C", "\u0628")]          // zero-width non-joiner
    [InlineData("\u0628\u0621", "\u0628")]          // standalone hamza
    [InlineData("\uFE91", "\u0628")]               // presentation form of beh
    public void Arabic_and_Persian_letter_variants_are_one_letter(string typed, string recorded) =>
        NameKey.Normalize("\u0631" + typed + "\u0633").ShouldBe(NameKey.Normalize("\u0631" + recorded + "\u0633"));

    [Theory]
    [InlineData("\u0661\u0664\u0660\u0663", "1403")] // Arabic-Indic digits
    [InlineData("\u06F1\u06F4\u06F0\u06F3", "1403")] // Persian digits
    [InlineData("\uFF11\uFF14\uFF10\uFF13", "1403")] // full-width digits
    public void Digits_of_every_script_are_ascii_digits(string typed, string key) =>
        NameKey.Normalize(typed).ShouldBe(NameKey.Normalize(key));

    [Theory]
    [InlineData("S\u0435rgey", "Sergey")]                  // Cyrillic е
    [InlineData("Lavr\u03BFv", "Lavrov")]                  // Greek ο
    [InlineData("\u0405cope", "Scope")]                    // Cyrillic Ѕ
    [InlineData("Ra\u0456s\u0456", "Raisi")]               // Cyrillic і
    [InlineData("Kamal", "Karnal")]                         // rn for m
    public void Look_alikes_of_any_script_are_the_letters_they_imitate(string spoof, string name) =>
        NameKey.Normalize(spoof).ShouldBe(NameKey.Normalize(name));

    [Theory]
    [InlineData("Lavrov", "\u041B\u0430\u0432\u0440\u043E\u0432")] // Лавров: another script, not a look-alike
    [InlineData("Araghchi", "Arakchi")]
    [InlineData("Raisi", "Rais")]
    public void Names_that_only_sound_alike_stay_apart(string name, string other) =>
        NameKey.Normalize(name).ShouldNotBe(NameKey.Normalize(other));

    [Theory]
    [InlineData("Фёдоров", "Федоров")]             // ё and е
    [InlineData("Йошкар", "Иошкар")]              // the breve is a mark like any other
    [InlineData("Erdoğan", "Erdogan")]
    [InlineData("Kılıçdaroğlu", "Kilicdaroglu")]   // dotless i folds by Unicode's case mappings
    [InlineData("İnönü", "inonu")]
    [InlineData("Ｌａｖｒｏｖ", "Lavrov")]           // full-width letters
    [InlineData("Amir\u2010Abdollahian", "Amir Abdollahian")] // hyphen U+2010
    [InlineData("Amir\u00A0Abdollahian", "AmirAbdollahian")]  // no-break space
    public void Case_diacritics_width_and_separators_are_ignored(string typed, string recorded) =>
        NameKey.Normalize(typed).ShouldBe(NameKey.Normalize(recorded));

    [Theory]
    [InlineData("Lavrov", "Lavrova")]
    [InlineData("\u0639\u0644\u06CC", "\u0627\u0644\u06CC")]   // ʿayn is a letter in Arabic script: علی is not الی
    [InlineData("\u0644\u0627\u0648\u0631\u0648\u0641", "\u0644\u0627\u0648\u0631\u0648\u0642")]
    [InlineData("Ильич", "Илич")]                  // the soft sign is a letter in Cyrillic script
    public void Different_names_keep_different_keys(string one, string other) =>
        NameKey.Normalize(one).ShouldNotBe(NameKey.Normalize(other));

    [Theory]
    [InlineData("")]
    [InlineData("'-. \u02BC")]
    [InlineData("\uD800")] // an unpaired surrogate: kept, not thrown on
    public void Never_throws(string name) =>
        Should.NotThrow(() => NameKey.Normalize(name));
}
