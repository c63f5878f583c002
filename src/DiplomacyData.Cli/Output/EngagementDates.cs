using System.Globalization;

namespace DiplomacyData.Cli.Output;

/// <summary>An engagement's date written no more precisely than the evidence supports.</summary>
internal static class EngagementDates
{
    /// <summary><c>2024-07-16</c>, <c>2024-06</c> (month), <c>2022-01-19..2022-01-20</c> (range), <c>~2024-06-01..2024-06-30</c> (approximate).</summary>
    public static string Describe(Engagement engagement) => Describe(engagement.Precision, engagement.Date, engagement.EndDate);

    /// <summary>The same from the parts, as the report reads them from the export rows.</summary>
    public static string Describe(DatePrecision precision, System.DateOnly date, System.DateOnly? endDate)
    {
        var first = IsoDate.Format(date);
        var span = endDate is { } end ? first + ".." + IsoDate.Format(end) : first;
        return precision switch
        {
            DatePrecision.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            DatePrecision.Range => span,
            DatePrecision.Approximate => "~" + span,
            _ => span,
        };
    }
}
