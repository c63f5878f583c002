namespace DiplomacyData.Tests;

/// <summary>Facts the five source articles state (or the public record supplies, as the data notes say), read back through the API.</summary>
public class ArticleFactsTests
{
    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    private static Engagement Find(string id) => Catalog.Engagements.Single(e => e.Id == id);

    private static Participant Part(Engagement engagement, ParticipantPart part) => engagement.Participants.Single(p => p.Part == part);

    [Fact]
    public void Kuna_lavrov_araghchi_talks_on_friday_2025_04_18_in_moscow()
    {
        var talks = Engagements.LavrovAraghchiTalks20250418;

        talks.Date.ShouldBe(Day(2025, 4, 18));
        talks.Precision.ShouldBe(DatePrecision.Day);
        talks.Kind.ShouldBe(EngagementKind.Meeting);
        talks.Status.ShouldBe(EngagementStatus.Happened);
        talks.Location!.City.ShouldBe("Moscow");
        talks.Location.Country.ShouldBeSameAs(Countries.Russia);
        talks.Involves(People.SergeyLavrov).ShouldBeTrue();
        talks.Involves(People.AbbasAraghchi).ShouldBeTrue();
        talks.Involves(Countries.Iran).ShouldBeTrue();
        talks.Sources.Select(s => s.Source).ShouldContain(Sources.Kuna20250418);
        talks.DateNote.ShouldNotBeNull().ShouldContain("Friday");
    }

    [Fact]
    public void Kuna_khamenei_message_conveyed_to_putin_by_araghchi()
    {
        var message = Find("khamenei-message-to-putin-2025-04-17");

        message.Kind.ShouldBe(EngagementKind.MessageConveyed);
        Part(message, ParticipantPart.Sender).Person.ShouldBeSameAs(People.AliKhamenei);
        Part(message, ParticipantPart.Recipient).Person.ShouldBeSameAs(People.VladimirPutin);
        Part(message, ParticipantPart.Messenger).Person.ShouldBeSameAs(People.AbbasAraghchi);
    }

    [Fact]
    public void Kuna_joint_governmental_commission_session_is_planned_for_april_23_to_25_in_moscow()
    {
        var session = Find("iran-russia-jgc-18th-session-2025-04-23");

        session.Status.ShouldBe(EngagementStatus.Planned);
        session.Kind.ShouldBe(EngagementKind.CommissionSession);
        session.Precision.ShouldBe(DatePrecision.Range);
        (session.Date, session.EndDate).ShouldBe((Day(2025, 4, 23), (DateOnly?)Day(2025, 4, 25)));
        session.Location!.City.ShouldBe("Moscow");
        session.Forum.ShouldBeSameAs(Organizations.IranRussiaJgc);
        session.Sources.ShouldAllBe(c => c.Source.Published < session.Date, "a planned session is announced before it happens");
    }

    [Fact]
    public void Interkomitet_zarif_hands_rouhanis_message_to_putin_on_tuesday_2020_07_21()
    {
        var message = Find("rouhani-message-to-putin-2020-07-21");
        var talks = Find("lavrov-zarif-talks-2020-07-21");

        message.Kind.ShouldBe(EngagementKind.MessageConveyed);
        message.Date.ShouldBe(Day(2020, 7, 21));
        message.Date.DayOfWeek.ShouldBe(DayOfWeek.Tuesday);
        Part(message, ParticipantPart.Sender).Person.ShouldBeSameAs(People.HassanRouhani);
        Part(message, ParticipantPart.Recipient).Person.ShouldBeSameAs(People.VladimirPutin);
        Part(message, ParticipantPart.Messenger).Person.ShouldBeSameAs(People.MohammadJavadZarif);
        talks.Date.ShouldBe(Day(2020, 7, 21));
        talks.Involves(People.SergeyLavrov).ShouldBeTrue();
        talks.Involves(People.MohammadJavadZarif).ShouldBeTrue();
        talks.Topics.ShouldContain(Topics.Jcpoa);
        talks.Topics.ShouldContain(Topics.Syria);
    }

    [Fact]
    public void Interkomitet_presidents_phone_call_on_july_16_and_astana_videoconference_on_july_1()
    {
        var call = Find("putin-rouhani-phone-call-2020-07-16");
        var summit = Find("astana-summit-videoconference-2020-07-01");

        call.Kind.ShouldBe(EngagementKind.PhoneCall);
        call.Date.ShouldBe(Day(2020, 7, 16));
        call.Location.ShouldBeNull();
        call.Participants.Select(p => p.Person).ShouldBe([People.HassanRouhani, People.VladimirPutin], ignoreOrder: true);
        summit.Kind.ShouldBe(EngagementKind.VideoConference);
        summit.Date.ShouldBe(Day(2020, 7, 1));
        summit.Involves(People.RecepTayyipErdogan).ShouldBeTrue();
        summit.Forum.ShouldBeSameAs(Organizations.AstanaProcess);
    }

    [Fact]
    public void Interkomitet_page_has_no_date_and_says_what_bounds_it()
    {
        var source = Sources.Interkomitet20200721;

        source.Published.ShouldBeNull();
        source.PublishedNote.ShouldNotBeNull().ShouldContain("2020-07-21");
        source.Url.IsAbsoluteUri.ShouldBeTrue();
    }

    [Fact]
    public void Mehr_acting_foreign_minister_bagheri_kani_meets_lavrov_in_new_york_on_tuesday_2024_07_16()
    {
        var meeting = Find("bagheri-kani-lavrov-meeting-2024-07-16");

        meeting.Date.ShouldBe(Day(2024, 7, 16));
        meeting.Date.DayOfWeek.ShouldBe(DayOfWeek.Tuesday);
        meeting.Location!.City.ShouldBe("New York");
        meeting.Location.Country.ShouldBeSameAs(Countries.UnitedStates);
        meeting.Forum.ShouldBeSameAs(Organizations.Unsc);
        meeting.Participants.Single(p => p.Person == People.AliBagheriKani).ReportedTitle.ShouldNotBeNull().ShouldContain("Acting");
        Sources.Mehr20240717.Published.ShouldBe(Day(2024, 7, 17));
    }

    [Fact]
    public void Mehr_wrong_election_dates_are_recorded_corrected_with_a_note()
    {
        var meeting = Find("bagheri-kani-lavrov-meeting-2024-07-16");
        meeting.Notes.ShouldNotBeNull().ShouldContain("2024-06-28");
        meeting.Notes.ShouldContain("2024-07-05");
        meeting.Notes.ShouldContain("June 8");
    }

    [Fact]
    public void Presstv_amir_abdollahian_meets_lavrov_on_thursday_2022_01_20_after_raisis_two_day_visit()
    {
        var talks = Find("amir-abdollahian-lavrov-talks-2022-01-20");
        var visit = Find("raisi-visit-moscow-2022-01-19");
        var summit = Find("putin-raisi-meeting-2022-01-19");

        talks.Date.ShouldBe(Day(2022, 1, 20));
        talks.Involves(People.HosseinAmirAbdollahian).ShouldBeTrue();
        talks.Topics.ShouldContain(Topics.Afghanistan);
        talks.Topics.ShouldContain(Topics.Yemen);
        visit.Kind.ShouldBe(EngagementKind.Visit);
        (visit.Date, visit.EndDate, visit.Precision).ShouldBe((Day(2022, 1, 19), (DateOnly?)Day(2022, 1, 20), DatePrecision.Range));
        summit.Involves(People.EbrahimRaisi).ShouldBeTrue();
        summit.Involves(People.VladimirPutin).ShouldBeTrue();
    }

    [Fact]
    public void Nournews_brics_meeting_in_nizhny_novgorod_and_legal_consultations_in_moscow()
    {
        var brics = Find("brics-foreign-ministers-meeting-2024-06-10");
        var consultations = Find("rudenko-mousavi-consultations-2024-06");

        brics.Forum.ShouldBeSameAs(Organizations.Brics);
        brics.Location!.City.ShouldBe("Nizhny Novgorod");
        brics.Involves(People.AliBagheriKani).ShouldBeTrue();
        consultations.Kind.ShouldBe(EngagementKind.Consultations);
        consultations.Involves(People.AndreyRudenko).ShouldBeTrue();
        consultations.Involves(People.SeyedAliMousavi).ShouldBeTrue();
    }

    // Issue 20, items 2 and 8: nothing is said at a handover; Araghchi's words on the letter belong where the sources place them.
    [Fact]
    public void Kuna_araghchis_words_on_the_letter_are_a_statement_of_the_talks_not_of_the_handover()
    {
        var message = Engagements.KhameneiMessageToPutin20250417;
        var talks = Engagements.LavrovAraghchiTalks20250418;

        message.Statements.ShouldBeEmpty();
        message.CameoCodes.Select(c => c.Id).ShouldBe(["040"]);
        message.Notes.ShouldNotBeNull().ShouldContain("Sputnik");
        message.Notes.ShouldContain("Middle East Monitor");
        talks.Statements.ShouldContain(s => s.Speaker == People.AbbasAraghchi && s.Summary.Contains("shared desire"));
        talks.Sources.Single().Evidence.ShouldContain(e => e.Contains("shared desire"));
        talks.CameoCodes.Select(c => c.Id).ShouldContain("030");
    }

    // Issue 20, item 4: CURATING.md's add-on codes where the articles' words call for them.
    [Theory]
    [InlineData("lavrov-zarif-talks-2020-07-21", "051")]
    [InlineData("lavrov-zarif-talks-2020-07-21", "030")]
    [InlineData("putin-araghchi-meeting-2025-04-17", "051")]
    [InlineData("amir-abdollahian-lavrov-talks-2022-01-20", "030")]
    [InlineData("amir-abdollahian-lavrov-talks-2022-01-20", "051")]
    [InlineData("bagheri-kani-lavrov-meeting-2024-07-16", "030")]
    [InlineData("iran-russia-jgc-18th-session-2025-04-23", "030")]
    [InlineData("putin-raisi-meeting-2022-01-19", "030")]
    [InlineData("rudenko-mousavi-consultations-2024-06", "030")]
    [InlineData("lavrov-araghchi-talks-2025-04-18", "030")]
    public void Praise_and_intent_to_cooperate_are_coded(string id, string code) =>
        Find(id).CameoCodes.Select(c => c.Id).ShouldContain(code);

    // Issue 20, items 6 and 7: what the sources say, named.
    [Fact]
    public void Peskov_briefing_format_and_the_interview_day_are_told_from_named_sources()
    {
        var briefing = Engagements.PeskovBriefingUkraine202504;
        briefing.Notes.ShouldNotBeNull().ShouldContain("AFP");
        briefing.Notes.ShouldContain("TRT");
        briefing.Location.ShouldBeNull();

        var interview = Engagements.BagheriKaniInterviewNizhnyNovgorod202406;
        interview.DateNote.ShouldNotBeNull().ShouldContain("cannot have been given on June 12");
        interview.DateNote.ShouldNotContain("is the day the interview was reported");
        (interview.Date, interview.EndDate).ShouldBe((Day(2024, 6, 10), (DateOnly?)Day(2024, 6, 11)));
    }

    [Fact]
    public void Roles_in_force_on_the_days_of_the_engagements()
    {
        var acting = People.AliBagheriKani.RoleOn(Day(2024, 7, 16)).ShouldNotBeNull();
        acting.Acting.ShouldBeTrue();
        acting.Organization.ShouldBeSameAs(Organizations.IranMfa);
        acting.To.ShouldBe(Day(2024, 8, 21));

        var minister = People.AbbasAraghchi.RoleOn(Day(2025, 4, 18)).ShouldNotBeNull();
        minister.Acting.ShouldBeFalse();
        minister.To.ShouldBeNull("still in office");

        People.MohammadJavadZarif.RoleOn(Day(2020, 7, 21))!.Organization.ShouldBeSameAs(Organizations.IranMfa);
        People.HosseinAmirAbdollahian.RoleOn(Day(2022, 1, 20))!.Title.ShouldBe("Minister of Foreign Affairs");
        People.HosseinAmirAbdollahian.RoleOn(Day(2024, 6, 1)).ShouldBeNull("he died on 2024-05-19");
        People.SergeyLavrov.RoleOn(Day(2004, 3, 8)).ShouldBeNull();
        People.SergeyLavrov.RoleOn(Day(2004, 3, 9)).ShouldNotBeNull();
    }

    [Fact]
    public void Every_participant_of_a_day_precise_engagement_held_a_role_that_day()
    {
        var missing = Catalog.Engagements
            .Where(e => e.Status == EngagementStatus.Happened && e.Precision == DatePrecision.Day)
            .SelectMany(e => e.Participants.Where(p => p.Person.RoleOn(e.Date) is null).Select(p => $"{e.Id}: {p.Person.Id}"))
            .ToList();

        missing.ShouldBeEmpty();
    }

    [Fact]
    public void Names_are_split_with_compound_family_names_whole()
    {
        People.AliBagheriKani.Name.Given.ShouldBe("Ali");
        People.AliBagheriKani.Name.Family.ShouldBe("Bagheri Kani");
        People.AliBagheriKani.Name.Full.ShouldBe("Ali Bagheri Kani");
        People.HosseinAmirAbdollahian.Name.Family.ShouldBe("Amir-Abdollahian");
        People.MohammadJavadZarif.Name.Given.ShouldBe("Mohammad Javad");
        People.SergeyLavrov.Name.Native.ShouldBe("Сергей Лавров");
        People.SergeyLavrov.Aliases.ShouldContain("Sergei Lavrov");
        People.EbrahimRaisi.Aliases.ShouldContain("Ebrahim Raeisi");
    }

    [Fact]
    public void Countries_are_identified_by_iso_alpha3()
    {
        Countries.Iran.Id.ShouldBe("IRN");
        Countries.Iran.Alpha2.ShouldBe("IR");
        Countries.Russia.Id.ShouldBe("RUS");
        Catalog.Countries.ShouldAllBe(c => c.Id.Length == 3 && c.Id.All(char.IsAsciiLetterUpper));
    }
}
