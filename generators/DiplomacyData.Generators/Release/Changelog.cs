using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;

namespace DiplomacyData.Generators.Release;

/// <summary>One release of the data, as its changelog entry records it.</summary>
/// <param name="Hash">The content hash the release was cut with (<c>sha256:</c> and 64 lowercase hex digits).</param>
/// <param name="HashLocation">Where the hash is written, for the diagnostic that says the data has moved on.</param>
internal sealed record ChangelogRelease(string Version, string Date, string Hash, LocationInfo HashLocation);

/// <summary>
/// <c>CHANGELOG.md</c> of the dataset, newest release first. <see cref="Path"/> is null when the dataset has
/// no changelog (an unreleased dataset, such as the generator tests' and the benchmarks').
/// </summary>
internal sealed record Changelog(string? Path, EquatableArray<ChangelogRelease> Releases, EquatableArray<DiagnosticInfo> Diagnostics) : IReleaseFile
{
    public const string FileName = "CHANGELOG.md";

    public static readonly Changelog None = new(null, EquatableArray<ChangelogRelease>.Empty, EquatableArray<DiagnosticInfo>.Empty);

    private static readonly Regex s_heading = new(@"^##\s+\[?(?<version>[^\]\s]+)\]?\s+[-–]\s+(?<date>\S+)\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex s_hashLine = new(@"^Content hash:\s*`?(?<hash>[^`\s]*)`?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex s_hash = new(@"^sha256:[0-9a-f]{64}\z", RegexOptions.CultureInvariant);

    public ChangelogRelease? Newest => Releases.Count == 0 ? null : Releases[0];

    /// <summary>
    /// Reads the release entries: <c>## 1.0.0 - 2026-11-29</c>, then a line <c>Content hash: sha256:…</c>.
    /// An <c>## Unreleased</c> section is allowed and skipped; any other level-2 heading is a mistake.
    /// </summary>
    public static Changelog Read(string path, string? text)
    {
        try
        {
            return ReadUnguarded(path, text);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "reading CHANGELOG.md", exception.GetType().Name + ": " + exception.Message);
            return new Changelog(path, EquatableArray<ChangelogRelease>.Empty, new EquatableArray<DiagnosticInfo>(new[] { failure }));
        }
    }

    private static Changelog ReadUnguarded(string path, string? text)
    {
        var diagnostics = new List<DiagnosticInfo>();
        if (text is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReleaseFileMissing, new LocationInfo(path, default), FileName, "could not be read; save it as UTF-8 text"));
            return new Changelog(path, EquatableArray<ChangelogRelease>.Empty, diagnostics.ToEquatableArray());
        }

        var releases = new List<ChangelogRelease>();
        (ReleaseTextLine Line, string Version, string Date)? open = null;
        SemanticVersion? previous = null;
        foreach (var line in ReleaseTextLine.Split(text))
        {
            if (line.Text.StartsWith("## ", StringComparison.Ordinal) || line.Text == "##")
            {
                Close();
                var title = line.Text.Substring(2).Trim().Trim('[', ']');
                if (string.Equals(title, "Unreleased", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var heading = s_heading.Match(line.Text);
                var version = heading.Success ? SemanticVersion.TryParse(heading.Groups["version"].Value) : null;
                if (!heading.Success)
                {
                    Malformed(line.At(path), $"the heading '{line.Text}' is not a release heading");
                }
                else if (version is null)
                {
                    Malformed(line.At(path, heading.Groups["version"].Index, heading.Groups["version"].Length), $"'{heading.Groups["version"].Value}' is not a SemVer version such as 1.2.0");
                }
                else if (!IsoDay.TryParse(heading.Groups["date"].Value, out _))
                {
                    Malformed(line.At(path, heading.Groups["date"].Index, heading.Groups["date"].Length), $"'{heading.Groups["date"].Value}' is not a date written yyyy-MM-dd");
                }
                else if (previous is not null && version.CompareTo(previous) >= 0)
                {
                    Malformed(line.At(path, heading.Groups["version"].Index, heading.Groups["version"].Length), $"release {version} is listed below release {previous}; the newest release comes first and every version is higher than the one below it");
                }
                else
                {
                    previous = version;
                    open = (line, version.ToString(), heading.Groups["date"].Value);
                }

                continue;
            }

            if (open is { } entry && s_hashLine.Match(line.Text) is { Success: true } hashLine)
            {
                var hash = hashLine.Groups["hash"];
                if (!s_hash.IsMatch(hash.Value))
                {
                    Malformed(line.At(path, hash.Index, hash.Length), $"'{hash.Value}' is not a content hash ('sha256:' and 64 lowercase hex digits)");
                }
                else
                {
                    releases.Add(new ChangelogRelease(entry.Version, entry.Date, hash.Value, line.At(path, hash.Index, hash.Length)));
                }

                open = null;
            }
        }

        Close();
        return new Changelog(path, releases.ToEquatableArray(), diagnostics.ToEquatableArray());

        void Close()
        {
            if (open is { } entry)
            {
                Malformed(entry.Line.At(path), $"release {entry.Version} has no 'Content hash: sha256:…' line");
                open = null;
            }
        }

        void Malformed(LocationInfo location, string problem) =>
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedChangelog, location, problem));
    }
}
