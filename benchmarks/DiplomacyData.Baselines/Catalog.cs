using System.Collections.Generic;
using DiplomacyData.Baselines;

namespace DiplomacyData;

/// <summary>
/// The baseline's catalogue: the same entry points as the generated <c>DiplomacyData.Catalog</c>, loaded from the
/// embedded resource on first access (a static initialiser, like the generated classes).
/// </summary>
public static class Catalog
{
    public static IReadOnlyList<CameoCode> CameoCodes => Loaded.Dataset.CameoCodes;

    public static IReadOnlyList<Country> Countries => Loaded.Dataset.Countries;

    public static IReadOnlyList<Engagement> Engagements => Loaded.Dataset.Engagements;

    public static IReadOnlyList<Organization> Organizations => Loaded.Dataset.Organizations;

    public static IReadOnlyList<Person> People => Loaded.Dataset.People;

    public static IReadOnlyList<Source> Sources => Loaded.Dataset.Sources;

    public static IReadOnlyList<Topic> Topics => Loaded.Dataset.Topics;

    private static class Loaded
    {
        public static readonly LinkedDataset Dataset = Linker.Link(DatasetLoader.Load());
    }
}
