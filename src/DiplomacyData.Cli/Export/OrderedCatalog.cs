using System;
using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Cli.Export;

/// <summary>
/// The catalogue's lists in the order every export writes them: by id, ordinal comparison, so the bytes
/// do not depend on the catalogue's own ordering (engagements are by date there) or on the culture.
/// Child lists (participants, evidence …) keep the order the curators gave them.
/// </summary>
internal static class OrderedCatalog
{
    public static IReadOnlyList<Engagement> Engagements => ById(Catalog.Engagements, e => e.Id);

    public static IReadOnlyList<Person> People => ById(Catalog.People, p => p.Id);

    public static IReadOnlyList<Country> Countries => ById(Catalog.Countries, c => c.Id);

    public static IReadOnlyList<Organization> Organizations => ById(Catalog.Organizations, o => o.Id);

    public static IReadOnlyList<Place> Places => ById(Catalog.Places, p => p.Id);

    public static IReadOnlyList<Topic> Topics => ById(Catalog.Topics, t => t.Id);

    public static IReadOnlyList<Source> Sources => ById(Catalog.Sources, s => s.Id);

    public static IReadOnlyList<CameoCode> CameoCodes => ById(Catalog.CameoCodes, c => c.Id);

    private static IReadOnlyList<T> ById<T>(IEnumerable<T> items, Func<T, string> id) =>
        items.OrderBy(id, StringComparer.Ordinal).ToList();
}
