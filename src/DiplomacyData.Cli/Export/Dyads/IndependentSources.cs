using System.Linq;

namespace DiplomacyData.Cli.Export.Dyads;

/// <summary>How many of an engagement's reports are independent of each other.</summary>
internal static class IndependentSources
{
    /// <summary>
    /// The number of different publishers among the engagement's cited sources: two articles of one agency are
    /// one voice, however often it repeats itself. Publishers are compared as printed, ignoring case. Sources
    /// whose publisher is unknown count as one publisher together, since nothing shows they are not the same
    /// outlet; a count never overstates independence.
    /// </summary>
    public static int Count(Engagement engagement) =>
        engagement.Sources.Select(c => c.Source.Publisher?.ToUpperInvariant()).Distinct().Count();
}
