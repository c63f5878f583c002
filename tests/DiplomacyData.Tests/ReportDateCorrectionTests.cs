namespace DiplomacyData.Tests;

/// <summary>
/// The corrections of issue 12 item 4, read back through the API: the date of the report is not the date of
/// the event, a statement belongs where it was said, and a correction is the curator's, not the speaker's.
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

    [Fact]
    public void Rudenko_mousavi_lower_bound_moves_with_the_interview()
    {
        var consultations = Find("rudenko-mousavi-consultations-2024-06");

        consultations.Date.ShouldBe(Engagements.BagheriKaniInterviewNizhnyNovgorod202406.Date);
        consultations.EndDate.ShouldBe(Day(2024, 6, 22));
    }

    [Theory]
    [InlineData("peskov-briefing-strategic-treaty-2024-06", 2024, 6, 11)]
    [InlineData("peskov-briefing-ukraine-2025-04", 2025, 4, 18)]
    public void Peskovs_briefings_carry_the_day_the_public_record_gives(string id, int year, int month, int day)
    {
        var briefing = Find(id);

        (briefing.Date, briefing.EndDate, briefing.Precision).ShouldBe((Day(year, month, day), (DateOnly?)null, DatePrecision.Day));
    }

    [Fact]
    public void Lavrovs_commitment_belongs_to_his_meeting_with_bagheri_kani_not_to_the_press_conference()
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
        meeting.Statements.ShouldContain(s => s.Speaker == People.SergeyLavrov && s.Quote == words);
        meeting.DistinctFrom.ShouldBe(["brics-foreign-ministers-meeting-2024-06-10"]);
        pressConference.Statements.ShouldNotContain(s => s.Quote == words);
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
