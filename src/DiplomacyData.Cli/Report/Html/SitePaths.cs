using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DiplomacyData.Cli.Report.Html;

/// <summary>
/// Where each page of the report lives, relative to the output folder with <c>/</c> between folders, and the
/// relative links between pages, so that the site opens from disk (<c>file://</c>) with no server.
/// </summary>
internal static class SitePaths
{
    public const string Overview = "index.html";
    public const string Timeline = "timeline.html";
    public const string People = "people.html";
    public const string Matrix = "who-met-whom.html";
    public const string Stylesheet = "assets/report.css";
    public const string Script = "assets/report.js";

    public static string Person(string id) => "people/" + FileName(id) + ".html";

    public static string Engagement(string id) => "engagements/" + FileName(id) + ".html";

    public static string PeoplePair(string first, string second) => "pairs/people/" + FileName(first) + "--" + FileName(second) + ".html";

    public static string CountryPair(string first, string second) => "pairs/countries/" + FileName(first) + "--" + FileName(second) + ".html";

    /// <summary>
    /// Page <paramref name="number"/> (1-based) of a list that starts at <paramref name="first"/>: <c>timeline.html</c>,
    /// <c>timeline.2.html</c> …. The number follows a '.', which no id holds, so that page 2 of person <c>x</c> is never
    /// the page of a person <c>x-2</c>.
    /// </summary>
    public static string Numbered(string first, int number) =>
        number == 1 ? first : first.Substring(0, first.Length - ".html".Length) + "." + number.ToString(CultureInfo.InvariantCulture) + ".html";

    /// <summary>The link from the page at <paramref name="from"/> to the page at <paramref name="to"/>, both site paths.</summary>
    public static string Href(string from, string to)
    {
        var text = new StringBuilder();
        foreach (var c in from)
        {
            if (c == '/')
            {
                text.Append("../");
            }
        }

        return text.Append(to).ToString();
    }

    /// <summary>
    /// An id as a file name: ASCII letters, digits, <c>-</c> and <c>_</c> kept (the dataset's ids are kebab-case,
    /// country ids upper-case alpha-3, each kind in a folder of its own),
    /// any other character as <c>~</c> and its UTF-8 bytes in hex, so that no id escapes its folder or needs
    /// escaping in a link, and two ids never share a file.
    /// </summary>
    public static string FileName(string id)
    {
        var text = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_')
            {
                text.Append(c);
            }
            else
            {
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
                {
                    text.Append('~').Append(b.ToString("x2", CultureInfo.InvariantCulture));
                }
            }
        }

        return text.ToString();
    }

    /// <summary>Splits <paramref name="items"/> into pages of at most <paramref name="size"/> (at least one page, perhaps empty).</summary>
    public static List<List<T>> Paginate<T>(IReadOnlyList<T> items, int size)
    {
        var pages = new List<List<T>>();
        for (var i = 0; i < items.Count; i += size)
        {
            var page = new List<T>(System.Math.Min(size, items.Count - i));
            for (var j = i; j < items.Count && j < i + size; j++)
            {
                page.Add(items[j]);
            }

            pages.Add(page);
        }

        if (pages.Count == 0)
        {
            pages.Add(new List<T>());
        }

        return pages;
    }
}
