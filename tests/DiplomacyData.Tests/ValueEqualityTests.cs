using System.Collections;
using System.Reflection;

namespace DiplomacyData.Tests;

/// <summary>
/// Records compare by value, lists included: two citations built by hand with the same passages are equal, and every
/// record of the model with a list stays equal to a copy whose lists are new instances with the same items.
/// </summary>
public class ValueEqualityTests
{
    [Fact]
    public void Two_citations_built_by_hand_with_the_same_passages_are_equal()
    {
        var source = Catalog.Sources[0];
        var first = new Citation(source, new[] { "They met." }, "a note");
        var second = new Citation(source, new List<string> { "They met." }, "a note");

        second.ShouldBe(first);
        second.GetHashCode().ShouldBe(first.GetHashCode());
        new Citation(source, new[] { "They talked." }, "a note").ShouldNotBe(first);
        new Citation(source, new[] { "They met.", "Again." }, "a note").ShouldNotBe(first);
    }

    /// <summary>For every catalogue record of every type with a list member, and every such member: a copy with that list copied is equal.</summary>
    [Fact]
    public void Every_record_with_lists_is_equal_to_a_copy_with_new_list_instances()
    {
        var samples = Catalog.Engagements.Cast<object>()
            .Concat(Catalog.People)
            .Concat(Catalog.Engagements.SelectMany(e => e.Sources))
            .Concat(Catalog.Engagements.Select(e => e.Plover).OfType<PloverCoding>())
            .ToList();
        var modelTypesWithLists = typeof(Engagement).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "DiplomacyData" && t.GetMethod("<Clone>$") is not null)
            .Where(t => t.GetProperties().Any(IsList))
            .ToList();
        modelTypesWithLists.ShouldBe(samples.Select(s => s.GetType()).Distinct(), ignoreOrder: true, "every record type with a list has samples here");

        foreach (var sample in samples)
        {
            foreach (var property in sample.GetType().GetProperties().Where(IsList))
            {
                var copy = sample.GetType().GetMethod("<Clone>$")!.Invoke(sample, null)!;
                var items = ((IEnumerable)property.GetValue(sample)!).Cast<object?>().ToArray();
                var list = Array.CreateInstance(property.PropertyType.GetGenericArguments()[0], items.Length);
                Array.Copy(items, list, items.Length);
                property.SetValue(copy, list);

                copy.ShouldBe(sample, $"{sample.GetType().Name}.{property.Name}");
                copy.GetHashCode().ShouldBe(sample.GetHashCode(), $"{sample.GetType().Name}.{property.Name}");
            }
        }
    }

    private static bool IsList(PropertyInfo property) =>
        property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && property.CanWrite;
}
