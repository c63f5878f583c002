using System;
using DiplomacyData.Schema;

namespace DiplomacyData;

/// <summary>A published article that reports engagements. Its archived text is checked at build time, not shipped.</summary>
/// <param name="Id">Kebab-case id; the archived text is <c>data/sources/&lt;id&gt;.txt</c>.</param>
/// <param name="Title">Headline as published.</param>
/// <param name="Publisher">Who published it as shown on the page (e.g. <c>Mehr News Agency</c>); null when unknown.</param>
/// <param name="Published">Publication date; null when the page gives none (see <paramref name="PublishedNote"/>).</param>
/// <param name="Url">Where the article was found.</param>
/// <param name="Language">BCP 47 language tag of the text, e.g. <c>en</c>.</param>
/// <param name="PublishedNote">How the date was established, or what bounds it when unknown.</param>
/// <param name="Dateline">The article's dateline as printed (e.g. <c>MOSCOW, April 18</c>), against which relative days are resolved.</param>
[DatasetEntity("sources", DescribedBy = nameof(Title))]
public sealed partial record Source(
    string Id,
    string Title,
    string? Publisher,
    DateOnly? Published,
    Uri Url,
    string Language,
    string? PublishedNote = null,
    string? Dateline = null)
{
    /// <inheritdoc />
    public override string ToString() => Publisher is null ? Title : $"{Title} ({Publisher})";
}
