using System.IO;
using System.Reflection;
using YamlDotNet.RepresentationModel;

namespace DiplomacyData.Tests;

/// <summary>The catalogue as a whole: complete, ordered, and the same instances as the typed handles.</summary>
public class CatalogShapeTests
{
    [Fact]
    public void Engagements_are_ordered_by_date_then_id()
    {
        var engagements = Catalog.Engagements;

        engagements.ShouldNotBeEmpty();
        engagements.ShouldBe(engagements.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(typeof(People), nameof(Catalog.People))]
    [InlineData(typeof(Countries), nameof(Catalog.Countries))]
    [InlineData(typeof(Organizations), nameof(Catalog.Organizations))]
    [InlineData(typeof(Topics), nameof(Catalog.Topics))]
    [InlineData(typeof(Sources), nameof(Catalog.Sources))]
    [InlineData(typeof(Places), nameof(Catalog.Places))]
    [InlineData(typeof(Engagements), nameof(Catalog.Engagements))]
    public void Every_typed_handle_is_the_same_instance_as_its_catalogue_entry(Type handles, string catalogProperty)
    {
        var list = ((System.Collections.IEnumerable)typeof(Catalog).GetProperty(catalogProperty)!.GetValue(null)!).Cast<object>().ToList();
        var properties = handles.GetProperties(BindingFlags.Public | BindingFlags.Static);
        var handleValues = properties.Select(p => p.GetValue(null)!).ToList();

        // A retired handle ([Obsolete], data/release/retired-ids.tsv) returns its successor, which has a handle of its own.
        properties.Count(p => p.GetCustomAttribute<ObsoleteAttribute>() is null).ShouldBe(list.Count);
        foreach (var value in handleValues)
        {
            list.ShouldContain(item => ReferenceEquals(item, value));
        }
    }

    [Fact]
    public void Catalogue_lists_cannot_be_modified_through_a_cast()
    {
        Should.Throw<NotSupportedException>(() => ((IList<Person>)Catalog.People).Add(People.SergeyLavrov));
    }

    [Fact]
    public void Every_record_in_the_yaml_files_is_in_the_catalogue()
    {
        // Counted with YamlDotNet directly, not through the generator: nothing may be dropped silently.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(Repository.PathOf("data"), "*.yaml", SearchOption.AllDirectories))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            foreach (var (key, value) in (YamlMappingNode)stream.Documents[0].RootNode)
            {
                var name = ((YamlScalarNode)key).Value!;
                counts[name] = counts.GetValueOrDefault(name) + ((YamlSequenceNode)value).Children.Count;
            }
        }

        counts.ShouldBe(new Dictionary<string, int>
        {
            ["countries"] = Catalog.Countries.Count,
            ["organizations"] = Catalog.Organizations.Count,
            ["people"] = Catalog.People.Count,
            ["topics"] = Catalog.Topics.Count,
            ["sources"] = Catalog.Sources.Count,
            ["engagements"] = Catalog.Engagements.Count,
            ["cameoCodes"] = Catalog.CameoCodes.Count,
            ["places"] = Catalog.Places.Count,
        }, ignoreOrder: true);
    }

    [Fact]
    public void Every_source_has_its_archived_text_and_the_package_does_not_need_it()
    {
        foreach (var source in Catalog.Sources)
        {
            File.Exists(Repository.PathOf("data", "sources", source.Id + ".txt")).ShouldBeTrue(source.Id);
        }
    }

    [Fact]
    public void Every_engagement_cites_a_source_with_evidence_and_every_one_that_happened_has_participants()
    {
        foreach (var engagement in Catalog.Engagements)
        {
            engagement.Sources.ShouldNotBeEmpty(engagement.Id);
            engagement.Sources.ShouldAllBe(c => c.Evidence.Count > 0 && c.Evidence.All(q => q.Trim().Length > 0));
            if (engagement.Status == EngagementStatus.Happened)
            {
                engagement.Participants.ShouldNotBeEmpty(engagement.Id);
            }
        }
    }

    [Fact]
    public void Cameo_codes_come_from_the_codebook_and_keep_their_leading_zero()
    {
        var codes = Catalog.Engagements.SelectMany(e => e.CameoCodes).ToList();

        codes.ShouldNotBeEmpty();
        codes.ShouldAllBe(code => Catalog.CameoCodes.Contains(code));
        CameoCodes.MakeAVisit.Id.ShouldBe("042");
        CameoCodes.HostAVisit.Plover.ShouldBe(PloverEvent.Consult);
        Catalog.CameoCodes.Count.ShouldBe(316, "CAMEO 1.1b3 has 20 root codes and 296 sub-codes: a fact of the codebook, not of our curation");
        Catalog.CameoCodes.Count(c => c.Id.Length == 2).ShouldBe(20, "the twenty root codes");
        Catalog.CameoCodes.Where(c => c.Id.Length > 2).ShouldAllBe(c => Catalog.CameoCodes.Any(parent => parent.Id == c.Id.Substring(0, c.Id.Length - 1)));
    }

    [Fact]
    public void Version_is_the_package_version()
    {
        var informational = typeof(Catalog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        Catalog.Version.ShouldNotBeNullOrWhiteSpace();
        informational.ShouldStartWith(Catalog.Version);
    }
}
