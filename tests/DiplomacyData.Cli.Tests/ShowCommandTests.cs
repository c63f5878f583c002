using DiplomacyData.Cli;

namespace DiplomacyData.Cli.Tests;

/// <summary><c>diplomacy show &lt;id&gt;</c> prints everything recorded about an engagement.</summary>
public class ShowCommandTests
{
    [Theory]
    [MemberData(nameof(EngagementIds))]
    public void Shows_every_field_of_every_engagement(string id)
    {
        var engagement = Catalog.FindEngagement(id)!;

        var result = CliRun.Expect(ExitCodes.Success, "show", id);

        var text = result.Out;
        text.ShouldContain(engagement.Title);
        text.ShouldContain(engagement.Id);
        text.ShouldContain(engagement.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)[..7]);
        text.ShouldContain("precision: " + Kebab(engagement.Precision));
        ShouldHaveFact(text, "Kind", Kebab(engagement.Kind));
        ShouldHaveFact(text, "Status", Kebab(engagement.Status));
        ShouldContainIfAny(text, engagement.DateNote);
        ShouldContainIfAny(text, engagement.Location?.City);
        ShouldContainIfAny(text, engagement.Location?.Venue);
        ShouldContainIfAny(text, engagement.Forum?.Name);
        ShouldContainIfAny(text, engagement.Notes);
        foreach (var participant in engagement.Participants)
        {
            text.ShouldContain(participant.Person.Name.Full);
            text.ShouldContain(Kebab(participant.Part));
            ShouldContainIfAny(text, participant.ReportedTitle);
        }

        foreach (var topic in engagement.Topics)
        {
            text.ShouldContain($"{topic.Id}: {topic.Name}");
        }

        foreach (var statement in engagement.Statements)
        {
            text.ShouldContain($"{statement.Speaker.Name.Full}: {statement.Summary}");
            ShouldContainIfAny(text, statement.Quote);
        }

        foreach (var code in engagement.CameoCodes)
        {
            text.ShouldContain($"{code.Id} {code.Name}");
        }

        if (engagement.Plover is { } plover)
        {
            text.ShouldContain($"PLOVER: event {Kebab(plover.Event)}, mode {plover.Mode ?? "none"}");
        }
        else
        {
            text.ShouldContain("PLOVER: not coded");
        }

        foreach (var citation in engagement.Sources)
        {
            text.ShouldContain(citation.Source.Title);
            text.ShouldContain(citation.Source.Url.OriginalString);
            ShouldHaveFact(text, "Publisher", citation.Source.Publisher ?? "unknown");
            ShouldHaveFact(text, "Published", citation.Source.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated");
            foreach (var quote in citation.Evidence)
            {
                text.ShouldContain($"\"{quote}\"");
            }

            ShouldContainIfAny(text, citation.Note);
            if (citation.Source.PublishedNote is { } publishedNote)
            {
                text.ShouldMatch($"(?m)^ *Publication note: +{System.Text.RegularExpressions.Regex.Escape(publishedNote[..Math.Min(20, publishedNote.Length)])}");
            }
        }

        // Each label names what it shows: "Date note" is the engagement's date note, never a source's.
        System.Text.RegularExpressions.Regex.Matches(text, "(?m)^ *Date note:").Count.ShouldBe(engagement.DateNote is null ? 0 : 1);
    }

    [Fact]
    public void An_unknown_id_exits_1_and_suggests_ids_that_contain_it()
    {
        var result = CliRun.Expect(ExitCodes.NotFound, "show", "lavrov-araghchi");

        result.Out.ShouldBeEmpty();
        result.Error.ShouldContain("error: no engagement has the id 'lavrov-araghchi'.");
        result.Error.ShouldContain("lavrov-araghchi-talks-2025-04-18");
        result.Error.ShouldContain("lavrov-araghchi-press-conference-2025-04-18");
    }

    [Fact]
    public void A_typo_in_an_id_is_suggested_back()
    {
        var result = CliRun.Expect(ExitCodes.NotFound, "show", "putin-rouhani-phone-cal-2020-07-16");

        result.Error.ShouldContain("putin-rouhani-phone-call-2020-07-16");
    }

    [Fact]
    public void An_id_with_nothing_close_points_to_list()
    {
        var result = CliRun.Expect(ExitCodes.NotFound, "show", "zzz");

        result.Error.ShouldContain("Run 'diplomacy list' to see the ids.");
    }

    public static TheoryData<string> EngagementIds() => new(Catalog.Engagements.Select(e => e.Id));

    private static void ShouldHaveFact(string text, string label, string value) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, $"(?m)^ *{label}: +{System.Text.RegularExpressions.Regex.Escape(value)}$")
            .ShouldBeTrue($"expected a line '{label}: {value}' in:\n{text}");

    private static void ShouldContainIfAny(string text, string? expected)
    {
        if (expected is not null)
        {
            text.ShouldContain(expected);
        }
    }

    private static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum => Naming.Kebab(value);
}
