using System.Collections.Immutable;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Validate;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// The records something refers to, as fingerprints of their keys: the union the rule on records nothing refers to
/// (DD0207) reads, which a reference's removal runs again over every file.
/// </summary>
public sealed class ReferencedRecordsTests
{
    [Fact]
    public void A_key_is_fingerprinted_by_its_kind_and_id_apart()
    {
        var person = ReferencedRecords.Fingerprint(new EntityKey("DiplomacyData.Person", "ab"));

        person.ShouldBe(ReferencedRecords.Fingerprint(new EntityKey("DiplomacyData.Person", "ab")));
        person.ShouldNotBe(ReferencedRecords.Fingerprint(new EntityKey("DiplomacyData.Persona", "b")), "where the kind ends counts");
        person.ShouldNotBe(ReferencedRecords.Fingerprint(new EntityKey("DiplomacyData.Place", "ab")));
        person.ShouldNotBe(ReferencedRecords.Fingerprint(new EntityKey("DiplomacyData.Person", "ba")));
    }

    [Fact]
    public void The_union_of_every_file_is_distinct_and_sorted()
    {
        var a = new EntityKey("DiplomacyData.Person", "sergey-lavrov");
        var b = new EntityKey("DiplomacyData.Place", "tehran");
        var files = ImmutableArray.Create(
            ReferencedRecords.Fingerprints(new[] { a, b }.ToEquatableArray()),
            ReferencedRecords.Fingerprints(new[] { b }.ToEquatableArray()),
            EquatableArray<long>.Empty);

        var union = ReferencedRecords.Of(files);

        union.ShouldBe(new[] { ReferencedRecords.Fingerprint(a), ReferencedRecords.Fingerprint(b) }.OrderBy(f => f).ToEquatableArray());
    }
}
