using System.Runtime.CompilerServices;

// The name rule (NameKey) and the person index are tested on crafted names and people, not only through the
// catalogue's real data, which has no two people that share a word of a name at different ranks.
[assembly: InternalsVisibleTo("DiplomacyData.Tests")]
