using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using DiplomacyData.Cli.Data;

namespace DiplomacyData.Cli.Draft;

/// <summary>
/// The people of the dataset a passage names, found with <see cref="Catalog.FindPerson"/> (the alias table and its
/// name rules) over runs of capitalised words, longest first. A single word counts only when it is the person's
/// family name or a whole name or alias: a given name alone ("Mohammad") names too many people outside the dataset.
/// </summary>
internal static partial class NamedPeople
{
    private const int LongestName = 4;

    public static IReadOnlyList<Person> In(Dataset data, string passage)
    {
        var found = new List<Person>();
        foreach (Match run in CapitalisedRun().Matches(passage))
        {
            var words = run.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(WithoutPossessive).ToList();
            var i = 0;
            while (i < words.Count)
            {
                var matched = 0;
                for (var length = Math.Min(LongestName, words.Count - i); length >= 1 && matched == 0; length--)
                {
                    var name = string.Join(' ', words.Skip(i).Take(length));
                    if (data.FindPerson(name) is { } person && (length > 1 || IsWholeName(person, name)))
                    {
                        if (!found.Contains(person))
                        {
                            found.Add(person);
                        }

                        matched = length;
                    }
                }

                i += Math.Max(matched, 1);
            }
        }

        return found;
    }

    private static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    private static bool IsWholeName(Person person, string word)
    {
        var key = NameKey.Normalize(word);
        return new[] { person.Name.Family, person.Name.Full, person.Id }.Concat(person.Aliases).Any(name => NameKey.Normalize(name) == key);
    }

    // Consecutive capitalised words (hyphens and apostrophes inside them): the only places a name can stand.
    [GeneratedRegex("\\p{Lu}[\\p{L}\\p{M}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’-]*)*", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedRun();
}
