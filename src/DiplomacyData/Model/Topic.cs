using DiplomacyData.Schema;

namespace DiplomacyData;

/// <summary>A subject discussed in engagements, e.g. the JCPOA or the war in Gaza.</summary>
/// <param name="Id">Kebab-case id, e.g. <c>jcpoa</c>; it names the typed handle (<c>Topics.Jcpoa</c>).</param>
/// <param name="Name">English name.</param>
/// <param name="Description">What the topic covers; null when the name says it all.</param>
[DatasetEntity("topics", DescribedBy = nameof(Name))]
public sealed partial record Topic(
    string Id,
    string Name,
    string? Description = null)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
