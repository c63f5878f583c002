using System.IO;
using System.Text;
using DiplomacyData.Cli.Data;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// The file names the tool makes from ids, measured: the longest is a page of a pair's engagements
/// (<c>pairs/people/&lt;a&gt;--&lt;b&gt;-&lt;page&gt;.html</c>), 2 × the id length + 8 bytes + the page number's digits. At
/// <see cref="IdLength"/> characters, a length the build's maximum should not exceed, it stays well within the 255
/// bytes most file systems allow for a name (a page number of up to 4 digits: pairs with up to 9,999,000 engagements).
/// </summary>
public class IdFileNameTests
{
    /// <summary>The id length the longest names are measured at: the largest the build should allow, with a margin.</summary>
    private const int IdLength = 100;

    [Fact]
    public void The_longest_file_name_is_a_pairs_numbered_page_of_twice_the_id_length_and_a_few_bytes()
    {
        using var temp = new TempDirectory();
        var (a, b) = (Id('a', IdLength), Id('b', IdLength));
        // More engagements than one page holds, so that the pair's and the people's pages are numbered.
        var data = Shared(a, b, engagements: 1001);

        var result = CliRun.Over(data, "report", "-o", temp.Combine("site"));

        result.ExitCode.ShouldBe(ExitCodes.Success, result.ToString());
        var names = Directory.EnumerateFiles(temp.Combine("site"), "*", SearchOption.AllDirectories).Select(Path.GetFileName).Select(n => n!).ToList();
        var longest = names.MaxBy(n => Encoding.UTF8.GetByteCount(n))!;
        longest.ShouldBe($"{a}--{b}.2.html");
        Encoding.UTF8.GetByteCount(longest).ShouldBe(2 * IdLength + 8 + 1);
        (2 * IdLength + 8 + 4).ShouldBeLessThanOrEqualTo(255 - 40, "a margin of 40 bytes at 4-digit page numbers");
        // The person's second page of engagements, and an engagement's page: the id and a few bytes.
        names.Contains($"{a}.2.html").ShouldBeTrue();
        names.Contains(EngagementId(1) + ".html").ShouldBeTrue();
    }

    /// <summary>
    /// Page 2 of a person's engagements and the page of a person whose id ends in "-2" are two files: a numbered page's
    /// number follows a character no id holds.
    /// </summary>
    [Fact]
    public void A_numbered_page_never_shares_its_file_with_another_records_page()
    {
        using var temp = new TempDirectory();
        var data = Shared("anna", "anna-2", engagements: 1001);

        var result = CliRun.Over(data, "report", "-o", temp.Combine("site"));

        result.ExitCode.ShouldBe(ExitCodes.Success, result.ToString());
        var numbered = File.ReadAllText(temp.Combine("site", "people", "anna.2.html"));
        var other = File.ReadAllText(temp.Combine("site", "people", "anna-2.html"));
        numbered.ShouldContain("Anna First");
        other.ShouldContain("Boris Second");
        File.Exists(temp.Combine("site", "pairs", "people", "anna--anna-2.2.html")).ShouldBeTrue();
    }

    /// <summary>A kebab-case id of <paramref name="length"/> characters starting with <paramref name="letter"/>.</summary>
    private static string Id(char letter, int length) => (letter + "-" + new string('x', length)).Substring(0, length);

    /// <summary>The <paramref name="number"/>th engagement's id, <see cref="IdLength"/> characters long.</summary>
    private static string EngagementId(int number) => Id('e', IdLength - 5) + "-" + number.ToString("0000", System.Globalization.CultureInfo.InvariantCulture);

    private static Dataset Shared(string a, string b, int engagements)
    {
        var russia = new Country("RUS", "Russia", "Russian Federation", "RU");
        var source = new Source("a-source", "A source", "An Agency", new DateOnly(2025, 4, 18), new Uri("https://example.org/a"), "en");
        var first = new Person(a, new PersonName("Anna", "First"), russia, [], []);
        var second = new Person(b, new PersonName("Boris", "Second"), russia, [], []);
        var talks = Enumerable.Range(1, engagements).Select(i => new Engagement(
            EngagementId(i), new DateOnly(2025, 1, 1).AddDays(i), DatePrecision.Day, EngagementKind.Meeting, EngagementStatus.Happened, "Talks",
            [new Participant(first, ParticipantPart.Host), new Participant(second, ParticipantPart.Visitor)], [new Citation(source, ["They met."])], [], [], [], []));
        return Dataset.Of("1.0.0", "sha256:" + new string('1', 64), talks, [first, second], [russia], [], [], [], [source], []);
    }
}
