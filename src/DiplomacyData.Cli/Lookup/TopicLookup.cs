using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Cli.Data;

namespace DiplomacyData.Cli.Lookup;

/// <summary>A topic by id (<c>jcpoa</c>) or name (<c>Joint Comprehensive Plan of Action</c>), ignoring case and punctuation.</summary>
internal static class TopicLookup
{
    public static Topic Resolve(Dataset data, string query)
    {
        var key = NameKey.Normalize(query);
        var found = data.Topics.FirstOrDefault(t => NameKey.Normalize(t.Id) == key || NameKey.Normalize(t.Name) == key);
        if (found is not null)
        {
            return found;
        }

        var suggestions = Suggestions.Closest(query, data.Topics.Select(t => ((IEnumerable<string>)new[] { t.Id, t.Name }, $"{t.Id} ({t.Name})")));
        throw new CliException(ExitCodes.NotFound, $"no topic matches '{query}'.",
            Suggestions.Hints(suggestions, "Topics: " + string.Join(", ", data.Topics.Select(t => t.Id))));
    }
}
