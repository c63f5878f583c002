using System.Globalization;
using System.Text;
using DiplomacyData.Unicode;

namespace DiplomacyData.Cli.Report.Html;

/// <summary>
/// Writes HTML and SVG into one buffer. Every piece of data goes through <see cref="Text(string?)"/> or an
/// attribute value, which encode it; only the report's own tags are written raw (<see cref="Raw"/>), so evidence
/// holding quotes, angle brackets, ampersands, Persian or Cyrillic arrives in the page as the same text.
/// </summary>
internal sealed class Markup
{
    private readonly StringBuilder _text = new(4096);

    /// <summary>Characters written so far (UTF-16 code units).</summary>
    public int Length => _text.Length;

    /// <summary>Writes <paramref name="html"/> unchanged: the report's own markup, never data.</summary>
    public Markup Raw(string html)
    {
        _text.Append(html);
        return this;
    }

    /// <summary>
    /// Writes <paramref name="value"/> as text content: <c>&amp; &lt; &gt; " '</c> encoded, everything else as is (the
    /// page is UTF-8), and each run of right-to-left text isolated from what surrounds it (<see cref="BidiIsolation"/>),
    /// in HTML and SVG text alike, so that a Persian title keeps the date after it in its place.
    /// </summary>
    public Markup Text(string? value)
    {
        Encode(_text, BidiIsolation.IsolateRuns(value));
        return this;
    }

    /// <summary>Writes <paramref name="value"/> in invariant-culture digits.</summary>
    public Markup Number(int value) => Raw(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Opens <c>&lt;tag</c> with the attributes whose values are not null; <paramref name="attributes"/> alternate name, value.</summary>
    public Markup Open(string tag, params string?[] attributes)
    {
        _text.Append('<').Append(tag);
        for (var i = 0; i + 1 < attributes.Length; i += 2)
        {
            if (attributes[i + 1] is { } value)
            {
                _text.Append(' ').Append(attributes[i]).Append("=\"");
                Encode(_text, value);
                _text.Append('"');
            }
        }

        _text.Append('>');
        return this;
    }

    /// <summary>An element with attributes and no content, written as <c>&lt;tag …/&gt;</c> (SVG) or <c>&lt;tag …&gt;</c> (HTML void element).</summary>
    public Markup Empty(string tag, params string?[] attributes)
    {
        Open(tag, attributes);
        if (tag is not ("meta" or "link" or "br" or "input"))
        {
            _text.Length--;
            _text.Append("/>");
        }

        return this;
    }

    public Markup Close(string tag)
    {
        _text.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element holding only <paramref name="text"/>.</summary>
    public Markup Element(string tag, string? text, params string?[] attributes) => Open(tag, attributes).Text(text).Close(tag);

    /// <summary>A link to <paramref name="href"/> with <paramref name="text"/>.</summary>
    public Markup Link(string href, string? text, params string?[] attributes)
    {
        var all = new string?[attributes.Length + 2];
        all[0] = "href";
        all[1] = href;
        attributes.CopyTo(all, 2);
        return Element("a", text, all);
    }

    public override string ToString() => _text.ToString();

    /// <summary>Writes what was written so far to <paramref name="writer"/>, chunk by chunk, without making it one string.</summary>
    public void WriteTo(System.IO.TextWriter writer) => writer.Write(_text);

    /// <summary>Numbers in SVG coordinates: invariant, at most one decimal.</summary>
    public static string Coordinate(double value) => System.Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Encode(string? value)
    {
        var text = new StringBuilder();
        Encode(text, value);
        return text.ToString();
    }

    private static void Encode(StringBuilder text, string? value)
    {
        if (value is null)
        {
            return;
        }

        foreach (var c in value)
        {
            switch (c)
            {
                case '&': text.Append("&amp;"); break;
                case '<': text.Append("&lt;"); break;
                case '>': text.Append("&gt;"); break;
                case '"': text.Append("&quot;"); break;
                case '\'': text.Append("&#39;"); break;
                default: text.Append(c); break;
            }
        }
    }
}
