using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Report;
using DiplomacyData.Cli.Report.Html;
using DiplomacyData.Cli.Report.Read;

namespace DiplomacyData.Report.Tests;

/// <summary>The report isolates right-to-left text from what surrounds it, in HTML and in SVG text (UAX #9 isolates).</summary>
public class RightToLeftReportTests
{
    private const string Fsi = "\u2068";
    private const string Pdi = "\u2069";
    private const string Adviser = "\u0645\u0634\u0627\u0648\u0631 \u0627\u0631\u0634\u062F";   // مشاور ارشد

    [Fact]
    public void The_gantt_writes_a_persian_role_title_isolated_from_its_dates()
    {
        var iran = new Country("IRN", "Iran", "Islamic Republic of Iran", "IR");
        var adviser = new Person("ali-adviser", new PersonName("Ali", "Adviser"), iran, [], [new Role(Adviser, null, new DateOnly(2021, 9, 14))]);
        var data = Dataset.Of("1.0.0", "sha256:" + new string('1', 64), [], [adviser], [iran], [], [], [], [], []);
        var output = new MemoryOutput();

        ReportSite.Write(ReportRows.Of(data), output);

        var page = output.Text(SitePaths.Person("ali-adviser"));
        page.ShouldContain(Fsi + Adviser + Pdi + ", 2021-09-14");
        page.ShouldNotContain(Adviser + ", ");
    }
}
