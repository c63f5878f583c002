using System.Collections.Generic;

namespace DiplomacyData.Cli.Report.Html;

/// <summary>
/// One page of the report being written: the shell every page shares (UTF-8, the local stylesheet and script,
/// navigation, the data's release in the footer) around the content the page writes into <see cref="Body"/>.
/// No page loads anything from the network.
/// </summary>
internal sealed class Page
{
    private static readonly (string Path, string Label)[] Navigation =
    {
        (SitePaths.Overview, "Overview"),
        (SitePaths.Timeline, "Timeline"),
        (SitePaths.People, "People"),
        (SitePaths.Matrix, "Who met whom"),
    };

    public Page(string path, string title)
    {
        Path = path;
        Title = title;
    }

    /// <summary>The page's site path (<c>people/sergey-lavrov.html</c>).</summary>
    public string Path { get; }

    public string Title { get; }

    public Markup Body { get; } = new();

    /// <summary>The link from this page to the site path <paramref name="to"/>.</summary>
    public string Href(string to) => SitePaths.Href(Path, to);

    /// <summary>A pager for page <paramref name="number"/> of <paramref name="count"/> of a list starting at <paramref name="first"/>; nothing when there is one page.</summary>
    public void Pager(string first, int number, int count, IReadOnlyList<string>? labels = null)
    {
        if (count <= 1)
        {
            return;
        }

        Body.Open("nav", "class", "pager", "aria-label", "Pages").Open("ul");
        for (var i = 1; i <= count; i++)
        {
            var label = labels?[i - 1] ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Body.Open("li");
            if (i == number)
            {
                Body.Element("span", label, "aria-current", "page");
            }
            else
            {
                Body.Link(Href(SitePaths.Numbered(first, i)), label);
            }

            Body.Close("li");
        }

        Body.Close("ul").Close("nav");
    }

    /// <summary>Writes the whole document to <paramref name="writer"/>.</summary>
    public void Render(System.IO.TextWriter writer, string dataVersion)
    {
        var html = new Markup();
        html.Raw("<!DOCTYPE html>\n").Open("html", "lang", "en").Open("head")
            .Empty("meta", "charset", "utf-8")
            .Empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
            .Element("title", Title + " · DiplomacyData report")
            // An empty icon: otherwise a browser asks for /favicon.ico, which a site opened from disk does not have.
            .Empty("link", "rel", "icon", "href", "data:,")
            .Empty("link", "rel", "stylesheet", "href", Href(SitePaths.Stylesheet))
            .Close("head").Raw("\n")
            .Open("body")
            .Link("#main", "Skip to content", "class", "skip")
            .Open("header").Open("nav", "class", "site", "aria-label", "Report").Element("span", "DiplomacyData", "class", "brand").Open("ul");
        foreach (var (path, label) in Navigation)
        {
            html.Open("li").Link(Href(path), label).Close("li");
        }

        html.Close("ul").Close("nav").Close("header").Raw("\n")
            .Open("main", "id", "main").Element("h1", Title);
        html.WriteTo(writer);
        Body.WriteTo(writer);
        html = new Markup();
        html.Close("main").Raw("\n")
            .Open("footer").Text("DiplomacyData data release " + dataVersion + ". Made by diplomacy report from the export tables.").Close("footer")
            .Open("script", "src", Href(SitePaths.Script)).Close("script")
            .Close("body").Close("html").Raw("\n");
        html.WriteTo(writer);
    }
}
