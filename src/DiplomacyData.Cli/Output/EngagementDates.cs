using System.Globalization;

namespace DiplomacyData.Cli.Output;

/// <summary>An engagement's date written no more precisely than the evidence supports.</summary>
internal static class EngagementDates
{
    /// <summary><c>2024-07-16</c>, <c>2024-06</c> (month), <c>2022-01-19..2022-01-20</c> (range), <c>~2024-06-01..2024-06-30</c> (approximate).</summary>
    public static string Describe(Engagement engagement)
    {
        var first = IsoDate.Format(engagement.Date);
        var span = engagement.EndDate is { } end ? first + ".." + IsoDate.Format(end) : first;
        return engagement.Precision switch
        {
            DatePrecision.Month => engagement.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            DatePrecision.Range => span,
            DatePrecision.Approximate => "~" + span,
            _ => span,
        };
    }
}
