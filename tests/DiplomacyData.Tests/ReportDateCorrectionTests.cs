namespace DiplomacyData.Tests;

/// <summary>
/// The corrections of issue 12 item 4 and issue 20, read back through the API: the date of the report is not the
/// date of the event, a statement belongs where it was said, and a correction is the curator's, not the speaker's.
/// </summary>
public class ReportDateCorrectionTests
{
    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    private static Engagement Find(string id) => Catalog.Engagements.Single(e => e.Id == id);

    [Fact]
    public void Bagheri_kani_interview_falls_on_the_days_of_the_brics_meeting_not_on_the_day_it_was_reported()
    {
        var interview = Engagements.BagheriKaniInterviewNizhnyNovgorod202406;
        var brics = Engagements.BricsForeignMinistersMeeting20240610;

        (interview.Date, interview.EndDate, interview.Precision).ShouldBe((Day(2024, 6, 10), (DateOnly?)Day(2024, 6, 11), DatePrecision.Approximate));
        (interview.Date, interview.EndDate).ShouldBe((brics.Date, brics.EndDate));
        interview.DateNote.ShouldNotBeNull().ShouldContain("June 12");
    }

    [Fact]
    public void The_retired_interview_handle_returns_its_successor()
    {
#pragma warning disable CS0618 // the retired handle is what is tested
        Engagements.BagheriKaniInterviewNizhnyNovgorod20240612.ShouldBeSameAs(Engagements.BagheriKaniInterviewNizhnyNovgorod202406);
#pragma warning restore CS0618
    }

    // Issue 20, item 1: the public record fixes the day (Rudenko to TASS, interview of 2024-07-23), so the
    // article's bounds, which had moved with the interview until 2.0.1, give way to it.
    [Fact]
    public void Rudenko_mousavi_consultations_carry_the_day_rudenko_gave_tass()
    {
        var consultations = Find("rudenko-mousavi-consultations-2024-06");

        (consultations.Date, consultations.Precision, consultations.EndDate).ShouldBe((Day(2024, 6, 21), DatePrecision.Day, (DateOnly?)null));
        consultations.DateNote.ShouldNotBeNull().ShouldContain("TASS");
        consultations.DateNote.ShouldContain("does not name");
        consultations.Sources.Single().Evidence.ShouldNotContain(e => e.Contains("said earlier"), "the interview no longer bounds the day");
    }

    [Theory]
    [InlineData("peskov-briefing-strategic-treaty-2024-06", 2024, 6, 11)]
    [InlineData("peskov-briefing-ukraine-2025-04", 2025, 4, 18)]
    public void Peskovs_briefings_carry_the_day_the_public_record_gives(string id, int year, int month, int day)
    {
        var briefing = Find(id);

        (briefing.Date, briefing.EndDate, briefing.Precision).ShouldBe((Day(year, month, day), (DateOnly?)null, DatePrecision.Day));
    }

    // Issue 20, item 3: the words the article quotes were spoken at the press conference of 2024-06-11 (Press TV,
    // IFP News), about what Lavrov had told Bagheri Kani the day before; the meeting keeps a summary of that.
    [Fact]
    public void Lavrovs_quoted_words_belong_to_the_press_conference_and_the_meeting_keeps_a_summary()
    {
        const string words = "Moscow is dedicated to concluding this memorandum with Tehran.";
        var meeting = Engagements.LavrovBagheriKaniMeeting20240610;
        var pressConference = Engagements.LavrovBricsPressConference20240611;

        meeting.Date.ShouldBe(Day(2024, 6, 10));
        meeting.Precision.ShouldBe(DatePrecision.Day);
        meeting.Kind.ShouldBe(EngagementKind.Meeting);
        meeting.Involves(People.SergeyLavrov).ShouldBeTrue();
        meeting.Involves(People.AliBagheriKani).ShouldBeTrue();
        meeting.Location!.City.ShouldBe("Nizhny Novgorod");
        meeting.Statements.ShouldContain(s => s.Speaker == People.SergeyLavrov && s.Quote == null && s.Summary.Contains("committed"));
        meeting.Statements.ShouldNotContain(s => s.Quote == words);
        meeting.DistinctFrom.ShouldBe(["brics-foreign-ministers-meeting-2024-06-10"]);
        pressConference.Statements.ShouldContain(s => s.Speaker == People.SergeyLavrov && s.Quote == words);
        pressConference.Sources.Single().Note.ShouldNotBeNull().ShouldContain("Press TV");
        pressConference.Sources.Single().Evidence.ShouldContain(e => e.Contains(words.TrimEnd('.')));
    }

    [Fact]
    public void Araghchis_remark_is_not_placed_at_the_talks_by_assertion()
    {
        var talks = Engagements.LavrovAraghchiTalks20250418;

        talks.Statements.Single(s => s.Quote == "contradictory messages").Summary.ShouldContain("does not say");
        talks.Notes.ShouldNotBeNull().ShouldContain("does not");
    }

    [Fact]
    public void Corrected_election_dates_are_in_the_notes_not_in_lavrovs_statement()
    {
        var meeting = Engagements.BagheriKaniLavrovMeeting20240716;

        meeting.Statements.ShouldAllBe(s => !s.Summary.Contains("2024-06-28") && !s.Summary.Contains("2024-07-05") && !s.Summary.Contains("Tir"));
        meeting.Notes.ShouldNotBeNull().ShouldContain("2024-06-28");
        meeting.Notes.ShouldContain("curator's inference");
    }

    [Fact]
    public void The_commission_session_keeps_its_announcement_and_records_what_happened()
    {
        var session = Engagements.IranRussiaJgc18thSession20250423;

        session.Status.ShouldBe(EngagementStatus.Planned);
        session.Notes.ShouldNotBeNull().ShouldContain("held in Moscow");
        session.Notes.ShouldContain("2025-04-24");
    }
}
