using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using DiplomacyData.Cli.Data;

namespace DiplomacyData.Cli.Draft;

/// <summary>
/// The people of the dataset a passage names, in any script the catalogue records a name in: each person's full
/// name, native name, aliases and family name (in Latin letters and, where the native name has as many words as the
/// full name, its last words in the native script: «Лавров», «باقری کنی»). Words are compared by
/// <see cref="NameKey"/> (case, diacritics, Arabic and Persian letter variants, look-alikes), a Russian word also in
/// its other cases («с Сергеем Лавровым»), and a name word written as two («خامنه ای» for «خامنه‌ای»). A given name
/// alone ("Mohammad", «علی») is never taken: it names too many people outside the dataset. A form two people share
/// names neither.
/// </summary>
internal static partial class NamedPeople
{
    // The endings of a Russian name in its other cases (singular), after the stem, and what the stem ends with in the
    // nominative: Лавров → Лаврова, Лаврову, Лавровым, Лаврове; Сергей → Сергея, Сергею, Сергеем, Сергее.
    private static readonly string[] s_russianEndings = ["а", "у", "ом", "ым", "ем", "е", "ой", "ою", "ей", "ю", "я", "и", "ы"];
    private static readonly string[] s_nominativeEndings = ["", "й", "ь", "а", "я"];

    public static IReadOnlyList<Person> In(Dataset data, string passage)
    {
        var words = Words().Matches(passage).Select(m => new Word(WithoutPossessive(m.Value))).Where(w => w.Key.Length > 0).ToList();
        var forms = FormsOf(data);
        var found = new List<Person>();
        var i = 0;
        while (i < words.Count)
        {
            // The longest form that stands here; a shorter one inside it ("Lavrov" in "Sergey Lavrov") is the same mention.
            var best = forms
                .Select(form => (form.Person, Length: MatchLength(form.Words, words, i)))
                .Where(m => m.Length > 0)
                .OrderByDescending(m => m.Length)
                .FirstOrDefault();
            if (best.Person is not null)
            {
                if (!found.Contains(best.Person))
                {
                    found.Add(best.Person);
                }

                i += best.Length;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>Every name form of every person, as word keys; a form with the same keys as another person's is left out.</summary>
    private static List<(Person Person, string[] Words)> FormsOf(Dataset data)
    {
        var forms = new List<(Person Person, string[] Words)>();
        foreach (var person in data.People)
        {
            var names = new List<string> { person.Name.Full, person.Name.Family }.Concat(person.Aliases).ToList();
            if (person.Name.Native is { } native)
            {
                names.Add(native);
                if (NativeFamily(person.Name, native) is { } nativeFamily)
                {
                    names.Add(nativeFamily);
                }
            }

            foreach (var name in names)
            {
                var keys = Words().Matches(name).Select(m => Key(m.Value)).Where(k => k.Length > 0).ToArray();
                if (keys.Length > 0 && !forms.Any(f => f.Person == person && f.Words.SequenceEqual(keys)))
                {
                    forms.Add((person, keys));
                }
            }
        }

        var shared = forms.GroupBy(f => string.Join(" ", f.Words)).Where(g => g.Select(f => f.Person).Distinct().Count() > 1).Select(g => g.Key).ToHashSet();
        return forms.Where(f => !shared.Contains(string.Join(" ", f.Words))).ToList();
    }

    /// <summary>The family name in the native script: the native name's last words, when it has a word for each word of the full name.</summary>
    private static string? NativeFamily(PersonName name, string native)
    {
        var nativeWords = native.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var givenWords = name.Given.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var familyWords = name.Family.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return nativeWords.Length == givenWords + familyWords && givenWords > 0
            ? string.Join(" ", nativeWords.Skip(givenWords))
            : null;
    }

    /// <summary>How many words of <paramref name="words"/> from <paramref name="start"/> the form <paramref name="form"/> takes; 0 when it does not stand there.</summary>
    private static int MatchLength(string[] form, List<Word> words, int start)
    {
        var at = start;
        foreach (var part in form)
        {
            if (at < words.Count && words[at].Names(part))
            {
                at++;
            }
            else if (at + 1 < words.Count && words[at].Key + words[at + 1].Key == part)
            {
                at += 2;
            }
            else
            {
                return 0;
            }
        }

        return at - start;
    }

    /// <summary>A word of the passage: its key, and for a Russian word the keys of the nominatives it may be another case of.</summary>
    private sealed class Word
    {
        public Word(string text)
        {
            Key = NamedPeople.Key(text);
            var lower = text.ToLowerInvariant();
            Nominatives = IsCyrillic(lower)
                ? s_russianEndings
                    .Where(ending => lower.Length > ending.Length + 1 && lower.EndsWith(ending, StringComparison.Ordinal))
                    .SelectMany(ending => s_nominativeEndings.Select(nominative => NamedPeople.Key(lower[..^ending.Length] + nominative)))
                    .ToArray()
                : [];
        }

        public string Key { get; }

        private string[] Nominatives { get; }

        /// <summary>Whether this word is <paramref name="nameWord"/> (a key), or a Russian case of it.</summary>
        public bool Names(string nameWord) => Key == nameWord || Array.IndexOf(Nominatives, nameWord) >= 0;
    }

    private static bool IsCyrillic(string word) => word.Length > 0 && word.All(c => c is >= '\u0400' and <= '\u04FF');

    private static string Key(string word) => NameKey.Normalize(word);

    private static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    // A word: letters, marks and digits, with apostrophes and the ZERO WIDTH NON-JOINER inside it (Ja'fari, خامنه‌ای);
    // a hyphen parts words, as a space does (Amir-Abdollahian is two words, as Amir Abdollahian is).
    [GeneratedRegex("[\\p{L}\\p{M}\\p{Nd}]+(?:['’\u200C][\\p{L}\\p{M}\\p{Nd}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
