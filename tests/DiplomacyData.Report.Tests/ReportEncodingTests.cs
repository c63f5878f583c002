using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Export.Schema;
using DiplomacyData.Cli.Report;
using DiplomacyData.Cli.Report.Html;
using DiplomacyData.Cli.Report.Read;

namespace DiplomacyData.Report.Tests;

/// <summary>
/// All text is encoded: markup, quotes and ampersands in any field (titles, names, evidence, URLs) arrive as text,
/// native scripts stay readable, and only web addresses become links. (The browser tests check the same in the DOM.)
/// </summary>
public sealed class ReportEncodingTests
{
    private static readonly MemoryOutput Synthetic = Build(SyntheticReportRows.Create(60));

    [Fact]
    public void No_page_holds_the_data_s_markup_unencoded()
    {
        foreach (var (path, _) in Synthetic.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var text = Synthetic.Text(path);
            text.ShouldNotContain("<script>window.injected", Case.Sensitive, path);
            text.ShouldNotContain("<b>bold", Case.Sensitive, path);
            text.ShouldNotContain("<of>", Case.Sensitive, path);
        }
    }

    [Theory]
    [InlineData("engagements/engagement-000000.html")]
    [InlineData("timeline.html")]
    [InlineData("people/person-000000.html")]
    public void Hostile_text_is_written_encoded(string page)
    {
        var text = Synthetic.Text(page);
        // As text, with its Persian words isolated from what surrounds them (BidiIsolation), then encoded.
        text.ShouldContain(Markup.Encode(DiplomacyData.Unicode.BidiIsolation.IsolateRuns(SyntheticReportRows.Hostile)));
        text.ShouldContain("&lt;script&gt;window.injected=1&lt;/script&gt;");
        text.ShouldContain("&quot;Quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;");
        text.ShouldContain("&amp;amp;");
        text.ShouldContain("&#39;it&#39;&#39;s&#39;");
    }

    [Fact]
    public void Attributes_are_encoded_too()
    {
        var text = Synthetic.Text("engagements/engagement-000000.html");
        text.ShouldContain("href=\"https://news.example.org/report/0?a=1&amp;b=&quot;2&quot;\"");
        var timeline = Synthetic.Text(SitePaths.Timeline);
        // The mark's label ends the attribute list: the encoded title, then the attribute's closing quote.
        timeline.ShouldContain(": " + Markup.Encode("Engagement 0: " + SyntheticReportRows.Hostile) + "\">");
        timeline.ShouldContain("<option value=\"person-000000\">" + Markup.Encode("Given0 Family-0 <\"Q\">") + "</option>");
    }

    [Fact]
    public void Persian_and_Cyrillic_stay_readable()
    {
        var real = Build(ReportRows.Of(Dataset.Compiled));
        real.Text(SitePaths.Person("sergey-lavrov")).ShouldContain("Сергей Лавров");
        var native = Catalog.People.Where(p => p.Name.Native is not null && p.Country.Id == "IRN").Select(p => p.Name.Native!).First();
        real.Text(SitePaths.People).ShouldContain(native);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/relative/path")]
    public void Only_web_addresses_become_links(string url)
    {
        var rows = SyntheticReportRows.Create(10);
        var sources = rows.Table("sources");
        var column = sources.Column("url");
        var changed = sources.Rows.Select(r => { var copy = (object?[])r.Clone(); copy[column] = url; return copy; }).ToList();
        var tables = rows.Tables.ToDictionary(t => t.Key, t => t.Key == "sources" ? new ReportTable(ExportTables.Named("sources"), changed) : t.Value, StringComparer.Ordinal);
        var output = Build(rows with { Tables = tables });

        foreach (var (path, _) in output.Files.Where(f => f.Key.StartsWith("engagements/", StringComparison.Ordinal)))
        {
            var text = output.Text(path);
            text.ShouldNotContain("href=\"" + Markup.Encode(url), Case.Insensitive, path);
            text.ShouldContain(Markup.Encode(url), Case.Sensitive, path);
        }
    }

    private static MemoryOutput Build(ReportRows rows)
    {
        var output = new MemoryOutput();
        ReportSite.Write(rows, output);
        return output;
    }
}
