using System;
using System.Collections.Frozen;
using System.Linq;
using System.Reflection;
using DiplomacyData.Schema;

namespace DiplomacyData;

/// <summary>
/// How the dataset spells the values of the model's enums in its YAML, its exports (CSV, JSON Lines, Parquet) and the
/// <c>diplomacy</c> tool: kebab-case of the member's name (<see cref="EngagementKind.MultilateralMeeting"/> is
/// <c>multilateral-meeting</c>, <see cref="OrganizationKind.UnBody"/> <c>un-body</c>). <c>ToString()</c> gives the C#
/// name; this gives the data's.
/// </summary>
public static class YamlNames
{
    /// <summary>The YAML spelling of <paramref name="value"/>: <c>YamlNames.Of(EngagementKind.PhoneCall)</c> is <c>phone-call</c>.</summary>
    /// <typeparam name="TEnum">One of the model's enums (<see cref="EngagementKind"/>, <see cref="DatePrecision"/>, <see cref="PloverEvent"/> …).</typeparam>
    /// <exception cref="ArgumentException"><typeparamref name="TEnum"/> is not an enum of the dataset's model.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a member of <typeparamref name="TEnum"/>.</exception>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Spellings<TEnum>.Checked.ByValue.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"not a member of {typeof(TEnum).Name}");

    /// <summary>
    /// The member of <typeparamref name="TEnum"/> whose YAML spelling is <paramref name="yamlName"/>, compared exactly
    /// (<c>phone-call</c>, not <c>PhoneCall</c> or <c>Phone-Call</c>).
    /// </summary>
    /// <returns>False, with <paramref name="value"/> the default, when no member is spelt so.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="TEnum"/> is not an enum of the dataset's model.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="yamlName"/> is null.</exception>
    public static bool TryParse<TEnum>(string yamlName, out TEnum value)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(yamlName);
        return Spellings<TEnum>.Checked.ByName.TryGetValue(yamlName, out value);
    }

    /// <summary>Every member's spelling, made once per enum from its names; empty for an enum outside the model.</summary>
    private sealed class Spellings<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly Spellings<TEnum>? s_spellings =
            typeof(TEnum).GetCustomAttribute<DatasetValueAttribute>() is null ? null : new Spellings<TEnum>();

        private Spellings()
        {
            ByValue = Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(value => value, value => KebabCase.Of(Enum.GetName(value)!));
            ByName = ByValue.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
        }

        /// <summary>The spellings of <typeparamref name="TEnum"/>.</summary>
        /// <exception cref="ArgumentException"><typeparamref name="TEnum"/> is not an enum of the dataset's model.</exception>
        public static Spellings<TEnum> Checked =>
            s_spellings ?? throw new ArgumentException($"{typeof(TEnum).Name} is not an enum of the dataset's model", nameof(TEnum));

        public FrozenDictionary<TEnum, string> ByValue { get; }

        public FrozenDictionary<string, TEnum> ByName { get; }
    }
}
