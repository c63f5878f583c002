using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace DiplomacyData.Tests;

/// <summary>
/// Issue 20: names as the sources write them, each with its source; reported titles that are the article's words;
/// notes that tell users what is known and from which source, not how the data was curated.
/// </summary>
public partial class SourcedNamesAndNotesTests
{
    /// <summary>Every alias ships with its source: the person's <see cref="Person.AliasNote"/> names it.</summary>
    [Fact]
    public void Every_alias_is_named_in_its_persons_alias_note()
    {
        var unsourced = Catalog.People
            .SelectMany(p => p.Aliases.Where(a => p.AliasNote is null || !p.AliasNote.Contains(a, StringComparison.Ordinal)).Select(a => $"{p.Id}: {a}"))
            .ToList();

        unsourced.ShouldBeEmpty("aliases whose source the person's aliasNote does not give");
    }

    /// <summary>An alias is a name as one press writes it: all its letters in one script (a reader's search is in one).</summary>
    [Fact]
    public void Every_alias_is_written_in_one_script()
    {
        var mixed = Catalog.People.SelectMany(p => p.Aliases.Where(a => ScriptsOf(a).Count != 1).Select(a => $"{p.Id}: {a}")).ToList();

        mixed.ShouldBeEmpty();
    }

    /// <summary>
    /// The dataset is made from Iranian and Russian reporting: the Russians' names as Iranian Persian press writes them,
    /// the Iranians' as Russian press writes them, or a note saying that none was found.
    /// </summary>
    [Theory]
    [InlineData("RUS", "Arabic", "no persian spelling")]
    [InlineData("IRN", "Cyrillic", "no russian spelling")]
    public void The_other_sides_spelling_is_recorded_or_the_note_says_none_was_found(string country, string script, string noneFound)
    {
        var people = Catalog.People.Where(p => p.Country.Id == country).ToList();

        people.ShouldNotBeEmpty();
        foreach (var person in people)
        {
            var spelled = person.Aliases.Any(a => ScriptsOf(a).SetEquals([script]));
            var said = person.AliasNote?.Contains(noneFound, StringComparison.OrdinalIgnoreCase) ?? false;
            (spelled || said).ShouldBeTrue($"{person.Id}: no {script} alias, and the alias note does not say none was found");
        }
    }

    /// <summary>A reported title is the article's words for that person: a whole phrase of one of the cited articles.</summary>
    [Fact]
    public void Every_reported_title_is_a_whole_phrase_of_a_cited_article()
    {
        var missing = new List<string>();
        foreach (var engagement in Catalog.Engagements)
        {
            var texts = engagement.Sources.Select(c => Folded(File.ReadAllText(Repository.PathOf("data", "sources", c.Source.Id + ".txt")))).ToList();
            foreach (var participant in engagement.Participants.Where(p => p.ReportedTitle is not null))
            {
                var phrase = new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(Folded(participant.ReportedTitle!)) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
                if (!texts.Any(phrase.IsMatch))
                {
                    missing.Add($"{engagement.Id}: {participant.Person.Id} '{participant.ReportedTitle}'");
                }
            }
        }

        missing.ShouldBeEmpty("reported titles that are not a whole phrase of the engagement's articles");
    }

    [Fact]
    public void Putin_is_titled_in_the_press_tv_engagements_only_as_the_article_titles_him()
    {
        Participant(Engagements.RaisiVisitMoscow20220119, People.VladimirPutin).ReportedTitle.ShouldBe("Russian counterpart");
        Participant(Engagements.PutinRaisiMeeting20220119, People.VladimirPutin).ReportedTitle.ShouldBeNull();
    }

    /// <summary>Words of the curating process that once shipped in notes: they tell a user nothing about the data.</summary>
    [Theory]
    [InlineData("from here")]
    [InlineData("the tools")]
    [InlineData("tools returned")]
    [InlineData("could not be opened")]
    [InlineData("excerpt")]
    [InlineData("captured whole")]
    [InlineData("read here")]
    public void Shipped_notes_speak_of_the_data_not_of_the_curating(string words)
    {
        var offending = ShippedNotes().Where(n => n.Text.Contains(words, StringComparison.OrdinalIgnoreCase)).Select(n => n.Where).ToList();

        offending.ShouldBeEmpty($"notes that say '{words}'");
    }

    [Fact]
    public void A_person_without_a_wikidata_id_says_so_in_users_words()
    {
        foreach (var person in Catalog.People.Where(p => p.WikidataId is null))
        {
            person.IdentifierNote.ShouldNotBeNull(person.Id).ShouldStartWith("No Wikidata id is recorded", Case.Sensitive, person.Id);
        }

        People.AliKhamenei.WikidataId.ShouldBe("Q57336");
        Catalog.People.Count(p => p.WikidataId is not null).ShouldBe(4);
    }

    private static Participant Participant(Engagement engagement, Person person) => engagement.Participants.Single(p => p.Person == person);

    private static IEnumerable<(string Where, string Text)> ShippedNotes()
    {
        static IEnumerable<(string, string?)> All()
        {
            foreach (var c in Catalog.Countries)
            {
                yield return ($"country {c.Id}", c.IdentifierNote);
            }

            foreach (var o in Catalog.Organizations)
            {
                yield return ($"organization {o.Id}", o.IdentifierNote);
            }

            foreach (var p in Catalog.Places)
            {
                yield return ($"place {p.Id}", p.IdentifierNote);
            }

            foreach (var s in Catalog.Sources)
            {
                yield return ($"source {s.Id}", s.PublishedNote);
            }

            foreach (var p in Catalog.People)
            {
                yield return ($"person {p.Id} identifierNote", p.IdentifierNote);
                yield return ($"person {p.Id} aliasNote", p.AliasNote);
                foreach (var role in p.Roles)
                {
                    yield return ($"person {p.Id} role {role.Title}", role.Note);
                }
            }

            foreach (var e in Catalog.Engagements)
            {
                yield return ($"engagement {e.Id} dateNote", e.DateNote);
                yield return ($"engagement {e.Id} notes", e.Notes);
                foreach (var citation in e.Sources)
                {
                    yield return ($"engagement {e.Id} citation {citation.Source.Id}", citation.Note);
                }
            }
        }

        return All().Where(n => n.Item2 is not null).Select(n => (n.Item1, n.Item2!));
    }

    /// <summary>Typographic apostrophes and quotes as straight ones, and runs of spaces (no-break ones included) as one.</summary>
    private static string Folded(string text) =>
        Spaces().Replace(text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"'), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>The scripts of a name's letters, by Unicode block (Latin, Cyrillic, Arabic, Greek), marks and punctuation aside.</summary>
    private static HashSet<string> ScriptsOf(string name)
    {
        var scripts = new HashSet<string>();
        foreach (var c in name.Normalize(NormalizationForm.FormC).Where(char.IsLetter))
        {
            scripts.Add(c switch
            {
                >= '\u0400' and <= '\u052F' => "Cyrillic",
                >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => "Arabic",
                >= '\u0370' and <= '\u03FF' => "Greek",
                _ when c < '\u0250' || (c >= '\u1E00' && c <= '\u1EFF') => "Latin",
                _ => "other " + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }

        return scripts;
    }
}
