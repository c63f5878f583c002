using System.IO;
using DiplomacyData.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// Help links come from the build's setting (DiplomacyDataHelpPage, derived from RepositoryUrl in
/// Directory.Build.props) and always open: the configured page, or this checkout's data/DIAGNOSTICS.md.
/// </summary>
public class HelpLinkTests
{
    private static readonly string s_localPage = Repository.PathOf("data", "DIAGNOSTICS.md");

    public static TheoryData<string> DescriptorIds => DiagnosticsReferenceTests.DescriptorIds;

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Every_descriptor_links_to_an_anchor_that_exists_in_the_checkouts_page(string id)
    {
        var page = HelpLinks.PageUri(s_localPage);

        var link = new Uri(HelpLinks.WithLink(DiagnosticDescriptors.ById(id), page).HelpLinkUri);

        link.IsFile.ShouldBeTrue(link.ToString());
        File.Exists(link.LocalPath).ShouldBeTrue(link.ToString());
        link.Fragment.ShouldBe("#" + id.ToLowerInvariant());
        File.ReadAllText(link.LocalPath).ShouldContain($"<a id=\"{link.Fragment.Substring(1)}\"></a>");
    }

    [Fact]
    public void Reported_diagnostics_link_to_the_configured_page()
    {
        const string published = "https://example.org/team/diplomacy/blob/HEAD/data/DIAGNOSTICS.md";

        Link(published).ShouldBe(published + "#dd0101");
        Link(s_localPage).ShouldBe(new Uri(s_localPage).AbsoluteUri + "#dd0101");
        Link(s_localPage).ShouldStartWith("file://");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("data/DIAGNOSTICS.md")]
    [InlineData("ftp://example.org/DIAGNOSTICS.md")]
    public void No_page_or_one_that_cannot_be_opened_gives_no_link_rather_than_a_made_up_one(string? setting)
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
