using System.IO;
using System.Reflection;
using System.Text.RegularExpressions;

namespace DiplomacyData.Tests;

/// <summary>The YAML spelling of the model's enum values: what the data files write, not the C# name <c>ToString()</c> gives.</summary>
public class YamlNamesTests
{
    [Fact]
    public void A_kind_has_the_spelling_the_yaml_uses()
    {
        YamlNames.Of(EngagementKind.MultilateralMeeting).ShouldBe("multilateral-meeting");
        YamlNames.Of(OrganizationKind.UnBody).ShouldBe("un-body");
        YamlNames.TryParse("phone-call", out EngagementKind kind).ShouldBeTrue();
        kind.ShouldBe(EngagementKind.PhoneCall);
        YamlNames.TryParse("PhoneCall", out EngagementKind _).ShouldBeFalse("the spelling is compared exactly");
    }

    /// <summary>Every value the data files give a kind, status, precision or part is the spelling of the member the catalogue holds.</summary>
    [Fact]
    public void Every_enum_value_in_the_data_files_is_a_spelling_of_its_member()
    {
        var written = Directory.EnumerateFiles(Repository.PathOf("data", "sources"), "*.yaml")
            .SelectMany(File.ReadLines)
            .Select(line => Regex.Match(line, @"^\s+kind: (\S+)$"))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .Distinct()
            .ToList();

        written.ShouldNotBeEmpty();
        written.Order(StringComparer.Ordinal).ShouldBe(Catalog.Engagements.Select(e => YamlNames.Of(e.Kind)).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_member_of_every_model_enum_round_trips()
    {
        var enums = typeof(Engagement).Assembly.GetExportedTypes().Where(t => t.IsEnum && t.Namespace == "DiplomacyData").ToList();
        enums.ShouldContain(typeof(PloverEvent));
        foreach (var type in enums)
        {
            var check = typeof(YamlNamesTests).GetMethod(nameof(RoundTrips), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
            check.Invoke(null, null);
        }
    }

    [Fact]
    public void An_enum_outside_the_model_or_a_value_outside_the_enum_is_refused()
    {
        Should.Throw<ArgumentException>(() => YamlNames.Of(DayOfWeek.Monday));
        Should.Throw<ArgumentOutOfRangeException>(() => YamlNames.Of((EngagementKind)999));
        Should.Throw<ArgumentNullException>(() => YamlNames.TryParse<EngagementKind>(null!, out _));
    }

    private static void RoundTrips<TEnum>()
        where TEnum : struct, Enum
    {
        var names = Enum.GetValues<TEnum>().Select(YamlNames.Of).ToList();
        names.ShouldBeUnique(typeof(TEnum).Name);
        names.ShouldAllBe(name => Regex.IsMatch(name, "^[a-z0-9]+(-[a-z0-9]+)*$"));
        foreach (var value in Enum.GetValues<TEnum>())
        {
            YamlNames.TryParse(YamlNames.Of(value), out TEnum parsed).ShouldBeTrue();
            parsed.ShouldBe(value);
        }
    }
}
