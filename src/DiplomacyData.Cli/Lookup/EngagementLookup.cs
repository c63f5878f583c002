using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Cli.Data;

namespace DiplomacyData.Cli.Lookup;

/// <summary>An engagement by its exact id, with near ids suggested when there is none.</summary>
internal static class EngagementLookup
{
    public static Engagement Resolve(Dataset data, string id)
    {
        if (data.FindEngagement(id.Trim()) is { } engagement)
        {
            return engagement;
        }

        var suggestions = Suggestions.Closest(id, data.Engagements.Select(e => ((IEnumerable<string>)new[] { e.Id }, e.Id)), limit: 5);
        throw new CliException(ExitCodes.NotFound, $"no engagement has the id '{id}'.",
            Suggestions.Hints(suggestions, "Run 'diplomacy list' to see the ids."));
    }
}
