using System.IO;
using DiplomacyData.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// Help links come from the build's docs address setting (DiplomacyDataDocs in Directory.Build.props) and name no
/// other address: the id's page in the configured site, or in the site built in this checkout (artifacts/docs/site/).
/// The docs' own tests check that the built site has every page these links name.
/// </summary>
public class HelpLinkTests
{
    private static readonly string s_localSite = Repository.PathOf("artifacts", "docs", "site");

    public static TheoryData<string> DescriptorIds => DiagnosticsReferenceTests.DescriptorIds;

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Every_descriptor_links_to_its_own_page_in_the_checkouts_site(string id)
    {
        var site = HelpLinks.PageUri(s_localSite);

        var link = new Uri(HelpLinks.WithLink(DiagnosticDescriptors.ById(id), site).HelpLinkUri);

        link.IsFile.ShouldBeTrue(link.ToString());
        link.LocalPath.ShouldBe(Path.Combine(s_localSite, "docs", "diagnostics", id.ToLowerInvariant() + ".html"));
        link.Fragment.ShouldBeEmpty("a page per id, not a section of one page");
    }

    [Fact]
    public void Reported_diagnostics_link_to_the_page_under_the_configured_site()
    {
        const string published = "https://example.org/team/diplomacy/";

        Link(published).ShouldBe(published + "docs/diagnostics/dd0101.html");
        Link("https://example.org/team/diplomacy").ShouldBe(published + "docs/diagnostics/dd0101.html", "the site's address is a folder, with or without its '/'");
        Link(s_localSite).ShouldBe(new Uri(s_localSite + "/").AbsoluteUri + "docs/diagnostics/dd0101.html");
        Link(s_localSite).ShouldStartWith("file://");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("artifacts/docs/site")]
    [InlineData("ftp://example.org/docs/")]
    [InlineData("https://example.org/docs/?page=")]
    [InlineData("https://example.org/docs/#top")]
    public void No_site_or_one_that_cannot_be_opened_gives_no_link_rather_than_a_made_up_one(string? setting)
    {
        HelpLinks.PageUri(setting).ShouldBeNull();
        Link(setting).ShouldBeEmpty();
    }

    [Fact]
    public void Descriptors_carry_no_address_of_their_own()
    {
        DiagnosticDescriptors.All.Where(d => !string.IsNullOrEmpty(d.HelpLinkUri)).Select(d => d.Id)
            .ShouldBeEmpty("the address comes from the build's setting, not from the code");
    }

    /// <summary>A checkout in a folder whose name holds what URIs and MSBuild treat specially: the links still open the page.</summary>
    [Theory]
    [InlineData("/home/a#b/DiplomacyData/artifacts/docs/site")]
    [InlineData("/home/x;y/z%41 w/Ærø/artifacts/docs/site/")]
    [InlineData("C:\\Users\\a#b c\\DiplomacyData\\artifacts\\docs\\site")]
    public void A_help_link_escapes_the_path_it_is_made_from(string path)
    {
        var site = HelpLinks.PageUri(path).ShouldNotBeNull();

        var link = new Uri(HelpLinks.WithLink(DiagnosticDescriptors.ById("DD0104"), site).HelpLinkUri);

        link.Scheme.ShouldBe(Uri.UriSchemeFile);
        link.Fragment.ShouldBeEmpty();
        Uri.UnescapeDataString(link.AbsoluteUri).ShouldBe("file:///" + path.TrimStart('/').TrimEnd('/').Replace('\\', '/') + "/docs/diagnostics/dd0104.html");
        link.AbsoluteUri.ShouldNotContain(" ");
    }

    /// <summary>The help link of the DD0101 that a misspelt key gives, in a build whose help page setting is <paramref name="setting"/>.</summary>
    private static string Link(string? setting)
    {
        var dataset = MiniDataset.With("    title: Lavrov and Araghchi hold talks\n", "    titel: Lavrov and Araghchi hold talks\n");
        var options = new Dictionary<string, string> { [DatasetGenerator.VersionProperty] = GeneratorHarness.DefaultVersion };
        if (setting is not null)
        {
            options[HelpLinks.PageProperty] = setting;
        }

        var driver = CSharpGeneratorDriver.Create(
            [new DatasetGenerator().AsSourceGenerator()],
            dataset.Files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)),
            new CSharpParseOptions(LanguageVersion.Latest),
            new Options(options));
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.ModelCompilation(), out _, out var diagnostics);
        return diagnostics.Single(d => d.Id == "DD0101").Descriptor.HelpLinkUri;
    }

    private sealed class Options(Dictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values([]);

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
