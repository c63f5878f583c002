using System.IO;
using System.Xml.Linq;

namespace DiplomacyData.Package.Tests;

/// <summary>The nupkg as a consumer receives it: its contents, its metadata, and a fresh project built against it.</summary>
[Collection(PackagesCollection.Name)]
public class PackageTests(PackedPackage package)
{
    [Fact]
    public void Package_holds_the_library_its_docs_and_readme_and_no_analyzer()
    {
        var entries = package.Entries();

        entries.ShouldContain("lib/net8.0/DiplomacyData.dll");
        entries.ShouldContain("lib/net8.0/DiplomacyData.xml");
        entries.ShouldContain("README.md");
        entries.ShouldNotContain(e => e.StartsWith("analyzers/", StringComparison.Ordinal), "the generator is build-time only");
        entries.ShouldNotContain(e => e.Contains("YamlDotNet", StringComparison.OrdinalIgnoreCase));
        entries.ShouldNotContain(e => e.EndsWith(".yaml", StringComparison.Ordinal) || e.EndsWith(".txt", StringComparison.Ordinal), "the articles' text is not shipped");
    }

    [Fact]
    public void Nuspec_has_license_repository_tags_readme_and_no_dependencies()
    {
        var nuspec = package.Nuspec();
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        metadata.Element(ns + "id")!.Value.ShouldBe("DiplomacyData");
        metadata.Element(ns + "version")!.Value.ShouldBe(package.Version);
        var license = metadata.Element(ns + "license")!;
        license.Attribute("type")!.Value.ShouldBe("expression");
        license.Value.ShouldBe("MIT");
        // The repository and project address are the configured one (Directory.Build.props), or absent.
        var configured = RepositorySettingTests.Configured;
        (metadata.Element(ns + "repository")?.Attribute("url")?.Value ?? string.Empty).ShouldBe(configured);
        (metadata.Element(ns + "projectUrl")?.Value ?? string.Empty).ShouldBe(configured);
        metadata.Element(ns + "readme")!.Value.ShouldBe("README.md");
        metadata.Element(ns + "tags")!.Value.Split(' ').ShouldContain("diplomacy");
        metadata.Element(ns + "description")!.Value.ShouldNotBeNullOrWhiteSpace();
        var dependencies = metadata.Element(ns + "dependencies");
        (dependencies?.Descendants(ns + "dependency") ?? []).ShouldBeEmpty("the package must not depend on Roslyn, YamlDotNet or the generator");
    }

    [Fact]
    public void Package_version_is_the_datas_newest_release_or_a_prerelease_above_it_naming_the_hash()
    {
        var newest = DataChangelog.NewestVersion();

        // The newest release when the data is what it recorded; otherwise the version that DD0503 announces.
        package.Version.ShouldBeOneOf(newest, DataChangelog.Unreleased(newest, package.Version.Split('.').Last()));
        package.Version.ShouldMatch(@"^\d+\.\d+\.\d+(-dev\.[0-9a-f]{12})?$");
    }

    [Fact]
    public void A_fresh_project_restores_the_package_from_a_local_folder_and_runs_the_quick_start()
    {
        var consumer = Path.Combine(package.Work, "consumer");
        Directory.CreateDirectory(consumer);
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{package.Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="DiplomacyData" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.Copy(Repository.PathOf("src", "DiplomacyData.QuickStart", "Program.cs"), Path.Combine(consumer, "Program.cs"));
        // Only the local feed is a source, and the package cache is empty: the nupkg alone must be enough.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(package.Work, "packages") };

        var output = DotNet.Run(consumer, environment, "run", "--disable-build-servers");

        output.ShouldContain($"DiplomacyData {package.Version}:");
        output.ShouldContain("FindPerson(\"Sergei Lavrov\") -> sergey-lavrov");
        output.ShouldContain("Ali Bagheri Kani on 2024-07-16:");
        output.ShouldContain("(acting: True)");
        Directory.GetDirectories(Path.Combine(package.Work, "packages")).Select(Path.GetFileName).ShouldBe(["diplomacydata"], "nothing but the package itself is restored");
    }
}
