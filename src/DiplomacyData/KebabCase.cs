using System.Text;

namespace DiplomacyData;

/// <summary>
/// The one kebab-case rule: how the YAML spells an enum member (<c>PhoneCall</c> is <c>phone-call</c>), the package's
/// (<see cref="YamlNames"/>) and linked into the dataset generator (which binds the YAML by it), the <c>diplomacy</c>
/// tool (which prints, accepts and exports enum values by it) and the tool's tests, so that all spell a member alike.
/// </summary>
/// <remarks>
/// A word starts at a capital that follows a lower-case letter or a digit, or that ends a run of capitals
/// (<c>UNBody</c> is <c>un-body</c>); everything is lower-cased with the invariant culture.
/// </remarks>
internal static class KebabCase
{
    /// <summary><c>HeadOfStateOffice</c> → <c>head-of-state-office</c>.</summary>
    public static string Of(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                var previousIsLower = char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]);
                var endsAcronym = char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (previousIsLower || endsAcronym)
                {
                    builder.Append('-');
                }
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
