using System.IO;

namespace DiplomacyData.Package.Tests;

/// <summary>
/// Two clones of one commit of this working tree, at different paths, each with an origin remote on the code
/// host and the one repository setting given, as a release build in CI has them; each packs the library and the
/// tool as CI does (ContinuousIntegrationBuild). What the tests compare: the two clones' packages, byte for
/// byte, and their metadata, README and PDBs against the repository.
/// </summary>
public sealed class ClonedCheckouts : IDisposable
{
    /// <summary>A repository address on the code host whose Source Link provider the packages reference.</summary>
    public const string RepositoryUrl = "https://github.com/example-owner/engagements";

    private readonly Lazy<(Checkout First, Checkout Second)> _clones;

    /// <summary>Nothing is cloned or packed until a test asks for a clone: a run that filters those tests out pays nothing.</summary>
    public ClonedCheckouts() => _clones = new Lazy<(Checkout, Checkout)>(Create);

    private (Checkout First, Checkout Second) Create()
    {
        var origin = Path.Combine(Work, "origin");
        Directory.CreateDirectory(origin);
        // The working tree as it is, committed files and new ones alike, without what git ignores (bin, obj …).
        var files = Git(Repository.Root, "ls-files", "--cached", "--others", "--exclude-standard", "-z")
            .Split('\0', StringSplitOptions.RemoveEmptyEntries);
        foreach (var file in files)
        {
            var source = Path.Combine(Repository.Root, file);
            if (!File.Exists(source))
            {
                continue; // deleted in the working tree, not yet in the index
            }

            var target = Path.Combine(origin, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        Git(origin, "init", "--quiet", "--initial-branch=main");
        Git(origin, "add", "--all");
        Git(origin, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "--quiet", "--message=snapshot");

        var first = Clone(origin, Path.Combine(Work, "first"));
        // A folder whose name holds what URIs and editorconfig files treat specially, a space and a letter outside
        // ASCII: building and packing there must work as anywhere.
        var second = Clone(origin, Path.Combine(Work, "else #where %x Ærø", "second"));
        return (first, second);
    }

    public string Work { get; } = Path.Combine(Path.GetTempPath(), "diplomacydata-clones-" + Guid.NewGuid().ToString("N"));

    public Checkout First => _clones.Value.First;

    public Checkout Second => _clones.Value.Second;

    public sealed record Checkout(string Root, string Commit, Nupkg Library, Nupkg Tool);

    public static string Git(string directory, params string[] arguments)
    {
        var outcome = ProcessRunner.Run("git", directory, new Dictionary<string, string>(), arguments);
        outcome.ExitCode.ShouldBe(0, $"git {string.Join(' ', arguments)}\n{outcome}");
        return outcome.Out;
    }

    private static Checkout Clone(string origin, string root)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(root)!);
        Git(Path.GetDirectoryName(root)!, "clone", "--quiet", origin, root);
        Git(root, "remote", "set-url", "origin", RepositoryUrl);
        var commit = Git(root, "rev-parse", "HEAD").Trim();

        var feed = Path.Combine(root, "artifacts", "packages");
        string[] common = ["--configuration", "Release", "--output", feed, "--disable-build-servers", "-nodeReuse:false",
            "-p:RepositoryUrl=" + RepositoryUrl, "-p:ContinuousIntegrationBuild=true",
            // With a repository set, package validation downloads the release before the newest as its baseline,
            // and no release was ever pushed to a source these clones reach; PackageValidationTests covers it.
            "-p:EnablePackageValidation=false"];
        // The tool's pack builds the library too; the library is then packed from that build, as the workflow does.
        DotNet.Run(root, null, ["pack", Path.Combine(root, "src", "DiplomacyData.Cli", "DiplomacyData.Cli.csproj"), .. common]);
        DotNet.Run(root, null, ["pack", Path.Combine(root, "src", "DiplomacyData", "DiplomacyData.csproj"), "--no-build", .. common]);

        var packed = Directory.GetFiles(feed, "*.nupkg");
        return new Checkout(
            root,
            commit,
            new Nupkg(packed.Single(p => !Path.GetFileName(p).StartsWith("DiplomacyData.Cli.", StringComparison.Ordinal))),
            new Nupkg(packed.Single(p => Path.GetFileName(p).StartsWith("DiplomacyData.Cli.", StringComparison.Ordinal))));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; the next run uses a new one.
        }
        catch (UnauthorizedAccessException)
        {
            // git marks its objects read-only on some systems; the temp folder is then left behind.
        }
    }
}
