using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiplomacyData.Cli.Report.Charts;
using DiplomacyData.Cli.Report.Html;
using DiplomacyData.Cli.Report.Read;

namespace DiplomacyData.Cli.Report.Pages;

/// <summary>
/// Who met whom: a matrix of people and one of countries (the <see cref="Largest"/> with the most engagements
/// each, so that the page stays readable and small at any size of data), each filled cell linking to a page
/// that lists the pair's engagements.
/// </summary>
internal static class MatrixPages
{
    /// <summary>Rows (and columns) of each matrix at most.</summary>
    public const int Largest = 30;

    /// <summary>Engagements per page of a pair's list.</summary>
    public const int PairPageSize = 1000;

    public static IEnumerable<Page> Create(ReportModel model)
    {
        var people = model.People
            .OrderByDescending(p => p.Engagements.Count).ThenBy(p => p.FullName, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Where(p => p.Engagements.Count > 0).Take(Largest).ToList();
        var countries = model.Engagements.SelectMany(e => e.Countries).GroupBy(c => c)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Name, StringComparer.Ordinal).ThenBy(g => g.Key.Id, StringComparer.Ordinal)
            .Select(g => g.Key).Take(Largest).ToList();

        var personPairs = Pairs(model.Engagements, people, e => e.People);
        var countryPairs = Pairs(model.Engagements, countries, e => e.Countries);

        var page = new Page(SitePaths.Matrix, "Who met whom");
        page.Body.Element("p", string.Create(CultureInfo.InvariantCulture,
            $"A filled cell is a pair that took part in the same engagements, darker for more; it links to the list. Shown: the {people.Count} people and {countries.Count} countries with the most engagements."));
        page.Body.Element("h2", "People");
        MeetingMatrix.Write(page.Body, "people-matrix", "Engagements shared by two people", people.Select(p => p.FullName).ToList(), Counts(personPairs, people.Count),
            (i, j) => page.Href(PersonPairPath(people[i], people[j])));
        page.Body.Element("h2", "Countries");
        MeetingMatrix.Write(page.Body, "country-matrix", "Engagements between people of two countries", countries.Select(c => c.Name).ToList(), Counts(countryPairs, countries.Count),
            (i, j) => page.Href(CountryPairPath(countries[i], countries[j])));
        yield return page;

        foreach (var ((i, j), engagements) in personPairs)
        {
            foreach (var pairPage in PairPages(PersonPairPath(people[i], people[j]), people[i].FullName + " and " + people[j].FullName, engagements))
            {
                yield return pairPage;
            }
        }

        foreach (var ((i, j), engagements) in countryPairs)
        {
            foreach (var pairPage in PairPages(CountryPairPath(countries[i], countries[j]), countries[i].Name + " and " + countries[j].Name, engagements))
            {
                yield return pairPage;
            }
        }
    }

    /// <summary>One page for both orders of a pair: the ids in ordinal order.</summary>
    private static string PersonPairPath(ReportPerson a, ReportPerson b) =>
        string.CompareOrdinal(a.Id, b.Id) < 0 ? SitePaths.PeoplePair(a.Id, b.Id) : SitePaths.PeoplePair(b.Id, a.Id);

    private static string CountryPairPath(ReportCountry a, ReportCountry b) =>
        string.CompareOrdinal(a.Id, b.Id) < 0 ? SitePaths.CountryPair(a.Id, b.Id) : SitePaths.CountryPair(b.Id, a.Id);

    /// <summary>For each pair (i &lt; j) of <paramref name="actors"/>, their shared engagements by date.</summary>
    private static SortedDictionary<(int, int), List<ReportEngagement>> Pairs<T>(IReadOnlyList<ReportEngagement> engagements, List<T> actors, Func<ReportEngagement, IEnumerable<T>> of)
        where T : notnull
    {
        var index = actors.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => x.i);
        var pairs = new SortedDictionary<(int, int), List<ReportEngagement>>();
        foreach (var engagement in engagements)
        {
            var present = of(engagement).Where(index.ContainsKey).Select(a => index[a]).Distinct().OrderBy(i => i).ToList();
            for (var a = 0; a < present.Count; a++)
            {
                for (var b = a + 1; b < present.Count; b++)
                {
                    var key = (present[a], present[b]);
                    if (!pairs.TryGetValue(key, out var list))
                    {
                        pairs[key] = list = new List<ReportEngagement>();
                    }

                    list.Add(engagement);
                }
            }
        }

        return pairs;
    }

    private static int[,] Counts(SortedDictionary<(int, int), List<ReportEngagement>> pairs, int n)
    {
        var counts = new int[n, n];
        foreach (var ((i, j), engagements) in pairs)
        {
            counts[i, j] = counts[j, i] = engagements.Count;
        }

        return counts;
    }

    private static IEnumerable<Page> PairPages(string first, string names, List<ReportEngagement> engagements)
    {
        var chunks = SitePaths.Paginate(engagements, PairPageSize);
        for (var i = 0; i < chunks.Count; i++)
        {
            var page = new Page(SitePaths.Numbered(first, i + 1), names);
            page.Body.Element("p", string.Create(CultureInfo.InvariantCulture, $"{engagements.Count} engagements in which both took part."))
                .Open("p").Link(page.Href(SitePaths.Matrix), "Back to who met whom").Close("p");
            page.Pager(first, i + 1, chunks.Count);
            EngagementTable.Write(page, chunks[i], "Engagements of " + names + ", by date");
            yield return page;
        }
    }
}
