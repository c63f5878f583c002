using System;
using System.Linq;
using DiplomacyData.Cli.Output;
using DiplomacyData.Cli.Report.Html;
using DiplomacyData.Cli.Report.Read;

namespace DiplomacyData.Cli.Report.Pages;

/// <summary>
/// The page of one engagement: date and how it was resolved, kind, status, place, forum, participants and their
/// parts, topics, statements, CAMEO and PLOVER codes, and every source with its verbatim evidence and link.
/// </summary>
internal static class EngagementPage
{
    public static Page Create(ReportEngagement engagement, string timelinePage)
    {
        var page = new Page(SitePaths.Engagement(engagement.Id), engagement.Title);
        var html = page.Body;

        html.Open("dl", "class", "facts");
        Fact(html, "Date", engagement.DateText + " (" + Kebab.Of(engagement.Precision) + ")");
        Fact(html, "How the date was resolved", engagement.DateNote);
        Fact(html, "Kind", engagement.Kind);
        Fact(html, "Status", engagement.Status);
        var place = string.Join(", ", new[] { engagement.Venue, engagement.City, engagement.Country?.Name }.Where(p => p is not null));
        Fact(html, "Place", place.Length == 0 ? null : place);
        Fact(html, "Forum", engagement.Forum);
        Fact(html, "Id", engagement.Id);
        html.Close("dl")
            .Open("p").Link(page.Href(timelinePage) + "#t-" + SitePaths.FileName(engagement.Id), "See it on the timeline").Close("p");

        html.Element("h2", "Participants")
            .Raw("<table><thead><tr><th scope=\"col\">Person</th><th scope=\"col\">Country</th><th scope=\"col\">Part</th><th scope=\"col\">Title given by the source</th></tr></thead><tbody>");
        foreach (var participant in engagement.Participants)
        {
            html.Open("tr").Open("td").Link(page.Href(SitePaths.Person(participant.Person.Id)), participant.Person.FullName).Close("td")
                .Element("td", participant.Person.Country.Name)
                .Element("td", participant.Part)
                .Element("td", participant.ReportedTitle ?? "—")
                .Close("tr");
        }

        html.Raw("</tbody></table>");

        html.Element("h2", "Topics");
        List(html, engagement.Topics, "No topic recorded.");

        html.Element("h2", "Statements");
        if (engagement.Statements.Count == 0)
        {
            html.Element("p", "No statement recorded.", "class", "none");
        }

        foreach (var statement in engagement.Statements)
        {
            html.Open("div", "class", "statement").Open("p").Open("strong").Text(statement.Speaker.FullName).Close("strong").Text(": " + statement.Summary).Close("p");
            if (statement.Quote is { } quote)
            {
                html.Open("blockquote").Text(quote).Close("blockquote");
            }

            html.Close("div");
        }

        html.Element("h2", "Event codes").Open("dl", "class", "facts");
        Fact(html, "CAMEO", engagement.Cameo.Count == 0 ? "not coded" : string.Join("; ", engagement.Cameo.Select(c => c.Code + " " + c.Name)));
        Fact(html, "PLOVER event", engagement.PloverEvent ?? "not coded");
        Fact(html, "PLOVER mode", engagement.PloverMode);
        Fact(html, "PLOVER context", engagement.PloverContexts.Count == 0 ? null : string.Join(", ", engagement.PloverContexts));
        html.Close("dl");

        html.Element("h2", "Sources and evidence");
        foreach (var citation in engagement.Citations)
        {
            var source = citation.Source;
            html.Open("section", "class", "source").Open("h3");
            if (IsWebAddress(source.Url))
            {
                html.Link(source.Url, source.Title, "rel", "external noreferrer", "hreflang", source.Language);
            }
            else
            {
                html.Text(source.Title);
            }

            html.Close("h3").Open("p", "class", "meta")
                .Text((source.Publisher ?? "Publisher not known") + ", " + (IsoDate.Format(source.Published) ?? "publication date not known") + ". ")
                .Element("span", source.Url, "class", "url").Close("p");
            foreach (var passage in citation.Evidence)
            {
                html.Open("blockquote", "class", "evidence", "lang", source.Language, "dir", "auto").Text(passage).Close("blockquote");
            }

            if (citation.Note is { } note)
            {
                html.Open("p", "class", "note").Text("Curator's note: " + note).Close("p");
            }

            html.Close("section");
        }

        if (engagement.Notes is { } notes)
        {
            html.Element("h2", "Notes").Element("p", notes);
        }

        return page;
    }

    /// <summary>Only http and https addresses become links: a <c>javascript:</c> or other scheme in the data stays text.</summary>
    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static void Fact(Markup html, string term, string? value)
    {
        if (value is not null)
        {
            html.Element("dt", term).Element("dd", value);
        }
    }

    private static void List(Markup html, System.Collections.Generic.IReadOnlyList<string> items, string none)
    {
        if (items.Count == 0)
        {
            html.Element("p", none, "class", "none");
            return;
        }

        html.Open("ul");
        foreach (var item in items)
        {
            html.Element("li", item);
        }

        html.Close("ul");
    }
}
