using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyData.Generators.Release;

/// <summary>A SemVer 2.0.0 version as the changelog writes it (build metadata is not allowed: NuGet ignores it).</summary>
internal sealed record SemanticVersion(int Major, int Minor, int Patch, string Prerelease) : IComparable<SemanticVersion>
{
    // semver.org's grammar, less the build metadata: no leading zeros in numbers, dot-separated identifiers.
    private static readonly Regex s_pattern = new(
        @"^(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})(?:-((?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*))?\z",
        RegexOptions.CultureInvariant);

    public static SemanticVersion? TryParse(string text)
    {
        var match = s_pattern.Match(text);
        if (!match.Success)
        {
            return null;
        }

        return new SemanticVersion(
            int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture),
            match.Groups[4].Value);
    }

    /// <summary>
    /// The version of data that differs from this release: a prerelease that sorts above it and names the
    /// data's hash, so that no two different data sets share a version (<c>1.0.0</c> → <c>1.0.1-dev.3f2a…</c>).
    /// </summary>
    public string Unreleased(string hash12) => Prerelease.Length == 0
        ? $"{Major.ToString(CultureInfo.InvariantCulture)}.{Minor.ToString(CultureInfo.InvariantCulture)}.{(Patch + 1).ToString(CultureInfo.InvariantCulture)}-dev.{hash12}"
        : $"{this}.dev.{hash12}";

    public override string ToString() =>
        $"{Major.ToString(CultureInfo.InvariantCulture)}.{Minor.ToString(CultureInfo.InvariantCulture)}.{Patch.ToString(CultureInfo.InvariantCulture)}"
        + (Prerelease.Length == 0 ? string.Empty : "-" + Prerelease);

    /// <summary>SemVer precedence: numbers, then a release above its prereleases, then identifier by identifier.</summary>
    public int CompareTo(SemanticVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var numbers = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (numbers != 0)
        {
            return numbers;
        }

        if (Prerelease.Length == 0 || other.Prerelease.Length == 0)
        {
            return (Prerelease.Length == 0, other.Prerelease.Length == 0) switch
            {
                (true, true) => 0,
                (true, false) => 1,
                _ => -1,
            };
        }

        var left = Prerelease.Split('.');
        var right = other.Prerelease.Split('.');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var leftNumeric = long.TryParse(left[i], NumberStyles.None, CultureInfo.InvariantCulture, out var leftNumber);
            var rightNumeric = long.TryParse(right[i], NumberStyles.None, CultureInfo.InvariantCulture, out var rightNumber);
            var order = (leftNumeric, rightNumeric) switch
            {
                (true, true) => leftNumber.CompareTo(rightNumber),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(left[i], right[i]),
            };
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }
}
