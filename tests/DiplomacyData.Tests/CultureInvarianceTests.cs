using System.Collections;
using System.Globalization;
using System.IO;
using System.Reflection;

namespace DiplomacyData.Tests;

/// <summary>
/// Issue 9, item 8: under th-TH <c>Engagement.ToString()</c> and the README's quick start printed 2567-07-16, and
/// under ar-SA a Hijri year. Every ToString of every record, and the quick start's whole output, are the same
/// under every culture as under the invariant culture.
/// </summary>
[Collection(nameof(ConsoleOutput))]
public class CultureInvarianceTests
{
    [Theory]
    [MemberData(nameof(Cultures.Names), MemberType = typeof(Cultures))]
    public void Every_ToString_of_every_record_is_the_same_under_the_culture(string name)
    {
        var culture = Cultures.Get(name);
        var records = EveryRecord();
        var expected = Cultures.With(CultureInfo.InvariantCulture, () => records.Select(r => r.ToString()).ToList());

        var actual = Cultures.With(culture, () => records.Select(r => r.ToString()).ToList());

        for (var i = 0; i < records.Count; i++)
        {
            actual[i].ShouldBe(expected[i], $"{records[i].GetType().Name} under {name}");
        }
    }

    [Fact]
    public void Engagement_ToString_starts_with_the_iso_date()
    {
        var engagement = Engagements.BagheriKaniLavrovMeeting20240716;

        Cultures.With(Cultures.Get("th-TH"), engagement.ToString).ShouldStartWith("2024-07-16 ");
        Cultures.With(Cultures.Get("ar-SA"), engagement.ToString).ShouldStartWith("2024-07-16 ");
    }

    [Fact]
    public void Every_kind_of_record_is_covered()
    {
        var kinds = EveryRecord().Select(r => r.GetType()).Distinct().ToHashSet();

        var modelTypes = typeof(Catalog).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "DiplomacyData" && t.GetMethod("<Clone>$") is not null);
        modelTypes.Where(t => !kinds.Contains(t)).ShouldBeEmpty("record types the walk did not reach");
    }

    [Theory]
    [MemberData(nameof(Cultures.Names), MemberType = typeof(Cultures))]
    public void The_quick_start_prints_the_same_under_the_culture(string name)
    {
        var expected = RunQuickStart(CultureInfo.InvariantCulture);

        var actual = RunQuickStart(Cultures.Get(name));

        actual.ShouldBe(expected);
        var first = Catalog.Engagements[0];
        actual.ShouldContain($"Earliest: {first.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {first.Title}");
        actual.ShouldContain(string.Create(CultureInfo.InvariantCulture, $": {Catalog.Engagements.Count} engagements, {Catalog.People.Count} people"));
    }

    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    public void The_cultures_really_use_another_calendar(string name) =>
        new DateOnly(2024, 7, 16).ToString("yyyy-MM-dd", Cultures.Get(name)).ShouldNotBe("2024-07-16", "else the tests above would prove nothing");

    private static string RunQuickStart(CultureInfo culture)
    {
        var entryPoint = Assembly.Load("DiplomacyData.QuickStart").EntryPoint!;
        var saved = Console.Out;
        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        try
        {
            Console.SetOut(output);
            Cultures.With(culture, () => entryPoint.Invoke(null, [Array.Empty<string>()]));
        }
        finally
        {
            Console.SetOut(saved);
        }

        return output.ToString();
    }

    /// <summary>Every object of the package's model reachable from the catalogue (records, values, list items), once each.</summary>
    private static List<object> EveryRecord()
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var found = new List<object>();
        var pending = new Stack<object>(new IEnumerable[] { Catalog.Engagements, Catalog.People, Catalog.Countries, Catalog.Organizations, Catalog.Topics, Catalog.Sources, Catalog.CameoCodes, Catalog.Places });
        while (pending.Count > 0)
        {
            var item = pending.Pop();
            if (item is string || !seen.Add(item))
            {
                continue;
            }

            if (item is IEnumerable list)
            {
                foreach (var element in list)
                {
                    if (element is not null)
                    {
                        pending.Push(element);
                    }
                }

                continue;
            }

            if (item.GetType().Assembly != typeof(Catalog).Assembly || item.GetType().IsEnum)
            {
                continue;
            }

            found.Add(item);
            foreach (var property in item.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                if (property.GetValue(item) is { } value)
                {
                    pending.Push(value);
                }
            }
        }

        return found;
    }
}

/// <summary>Tests that replace <see cref="Console.Out"/> run one at a time.</summary>
[CollectionDefinition(nameof(ConsoleOutput), DisableParallelization = true)]
public sealed class ConsoleOutput;
