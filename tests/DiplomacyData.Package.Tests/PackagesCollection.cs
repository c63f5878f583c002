namespace DiplomacyData.Package.Tests;

/// <summary>
/// The packs that several test classes read: the packages of this checkout as it is, and those of two clones
/// with the repository setting given. Each is made once per run (they take a minute or two).
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackedPackage>, ICollectionFixture<ClonedCheckouts>
{
    public const string Name = "packages";
}
