using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;

namespace DiplomacyData.Generators.Validate;

/// <summary>
/// An engagement whose evidence or dateNote says "on Tuesday" must fall on the Tuesday that the words name, counted
/// back from the citing report's day (DD0316); a weekday written beside a date in the dateNote must be that
/// date's weekday (DD0317).
/// </summary>
/// <remarks>
/// Evidence is read in its source's language where <see cref="WeekdayPhrases"/> knows its weekday phrases (English,
/// Russian, Persian) and skipped otherwise; the dateNote, which the curator writes in English, is always read. A passage whose
/// weekday dates something else (the day a minister praised talks held the day before) is explained by writing
/// that weekday with the day it names in the dateNote: <c>praised the talks "on Friday" (2025-04-18)</c>.
/// </remarks>
internal static class WeekdayRule
{
    public static IEnumerable<DiagnosticInfo> Check(EngagementFacts engagement)
    {
        if (!EngagementSpan.TryGet(engagement, out var span))
        {
            yield break;
        }

        var inNote = engagement.DateNote is null ? new List<WeekdayPhrase>() : WeekdayPhrases.Find(engagement.DateNote.Text, "en").ToList();
        foreach (var phrase in inNote)
        {
            if (phrase.WrittenDate is { } written && written.DayOfWeek != phrase.Day)
            {
                yield return DiagnosticInfo.Create(
                    DiagnosticDescriptors.WeekdayBesideWrongDate, engagement.DateNote!.Location, engagement.Id, phrase.Text, EngagementSpan.Iso(written), written.DayOfWeek.ToString());
            }
        }

        var explained = new HashSet<DateTime>(inNote.Where(p => p.WrittenDate?.DayOfWeek == p.Day).Select(p => p.WrittenDate!.Value));
        foreach (var report in engagement.Reports)
        {
            if (!WeekdayPhrases.Reads(report.Language) || ReportDay.Of(report) is not { } reportDay)
            {
                continue;
            }

            foreach (var passage in report.Evidence)
            {
                foreach (var phrase in WeekdayPhrases.Find(passage.Text, report.Language).Where(p => p.WrittenDate is null))
                {
                    if (phrase.Resolve(reportDay.Day) is { } named && !span.Contains(named) && !explained.Contains(named))
                    {
                        yield return Mismatch(engagement, passage.Location, phrase, $"evidence from {report.SourceId}", named, reportDay, span);
                    }
                }
            }
        }

        if (engagement.DateNote is null)
        {
            yield break;
        }

        // The note may resolve against any of the reports; it is wrong only if it fits none of them.
        var reportDays = engagement.Reports.Select(ReportDay.Of).Where(d => d is not null && d.Day > DateTime.MinValue.AddDays(7)).Select(d => d!).ToList();
        foreach (var phrase in inNote.Where(p => p.WrittenDate is null))
        {
            if (reportDays.Count > 0 && !reportDays.Any(d => span.Contains(phrase.Resolve(d.Day)!.Value)))
            {
                yield return Mismatch(engagement, engagement.DateNote.Location, phrase, "the dateNote", phrase.Resolve(reportDays[0].Day)!.Value, reportDays[0], span);
            }
        }
    }

    private static DiagnosticInfo Mismatch(EngagementFacts engagement, LocationInfo location, WeekdayPhrase phrase, string where, DateTime named, ReportDay reportDay, EngagementSpan span) =>
        DiagnosticInfo.Create(
            DiagnosticDescriptors.WeekdayDisagreesWithDate,
            location,
            phrase.Text,
            where,
            engagement.Id,
            $"{phrase.Day} {EngagementSpan.Iso(named)}",
            reportDay.Description,
            span.ToString(),
            EngagementSpan.Iso(named));

}
