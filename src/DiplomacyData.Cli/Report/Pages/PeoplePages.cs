using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiplomacyData.Cli.Output;
using DiplomacyData.Cli.Report.Charts;
using DiplomacyData.Cli.Report.Html;
using DiplomacyData.Cli.Report.Read;

namespace DiplomacyData.Cli.Report.Pages;

/// <summary>The list of people, and a page per person: their offices over time (Gantt), whom they met, and their engagements.</summary>
internal static class PeoplePages
{
    /// <summary>People per page of the list.</summary>
    public const int ListPageSize = 1000;

    /// <summary>Engagements per page of a person's list; the first page also has the chart and whom they met.</summary>
    public const int EngagementPageSize = 1000;

    public static IEnumerable<Page> CreateList(ReportModel model)
    {
        var chunks = SitePaths.Paginate(model.People, ListPageSize);
        for (var i = 0; i < chunks.Count; i++)
        {
            var page = new Page(SitePaths.Numbered(SitePaths.People, i + 1), chunks.Count == 1 ? "People" : string.Create(CultureInfo.InvariantCulture, $"People, page {i + 1} of {chunks.Count}"));
            var html = page.Body;
            page.Pager(SitePaths.People, i + 1, chunks.Count);
            html.Raw("<table><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Native name</th><th scope=\"col\">Country</th><th scope=\"col\" class=\"number\">Engagements</th><th scope=\"col\">Latest office</th></tr></thead><tbody>");
            foreach (var person in chunks[i])
            {
                html.Open("tr").Open("td").Link(page.Href(SitePaths.Person(person.Id)), person.FullName).Close("td")
                    .Open("td").Element("bdi", person.NativeName).Close("td")
                    .Element("td", person.Country.Name)
                    .Element("td", person.Engagements.Count.ToString(CultureInfo.InvariantCulture), "class", "number")
                    .Element("td", person.Roles.Count == 0 ? string.Empty : RoleGantt.Label(person.Roles[^1]) + Until(person.Roles[^1]))
                    .Close("tr");
            }

            html.Raw("</tbody></table>");
            yield return page;
        }
    }

    /// <summary>The pages of <paramref name="person"/>; the chart of their offices spans <paramref name="coverage"/>, the dataset's first and last day.</summary>
    public static IEnumerable<Page> CreatePerson(ReportPerson person, (DateOnly First, DateOnly Last) coverage)
    {
        var chunks = SitePaths.Paginate(person.Engagements, EngagementPageSize);
        var first = SitePaths.Person(person.Id);
        for (var i = 0; i < chunks.Count; i++)
        {
            var page = new Page(SitePaths.Numbered(first, i + 1), person.FullName);
            var html = page.Body;
            html.Open("dl", "class", "facts");
            if (person.NativeName is { } native)
            {
                // In its own isolate beside its label: a Persian name neither moves to the far side nor reorders what follows.
                html.Element("dt", "Native name").Open("dd").Element("bdi", native).Close("dd");
            }

            html.Element("dt", "Country").Element("dd", person.Country.Name)
                .Element("dt", "Engagements").Element("dd", person.Engagements.Count.ToString(CultureInfo.InvariantCulture))
                .Element("dt", "Id").Element("dd", person.Id)
                .Close("dl");

            if (i == 0)
            {
                html.Element("h2", "Offices over time");
                RoleGantt.Write(html, person, coverage);
                Roles(html, person);
                MetWith(page, person);
            }

            html.Element("h2", "Engagements");
            page.Pager(first, i + 1, chunks.Count);
            EngagementTable.Write(page, chunks[i], "Engagements of " + person.FullName + ", by date");
            yield return page;
        }
    }

    /// <summary>" (until 2024-05-19)" for an office that has ended, as the tool's <c>people</c> command writes it; empty for one still held.</summary>
    private static string Until(ReportRole role) => role.To is { } to ? " (until " + IsoDate.Format(to) + ")" : string.Empty;

    private static void Roles(Markup html, ReportPerson person)
    {
        if (person.Roles.Count == 0)
        {
            html.Element("p", "No office recorded.", "class", "none");
            return;
        }

        html.Raw("<table><caption>Offices, in the order they began</caption><thead><tr><th scope=\"col\">Office</th><th scope=\"col\">From</th><th scope=\"col\">To</th><th scope=\"col\">Acting</th></tr></thead><tbody>");
        foreach (var role in person.Roles)
        {
            html.Open("tr").Element("td", role.Title + (role.Organization is { } organization ? " (" + organization + ")" : string.Empty))
                .Element("td", IsoDate.Format(role.From) ?? "not recorded", "class", "date", "data-label", "From")
                .Element("td", IsoDate.Format(role.To) ?? "in office", "class", "date", "data-label", "To")
                .Element("td", role.Acting ? "acting" : "—", "data-label", "Acting")
                .Close("tr");
        }

        html.Raw("</tbody></table>");
    }

    private static void MetWith(Page page, ReportPerson person)
    {
        var counterparts = person.Engagements.SelectMany(e => e.People).Where(p => p != person)
            .GroupBy(p => p)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.FullName, StringComparer.Ordinal).ThenBy(g => g.Key.Id, StringComparer.Ordinal)
            .ToList();
        page.Body.Element("h2", "Took part with");
        if (counterparts.Count == 0)
        {
            page.Body.Element("p", "Nobody else recorded.", "class", "none");
            return;
        }

        page.Body.Open("ul", "class", "met-with");
        foreach (var counterpart in counterparts)
        {
            page.Body.Open("li").Link(page.Href(SitePaths.Person(counterpart.Key.Id)), counterpart.Key.FullName)
                .Text(string.Create(CultureInfo.InvariantCulture, $" ({counterpart.Key.Country.Name}): {counterpart.Count()}")).Close("li");
        }

        page.Body.Close("ul");
    }
}
